/**
 * Whole-month and whole-day arithmetic on the dates of file format v1.
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

/** A count of whole days, as wholeMonths counts months. */
export const wholeDays = wholeMonths;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid day date (any year 0000–9999: no two-digit-year quirk of Date.UTC). */
function dayNumber(date: DateString): number {
  const t = new Date(0);
  t.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(t.getTime() / DAY_MS);
}

/**
 * `date` moved by `days` whole days: a day date by days (`2021-08-30` + 3 →
 * `2021-09-02`); a month (`YYYY-MM`) is not a day and moves by the whole
 * months its first day crosses, so it stays a month (`2021-08` + 40 →
 * `2021-09`). Refused when it leaves the years 0000–9999.
 */
export function addDays(date: DateString, days: number): MonthShift {
  const whole = wholeDays(days);
  if (isMonth(date)) {
    const first = new Date((dayNumber(`${date}-01`) + whole) * DAY_MS);
    const months = (first.getUTCFullYear() - Number(date.slice(0, 4))) * 12 + first.getUTCMonth() + 1 - Number(date.slice(5, 7));
    return addMonths(date, months);
  }
  const t = new Date((dayNumber(date) + whole) * DAY_MS);
  const year = t.getUTCFullYear();
  const text = `${year < 0 ? `-${pad(-year, 4)}` : pad(year, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
  if (year < 0 || year > 9999) return { ok: false, value: text };
  return { ok: true, date: text };
}

/**
 * A move on the time axis: whole `months`, and, where the axis shows days,
 * whole `days` too. A day date moves by `days` when they are given, else by
 * `months` (keeping its day); a month date always moves by `months`, so a
 * month-dated step stays month-dated. A bare number is a count of months.
 */
export type DateShift = { readonly months: number; readonly days?: number };

export function asShift(by: number | DateShift): DateShift {
  return typeof by === 'number' ? { months: by } : by;
}

/** Whether a shift moves nothing. */
export function isNoShift(by: DateShift): boolean {
  return wholeMonths(by.months) === 0 && wholeDays(by.days ?? 0) === 0;
}

/** `date` moved as `by` moves a date of its kind (see DateShift). */
export function shiftDate(date: DateString, by: DateShift): MonthShift {
  return by.days !== undefined && !isMonth(date) ? addDays(date, by.days) : addMonths(date, by.months);
}

/** Whole months from one date's month to another's (`2021-08-30` → `2021-09-02`: 1). */
export function monthsCrossed(from: DateString, to: DateString): number {
  return Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)));
}
