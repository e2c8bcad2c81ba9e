/**
 * A file date in the person's form, as every date field shows it; a module of
 * its own so that what only writes dates (the keyboard's announcements) does
 * not carry the parser (src/model/dateInput.ts, which re-exports this).
 */
import { isDate, isMonth } from './dates.ts';
import { shortMonthName } from './monthNames.ts';
import type { ContentLanguage, DateString } from './types.ts';

/**
 * A file date (`YYYY-MM` or `YYYY-MM-DD`) in the person's form: a month
 * `3/2025` in every language; a day fi/sv `10.3.2025`, en `10 Mar 2025`.
 * Years are written with four digits (`1/0999`), so that they read back as
 * written. Text that is not a valid date is returned as it is.
 */
export function formatDateInput(date: DateString, lang: ContentLanguage): string {
  if (!isDate(date)) return date;
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (isMonth(date)) return `${String(month)}/${year}`;
  const day = String(Number(date.slice(8, 10)));
  return lang === 'en' ? `${day} ${shortMonthName('en', month)} ${year}` : `${day}.${String(month)}.${year}`;
}
