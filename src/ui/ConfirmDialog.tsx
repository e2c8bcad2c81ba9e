/** Asks before something that cannot be taken back by Undo (replacing unsaved work). */
import { useEffect, useId, useRef } from 'react';
import { useConfirm } from '../store/confirmStore';

export function ConfirmDialog() {
  const question = useConfirm((s) => s.question);
  const ref = useRef<HTMLDialogElement>(null);
  const messageId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (question && !dialog.open) dialog.showModal();
    if (!question && dialog.open) dialog.close();
  }, [question]);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-describedby={messageId}
      aria-labelledby={messageId}
      className="polku-dialog"
      onCancel={() => question?.answer(false)}
    >
      {question && (
        <>
          <p id={messageId}>{question.message}</p>
          <div className="polku-actions">
            <button type="button" onClick={() => question.answer(true)}>
              {question.confirm}
            </button>
            <button type="button" autoFocus onClick={() => question.answer(false)}>
              {question.cancel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
