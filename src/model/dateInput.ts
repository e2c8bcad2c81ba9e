/**
 * Dates as people type them, in Finnish, Swedish and English, and back.
 *
 * `parseDateInput` turns what a person typed into the file format's date
 * (`YYYY-MM` for a whole month, `YYYY-MM-DD` for a day); `formatDateInput`
 * writes a file date in the person's form, and `parseDateInput` reads that
 * form back to the same date in every language.
 *
 * Accepted, whatever the language (case, extra spaces and a final full stop
 * do not matter):
 * - a month: `1/2025`, `01/2025`, `1/25`, `3.2025`, `2025-01`, `2025-1`;
 *   with a month name and a four-digit year in any of the three languages:
 *   fi `maaliskuu 2025`, `maaliskuuta 2025`, `maaliskuussa 2025`,
 *   `maalisk. 2025`, `maalis 2025`; sv `mars 2025`, `mar 2025`;
 *   en `March 2025`, `Mar 2025`, `March, 2025`;
 * - a day: `10.3.2025`, `10.03.2025`, `10.3.25`, `2025-03-10`; with a month
 *   name: fi `10. maaliskuuta 2025`, `10 maaliskuuta 2025`; sv `10 mars 2025`,
 *   `den 10 mars 2025`; en `10 Mar 2025`, `10 March 2025`, `10th March 2025`,
 *   `March 10, 2025`, `Mar 10 2025`.
 * No word names two different months in the three languages, so every
 * language's names are read in every language: an English coordinator may
 * type `10 maaliskuuta 2025`.
 *
 * Two-digit years (`1/25`, `10.3.25`) are read as POSIX `strptime` reads
 * `%y`: 00–68 are 2000–2068, 69–99 are 1969–1999 (a fixed rule, not a window
 * around today, so a date reads the same next year). A year with a month name
 * is written with four digits: `Mar 25` could be 25 March, so it and
 * `maaliskuu 25` are refused as having no year.
 *
 * Refused, with the reason and this language's examples: an empty text,
 * a month outside 1–12 (`13/2025`, `2025-13`, `0/2025`), a day the calendar
 * does not have (`31.2.2025`, `29.2.2023`), a date without a year (`10.3.`,
 * `maaliskuu`), and anything else — among it `10/3/2025`, which the
 * English-speaking world reads two ways.
 */
import { daysInMonth, isDate } from './dates.ts';
import { formatDateInput } from './formatDateInput.ts';
import { fullMonthName, MONTH_NAMES } from './monthNames.ts';
import type { ContentLanguage, DateString } from './types.ts';

export type DateInputLanguage = ContentLanguage;

export { formatDateInput };

export type DateInputProblem = {
  /**
   * - `empty`: nothing was typed;
   * - `form`: not a form of date this parser knows;
   * - `noYear`: a day or a month without its year (`10.3.`, `maaliskuu`);
   * - `month`: the month is not 1–12 (`13/2025`, `2025-13`);
   * - `day`: the month has no such day (`31.2.2025`, `29.2.2023`).
   */
  readonly kind: 'empty' | 'form' | 'noYear' | 'month' | 'day';
  /**
   * The forms that work, as examples in the person's language: a month in
   * numbers, a month by name and a day — fi `3/2025`, `maaliskuu 2025`,
   * `10.3.2025`; sv `3/2025`, `mars 2025`, `10.3.2025`; en `3/2025`,
   * `March 2025`, `10 Mar 2025`.
   */
  readonly examples: readonly string[];
};

export type DateInputResult = { readonly ok: true; readonly date: DateString } | { readonly ok: false; readonly problem: DateInputProblem };

/** The examples a refusal names, in the language `lang` (see DateInputProblem.examples). */
export function dateInputExamples(lang: DateInputLanguage): readonly string[] {
  return [formatDateInput('2025-03', lang), `${fullMonthName(lang, 3)} 2025`, formatDateInput('2025-03-10', lang)];
}

/**
 * The month (1–12) a word names, or undefined: `word` in lower case, in any
 * of the three languages (no word names two different months in them):
 * - fi: the stem alone (`maalis`, as the axis writes it), nominative
 *   `maaliskuu`, partitive `maaliskuuta` (`10. maaliskuuta 2025`), inessive
 *   `maaliskuussa` (`maaliskuussa 2025`) and the dictionary abbreviation `maalisk`;
 * - sv: full and abbreviated (`mars`, `mar`), also `sept`;
 * - en: full and abbreviated (`march`, `mar`), also `sept`.
 * A trailing full stop (`maalisk.`, `Mar.`) is the parser's business.
 */
export function monthOfWord(word: string): number | undefined {
  return monthWords().get(word);
}

let words: Map<string, number> | undefined;

