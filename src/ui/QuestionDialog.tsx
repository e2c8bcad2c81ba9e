/** The app's questions (useConfirm().ask), asked with the same dialog as the panels' own questions. */
import { useConfirm } from '../store/sessionStore';
import { ConfirmDialog } from './ConfirmDialog';

export function QuestionDialog() {
  const question = useConfirm((s) => s.question);
  return (
    <ConfirmDialog
      open={question !== null}
      title={question?.title ?? ''}
      message={question?.message ?? ''}
      confirmLabel={question?.confirm ?? ''}
      cancelLabel={question?.cancel ?? ''}
      onConfirm={() => question?.answer(true)}
      onCancel={() => question?.answer(false)}
    />
  );
}
