/**
 * A text field that commits on Enter or when it loses focus, and cancels on
 * Escape; Shift+Enter breaks the line (multi-line fields), Ctrl+- types a
 * soft hyphen. A refused value stays in the field with the reason beside it.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../i18n/problems';
import type { Problem } from '../../model/types';

export type Commit = (value: string) => readonly Problem[] | null;

export function TextField({
  label,
  value,
  onCommit,
  multiline = false,
  hint,
  autoFocus = false,
}: {
  label: string;
  value: string;
  onCommit: Commit;
  multiline?: boolean;
  hint?: string;
  /** focus the field when it appears (a newly added item) */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  // A new value from the document (undo, a drag, another field) replaces the draft.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
    setProblems([]);
  }

  const commit = () => {
    if (draft === value) return;
    setProblems(onCommit(draft) ?? []);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(value);
      setProblems([]);
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      commit();
    } else if (e.key === '-' && (e.ctrlKey || e.metaKey)) {
      // a soft hyphen: where the layout may break the word
      e.preventDefault();
      const el = e.currentTarget;
      const at = el.selectionStart ?? draft.length;
      setDraft(`${draft.slice(0, at)}\u00ad${draft.slice(el.selectionEnd ?? at)}`);
    }
  };
  const describedBy = [hint ? `${id}-hint` : null, problems.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': describedBy,
    onBlur: commit,
    onKeyDown,
    autoFocus,
  };
  return (
    <div className="polku-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => setDraft(e.target.value)} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="polku-hint">
          {hint}
        </span>
      )}
      {problems.length > 0 && (
        <span id={`${id}-error`} className="polku-field-error" role="alert">
          {problems.map((p) => formatMessage(p, t)).join(' ')}
        </span>
      )}
    </div>
  );
}
