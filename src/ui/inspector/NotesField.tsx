/** A phase's or a step's speaker notes (docs/FORMAT.md §6), for the presenter view; one history step per commit. */
import { useTranslation } from 'react-i18next';
import { setNotes, type WorkshopTarget } from '../../model/operations';
import { useEditProblems } from '../useEdit';
import { TextField } from './TextField';

export function NotesField({ target, value }: { target: WorkshopTarget; value: string | undefined }) {
  const { t } = useTranslation();
  const editProblems = useEditProblems();
  return (
    <TextField
      label={t('field.notes')}
      value={value ?? ''}
      multiline
      hint={t('field.notesHint')}
      onCommit={(v) => editProblems((d) => setNotes(d, target, v))}
    />
  );
}
