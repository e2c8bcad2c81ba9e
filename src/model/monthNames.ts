/**
 * The names of the months in the three content languages: content-language
 * data (what a diagram or a date field says), not UI chrome. The date parser
 * (dateInput.ts) reads them; the diagram's axis writes the short ones.
 *
 * - `full`: the name as a word on its own — fi nominative `maaliskuu`, sv
 *   `mars`, en `March` (English capitalised, Finnish and Swedish not).
 * - `short`: the abbreviation the axis writes — fi `maalis`, sv `mar`, en `Mar`.
 */
import type { ContentLanguage } from './types.ts';

export type MonthNames = { readonly full: readonly string[]; readonly short: readonly string[] };

/** Finnish month names are a stem + `kuu`: `maalis` + `kuu`. */
const FI_STEMS = ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'] as const;

export const MONTH_NAMES: Readonly<Record<ContentLanguage, MonthNames>> = {
  fi: { full: FI_STEMS.map((s) => `${s}kuu`), short: FI_STEMS },
  sv: {
    full: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    short: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
  en: {
    full: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
};

/** Month `month` (1–12) in full: fi `maaliskuu`, sv `mars`, en `March`. */
export function fullMonthName(lang: ContentLanguage, month: number): string {
  return MONTH_NAMES[lang].full[month - 1] ?? String(month);
}

/** Month `month` (1–12) abbreviated as the axis writes it: fi `maalis`, sv `mar`, en `Mar`. */
export function shortMonthName(lang: ContentLanguage, month: number): string {
  return MONTH_NAMES[lang].short[month - 1] ?? String(month);
}

/**
 * Every word a person may write for a month, lower case, in any of the three
 * languages (no word names two different months in them), with its number:
 * - fi: the stem alone (`maalis`, as the axis writes it), nominative
 *   `maaliskuu`, partitive `maaliskuuta` (`10. maaliskuuta 2025`), inessive
 *   `maaliskuussa` (`maaliskuussa 2025`) and the dictionary abbreviation `maalisk`;
 * - sv: full and abbreviated (`mars`, `mar`), also `sept`;
 * - en: full and abbreviated (`march`, `mar`), also `sept`.
 * A trailing full stop (`maalisk.`, `Mar.`) is the parser's business.
 */
export const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  const add = (word: string, month: number) => {
    const known = words.get(word);
    if (known !== undefined && known !== month) throw new Error(`month word "${word}" names months ${known} and ${month}`);
    words.set(word, month);
  };
  FI_STEMS.forEach((stem, i) => {
    for (const ending of ['', 'kuu', 'kuuta', 'kuussa', 'k']) add(`${stem}${ending}`, i + 1);
  });
  for (const lang of ['sv', 'en'] as const) {
    MONTH_NAMES[lang].full.forEach((name, i) => add(name.toLowerCase(), i + 1));
    MONTH_NAMES[lang].short.forEach((name, i) => add(name.toLowerCase(), i + 1));
  }
  add('sept', 9);
  return words;
})();
