/**
 * An item's id ("Tunnus"): the name the file refers to it by. A new id is
 * checked and every reference follows (renameId); the selection follows too.
 * Lists and panels are keyed by id, so the field is drawn anew under its new
 * id: when that took the focus away, it comes back to this field.
 *
 * Few need it, so it sits in each form's collapsed "Lisätiedot / Mer /
 * Advanced" section; a section opened stays open while the session lasts,
 * also when its item is drawn anew under a new id.
 */
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { renameId, type IdCollection } from '../../model/operations';
import { useSelection } from '../../store/sessionStore';
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

/** The Advanced sections open, by `collection:id`. */
const useAdvancedOpen = create<{ open: readonly string[] }>()(() => ({ open: [] }));

function setOpen(key: string, open: boolean, instead?: string) {
  useAdvancedOpen.setState((s) => {
    const others = s.open.filter((k) => k !== key && k !== instead);
    return { open: open ? [...others, instead ?? key] : others };
  });
}

/** `hint`: the rules under the field (the panels' many items leave it out; a refusal says them too). */
export function IdField({ collection, id, hint = true }: { collection: IdCollection; id: string; hint?: boolean }) {
  const { t } = useTranslation();
  const editProblems = useEditProblems();
  const key = `${collection}:${id}`;
  const open = useAdvancedOpen((s) => s.open.includes(key));
  const commit = (value: string) => {
    const to = value.trim();
    const problems = editProblems((d) => renameId(d, collection, id, to));
    if (problems !== null || to === id) return problems;
    const selection = useSelection.getState();
    if (collection === 'steps' && selection.steps.includes(id)) selection.selectSteps(selection.steps.map((s) => (s === id ? to : s)));
    if (collection === 'links' && selection.link === id) selection.selectLink(to);
    setOpen(key, true, `${collection}:${to}`);
    keepFocus(collection, to);
    return null;
  };
  return (
    <details className="polku-advanced" open={open} onToggle={(e) => setOpen(key, e.currentTarget.open)}>
      <summary>{t('laptop.advanced')}</summary>
      <div data-polku-id-field={key}>
        <TextField label={t('field.id')} value={id} hint={hint ? t('field.idHint') : undefined} onCommit={commit} />
      </div>
    </details>
  );
}
