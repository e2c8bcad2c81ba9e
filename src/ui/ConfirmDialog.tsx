/** A question before a destructive action: a native modal alertdialog; Escape or Cancel keeps everything. */
import { useId } from 'react';
import { useModal } from './useModal';

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useModal(open);
  const titleId = useId();
  const descId = useId();

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="polku-dialog polku-confirm"
      onClose={() => {
        if (open) onCancel();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          <p id={descId}>{message}</p>
          <div className="polku-confirm-actions">
            <button type="button" autoFocus onClick={onCancel}>
              {cancelLabel}
            </button>
            <button type="button" className="is-danger" onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
