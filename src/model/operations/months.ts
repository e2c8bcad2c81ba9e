/**
 * Whole-month arithmetic on the dates of file format v1.
 *
 * `2021-11` + 3 → `2022-02`, `2022-02` − 3 → `2021-11`. A day keeps its day
 * of the month, clamped to the length of the month it lands in, counted from
 * the original date: `2022-01-31` + 1 → `2022-02-28`, + 2 → `2022-03-31`,
 * `2024-01-31` + 1 → `2024-02-29`. (Moving twice by one month is therefore
 * not always moving once by two: `2022-02-28` + 1 is `2022-03-28`; a UI
 * dragging a step should count from where the drag began.)
 */
import { daysInMonth, isMonth } from '../dates.ts';
import type { DateString } from '../types.ts';

/** A count of whole months: a fraction is cut toward zero, a non-finite number counts as 0. */
export function wholeMonths(months: number): number {
  return Number.isFinite(months) ? Math.trunc(months) : 0;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export type MonthShift = { readonly ok: true; readonly date: DateString } | { readonly ok: false; readonly value: string };

/**
 * `date` (a valid date) moved by `months` whole months. Refused (with the
 * date it would have been) when it leaves the years 0000–9999 the format
 * allows.
 */
export function addMonths(date: DateString, months: number): MonthShift {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const total = year * 12 + (month - 1) + wholeMonths(months);
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  const head = `${newYear < 0 ? `-${pad(-newYear, 4)}` : pad(newYear, 4)}-${pad(newMonth, 2)}`;
  if (newYear < 0 || newYear > 9999) return { ok: false, value: isMonth(date) ? head : `${head}-${date.slice(8, 10)}` };
  if (isMonth(date)) return { ok: true, date: head };
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(newYear, newMonth));
  return { ok: true, date: `${head}-${pad(day, 2)}` };
}
