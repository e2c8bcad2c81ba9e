/**
 * The names of the months in the three content languages: content-language
 * data (what a diagram or a date field says), not UI chrome. The date parser
 * (dateInput.ts) reads them, with the words built from them there; the
 * diagram's axis writes the short ones.
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
