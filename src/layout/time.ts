/**
 * Dates on the time axis. A date is `YYYY-MM` (a whole month) or `YYYY-MM-DD`.
 * Starts begin at the first instant of their month/day; ends are inclusive, so
 * an end covers up to the start of the next month/day.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

export type YMD = { readonly y: number; readonly m: number; readonly d: number | null };

export function parseDate(s: string): YMD {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = s.length > 7 ? Number(s.slice(8, 10)) : null;
  return { y, m, d };
}

/** UTC milliseconds of the first instant a date covers. */
export function startTime(s: string): number {
  const { y, m, d } = parseDate(s);
  return Date.UTC(y, m - 1, d ?? 1);
}

/** UTC milliseconds just after the last instant an (inclusive) end date covers. */
export function endTimeExclusive(s: string): number {
  const { y, m, d } = parseDate(s);
  return d === null ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, d + 1);
}

/** Whole months since year 0 (month index), for month arithmetic. */
export function monthIndex(s: string): number {
  const { y, m } = parseDate(s);
  return y * 12 + (m - 1);
}

export function monthFromIndex(i: number): string {
  const y = Math.floor(i / 12);
  const m = i - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function monthStartTime(i: number): number {
  const y = Math.floor(i / 12);
  return Date.UTC(y, i - y * 12, 1);
}

export type TimeScale = ScaleTime<number, number>;

/** A linear UTC scale from the first month's start to the end month's end. */
export function makeTimeScale(firstMonth: number, lastMonth: number, x0: number, monthWidth: number): TimeScale {
  const months = lastMonth - firstMonth + 1;
  return scaleUtc()
    .domain([new Date(monthStartTime(firstMonth)), new Date(monthStartTime(lastMonth + 1))])
    .range([x0, x0 + months * monthWidth]);
}
