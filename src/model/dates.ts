/**
 * Dates of file format v1 and how they compare.
 *
 * A date is `YYYY-MM` (a whole month) or `YYYY-MM-DD` (one day). A date
 * stands for a span of days: a month for all its days, a day for itself.
 * - A period `start`…`end` covers from the first day of `start` to the last
 *   day of `end` (ends are inclusive). It is valid when that span is not
 *   empty, i.e. `lastDay(end) ≥ firstDay(start)`: `2022-02-15`…`2022-02` and
 *   `2022-02`…`2022-02-01` are fine, `2022-03`…`2022-02-28` is not.
 * - Points in time (depth levels' `at`) are compared by their first day:
 *   `2023-01` is before `2023-01-15`, and equal to `2023-01-01`.
 */
import { DATE_PATTERN } from './patterns.ts';
import type { DateString } from './types.ts';

/** Whether `value` is a valid `YYYY-MM` or `YYYY-MM-DD` calendar date. */
export function isDate(value: unknown): value is DateString {
  return typeof value === 'string' && DATE_PATTERN.test(value);
}

/** Whether `date` is a whole month (`YYYY-MM`) rather than a day. */
export function isMonth(date: DateString): boolean {
  return date.length === 7;
}

/** The number of days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The first day covered by a valid date, as `YYYY-MM-DD`. */
export function firstDay(date: DateString): string {
  return isMonth(date) ? `${date}-01` : date;
}

/** The last day covered by a valid date, as `YYYY-MM-DD`. */
export function lastDay(date: DateString): string {
  if (!isMonth(date)) return date;
  const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date}-${String(days)}`;
}

/**
 * Whether the inclusive period `start`…`end` is empty (the end lies before
 * the start). False when either is absent or not a valid date: that is
 * another rule's problem.
 */
export function isEndBeforeStart(start: unknown, end: unknown): boolean {
  if (!isDate(start) || !isDate(end)) return false;
  // `YYYY-MM-DD` strings of fixed width compare as dates
  return lastDay(end) < firstDay(start);
}

/** Compares two valid dates as points in time (by their first day): negative, 0 or positive. */
export function compareDatePoints(a: DateString, b: DateString): number {
  const x = firstDay(a);
  const y = firstDay(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
