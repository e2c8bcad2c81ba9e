/**
 * An item's id ("Tunnus"): the name the file refers to it by. A new id is
 * checked and every reference follows (renameId); the selection follows too.
 * Lists and panels are keyed by id, so the field is drawn anew under its new
 * id: when that took the focus away, it comes back to this field.
 */
import { useTranslation } from 'react-i18next';
import { renameId, type IdCollection } from '../../model/operations';
import { useSelection } from '../../store/selectionStore';
import { useEditProblems } from '../useEdit';
import { TextField } from './TextField';

const fieldOf = (collection: IdCollection, id: string) =>
  document.querySelector<HTMLInputElement>(`[data-polku-id-field="${collection}:${CSS.escape(id)}"] input`);

function keepFocus(collection: IdCollection, id: string) {
  // after React has drawn the renamed item
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) fieldOf(collection, id)?.focus();
    }),
  );
}

/** `hint`: the rules under the field (the panels' many items leave it out; a refusal says them too). */
export function IdField({ collection, id, hint = true }: { collection: IdCollection; id: string; hint?: boolean }) {
  const { t } = useTranslation();
  const editProblems = useEditProblems();
  const commit = (value: string) => {
    const to = value.trim();
    const problems = editProblems((d) => renameId(d, collection, id, to));
    if (problems !== null || to === id) return problems;
    const selection = useSelection.getState();
    if (collection === 'steps' && selection.steps.includes(id)) selection.selectSteps(selection.steps.map((s) => (s === id ? to : s)));
    if (collection === 'links' && selection.link === id) selection.selectLink(to);
    keepFocus(collection, to);
    return null;
  };
  return (
    <div data-polku-id-field={`${collection}:${id}`}>
      <TextField label={t('field.id')} value={id} hint={hint ? t('field.idHint') : undefined} onCommit={commit} />
    </div>
  );
}
