/**
 * A date field: shows the stored date in the person's form (UI language:
 * `3/2025`, `10.3.2025`, en `10 Mar 2025`), reads every form of
 * src/model/dateInput.ts, and on Enter or when left hands the file date
 * (`YYYY-MM` / `YYYY-MM-DD`) to `onCommit`, then shows it back in the
 * person's form. Escape cancels. A refused text stays in the field with the
 * reason beside it, naming the forms that work in her language. An optional
 * field (a step's end) takes an empty text as "no date".
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../i18n/problems';
import { dateInputMessages } from '../../i18n/dateInput';
import { addMessages, uiLanguageOf } from '../../i18n/setup';
import { usePanelWords } from './panelWords';
import { formatDateInput, parseDateInput, type DateInputProblem } from '../../model/dateInput';
import type { DateString, Problem } from '../../model/types';

export type DateCommit = (date: DateString | null) => readonly Problem[] | null;

/** A refusal: the date reader's own, or the model's (an end before its start …). */
type Refusal = { readonly input: DateInputProblem; readonly text: string } | { readonly problems: readonly Problem[] };

export function DateField({
  label,
  value,
  onCommit,
  optional = false,
  forms = true,
  hint,
  autoFocus = false,
}: {
  label: string;
  /** the stored date; undefined or '' when an optional field has none */
  value: DateString | undefined;
  /** the file date typed, or null for an emptied optional field */
  onCommit: DateCommit;
  /** empty means "no date" (else empty is refused) */
  optional?: boolean;
  /** the forms hint ("Kuukausi (3/2025) tai päivä (10.3.2025).") under the field; off where the field just above says it */
  forms?: boolean;
  /** more words after it, e.g. what an empty optional field means ("Tyhjä: oletusleveys.") */
  hint?: string;
  /** focus the field when it appears (a newly added item) */
  autoFocus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'dateInput', dateInputMessages);
  usePanelWords(); // its hint, `field.dateHint`
  const lang = uiLanguageOf(i18n);
  const id = useId();
  const stored = value ?? '';
  const display = formatDateInput(stored, lang);
  const [draft, setDraft] = useState(display);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A new date from the document (undo, a drag, another field) or another UI language replaces the draft.
  const [shown, setShown] = useState(display);
  if (display !== shown) {
    setShown(display);
    setDraft(display);
    setRefusal(null);
  }

  const commit = () => {
    if (draft === display) {
      setRefusal(null);
      return;
    }
    if (optional && draft.trim() === '') {
      const problems = stored === '' ? null : onCommit(null);
      setRefusal(problems?.length ? { problems } : null);
      return;
    }
    const read = parseDateInput(draft, lang);
    if (!read.ok) {
      setRefusal({ input: read.problem, text: draft.trim() });
      return;
    }
    const problems = read.date === stored ? null : onCommit(read.date);
    if (problems?.length) {
      setRefusal({ problems });
    } else {
      // shown back in the person's form (also when the date did not change: "2025-03" → "3/2025")
      setDraft(formatDateInput(read.date, lang));
      setRefusal(null);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(display);
      setRefusal(null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    }
  };

  const hintText = [forms ? t('field.dateHint') : '', hint ?? ''].filter(Boolean).join(' ');
  const message = refusal === null ? null : 'input' in refusal ? refusalMessage(refusal.input, refusal.text, lang, t) : refusal.problems.map((p) => formatMessage(withDatesShown(p, lang), t)).join(' ');
  return (
    <div className="polku-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        aria-invalid={message !== null || undefined}
        aria-describedby={[hintText ? `${id}-hint` : null, message !== null ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
        autoFocus={autoFocus}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {hintText && (
        <span id={`${id}-hint`} className="polku-hint">
          {hintText}
        </span>
      )}
      {message !== null && (
        <span id={`${id}-error`} className="polku-field-error" role="alert">
          {message}
        </span>
      )}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** fi: Päivämäärä ”31.2.2025” ei kelpaa: sitä päivää ei ole kalenterissa. Kirjoita esimerkiksi 3/2025, maaliskuu 2025 tai 10.3.2025. */
function refusalMessage(problem: DateInputProblem, text: string, lang: 'fi' | 'sv' | 'en', t: T): string {
  const examples = new Intl.ListFormat(lang, { type: 'disjunction' }).format(problem.examples);
  return t(`dateInput.refused.${problem.kind}`, { value: text, examples, interpolation: { escapeValue: false } });
}

/** The parameters of the model's problems that are dates (endBeforeStart, levelOrder). */
const DATE_PARAMS: ReadonlySet<string> = new Set(['start', 'end', 'at', 'previous']);

/** The model's dates in a problem ("Loppu (1/2025) on ennen alkua (3/2025).") written as the person writes them. */
function withDatesShown(problem: Problem, lang: 'fi' | 'sv' | 'en'): Problem {
  const params = problem.params;
  if (!params) return problem;
  const shown = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && DATE_PARAMS.has(k) ? formatDateInput(v, lang) : v]));
  return { ...problem, params: shown };
}