/** Every word monthOfWord knows, with its month; built when first asked for. Throws if a word named two months. */
export function monthWords(): ReadonlyMap<string, number> {
  if (words) return words;
  const built = new Map<string, number>();
  const add = (word: string, month: number) => {
    const known = built.get(word);
    if (known !== undefined && known !== month) throw new Error(`month word "${word}" names months ${known} and ${month}`);
    built.set(word, month);
  };
  MONTH_NAMES.fi.short.forEach((stem, i) => {
    for (const ending of ['', 'kuu', 'kuuta', 'kuussa', 'k']) add(`${stem}${ending}`, i + 1);
  });
  for (const lang of ['sv', 'en'] as const) {
    MONTH_NAMES[lang].full.forEach((name, i) => add(name.toLowerCase(), i + 1));
    MONTH_NAMES[lang].short.forEach((name, i) => add(name.toLowerCase(), i + 1));
  }
  add('sept', 9);
  words = built;
  return built;
}

// Forms, on the text as normalised by `normalise` (lower case, single spaces).
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const MONTH_SLASH = /^(\d{1,2}) ?\/ ?(\d{4}|\d{2})$/;
const MONTH_DOT = /^(\d{1,2}) ?\. ?(\d{4})$/;
const DAY_DOT = /^(\d{1,2}) ?\. ?(\d{1,2}) ?\. ?(\d{4}|\d{2})\.?$/;
const DAY_DOT_NO_YEAR = /^(\d{1,2}) ?\. ?(\d{1,2}) ?\.?$/;
// a month's word (maybe with a full stop); a day's English ordinal ending (10th)
const DAY_NAME_YEAR = /^(?:den )?(\d{1,2})(?:\.|st|nd|rd|th)? ?([a-zåäö]+)\.?,? (\d{4})$/;
const NAME_DAY_YEAR = /^([a-zåäö]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;
const NAME_YEAR = /^([a-zåäö]+)\.?,? (\d{4})$/;
const DAY_NAME = /^(?:den )?(\d{1,2})(?:\.|st|nd|rd|th)? ?([a-zåäö]+)\.?$/;
const NAME_DAY = /^([a-zåäö]+)\.? (\d{1,2})(?:st|nd|rd|th)?$/;
const NAME = /^([a-zåäö]+)\.?$/;

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A year as typed: four digits as they are, two digits by the POSIX `%y` rule. */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n <= 68 ? 2000 + n : 1900 + n;
}

/** The file date of year/month(/day), or the reason it is not one. */
function build(year: number, month: number, day: number | null): DateString | 'month' | 'day' {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'month';
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${yyyy}-${mm}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return 'day';
  return `${yyyy}-${mm}-${String(day).padStart(2, '0')}`;
}

/** What `text` says: a date, the reason it is not one, or nothing known. */
function read(text: string): DateString | DateInputProblem['kind'] {
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(text))) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3]));
  if ((m = MONTH_SLASH.exec(text))) return build(fullYear(m[2]!), Number(m[1]), null);
  if ((m = MONTH_DOT.exec(text))) return build(Number(m[2]), Number(m[1]), null);
  if ((m = DAY_DOT.exec(text))) return build(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  if (DAY_DOT_NO_YEAR.test(text)) return 'noYear';
  const month = (word: string | undefined) => (word === undefined ? undefined : monthOfWord(word));
  let named: number | undefined;
  if ((m = DAY_NAME_YEAR.exec(text)) && (named = month(m[2])) !== undefined) return build(Number(m[3]), named, Number(m[1]));
  if ((m = NAME_DAY_YEAR.exec(text)) && (named = month(m[1])) !== undefined) return build(Number(m[3]), named, Number(m[2]));
  if ((m = NAME_YEAR.exec(text)) && (named = month(m[1])) !== undefined) return build(Number(m[2]), named, null);
  if ((m = DAY_NAME.exec(text)) && month(m[2]) !== undefined) return 'noYear';
  if ((m = NAME_DAY.exec(text)) && month(m[1]) !== undefined) return 'noYear';
  if ((m = NAME.exec(text)) && month(m[1]) !== undefined) return 'noYear';
  return 'form';
}

/**
 * What a person typed in a date field, as a file date — or the problem,
 * with examples of the forms that work in her language `lang` (the UI
 * language). See the module comment for the forms.
 */
export function parseDateInput(text: string, lang: DateInputLanguage): DateInputResult {
  const normal = normalise(text);
  const result = normal === '' ? 'empty' : read(normal);
  if (isDate(result)) return { ok: true, date: result };
  const kind = result as DateInputProblem['kind'];
  return { ok: false, problem: { kind, examples: dateInputExamples(lang) } };
}
