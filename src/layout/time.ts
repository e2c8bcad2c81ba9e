/**
 * Dates on the time axis. A date is `YYYY-MM` (a whole month) or `YYYY-MM-DD`.
 * Starts begin at the first instant of their month/day; ends are inclusive, so
 * an end covers up to the start of the next month/day.
 */
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

/**
 * Instants (a Date or UTC ms) to x: linear over UTC milliseconds, piece by piece (see
 * makeSegmentedScale). The axis's ticks and labels are Polku's own (axis.ts, with d3-time's
 * intervals), so a scale library's ticks and number formats are not needed: d3-scale's
 * polylinear map computed exactly this, and brought 3 KB gzip of tick formatting into the
 * eager bundle with it.
 */
export type TimeScale = (t: Date | number) => number;

function timeScale(domain: readonly number[], range: readonly number[]): TimeScale {
  const last = domain.length - 2;
  return (at) => {
    const t = +at;
    // the piece holding t (beyond either end, the first or the last piece goes on)
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (domain[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    const t0 = domain[lo]!;
    const span = domain[lo + 1]! - t0;
    const u = span ? (t - t0) / span : 0.5;
    return range[lo]! * (1 - u) + range[lo + 1]! * u;
  };
}

export const DAY_MS = 86_400_000;


/**
 * A piecewise-linear UTC scale through consecutive segments (each the
 * instants [t0, t1) at [x0, x1], the next starting where one ends); beyond
 * either end the first or last segment's rate continues.
 */
export function makeSegmentedScale(
  segments: readonly { readonly t0: number; readonly t1: number; readonly x0: number; readonly x1: number }[],
): TimeScale {
  const domain = [segments[0]!.t0, ...segments.map((s) => s.t1)];
  const range = [segments[0]!.x0, ...segments.map((s) => s.x1)];
  return timeScale(domain, range);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The day (`YYYY-MM-DD`) a UTC instant lies in. */
export function dayOf(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The month (`YYYY-MM`) a UTC instant lies in. */
export function monthOf(t: number): string {
  return dayOf(t).slice(0, 7);
}

/** Whole days from one date's first day to another's (`2021-08-16` → `2021-08-23`: 7). */
export function daysBetween(from: string, to: string): number {
  return Math.round((startTime(to) - startTime(from)) / DAY_MS);
}

/** Whole months from one date's month to another's (`2021-11` → `2022-02`: 3; days are ignored). */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}
