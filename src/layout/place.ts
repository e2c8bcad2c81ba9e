/**
 * From a point on the diagram back to the model: which day or month and
 * which lane lie under a position (the inverse of the layout, for dragging
 * and for adding a step where the person double-clicks).
 */
import { utcDay, utcMonth } from 'd3-time';
import type { AxisUnit, Geometry } from './geometry';
import { timeOnSegments, xOnSegments } from './axisSegments';
import { dayOf, daysBetween, monthOf, monthsBetween } from './time';

export { daysBetween, monthsBetween } from './time';

/** Dates to a day (`YYYY-MM-DD`) or to a month (`YYYY-MM`). */
export type Precision = 'day' | 'month';

/** The precision an axis places new dates at: days where it shows days or weeks, else months. */
export function axisPrecision(g: Geometry): Precision {
  return precisionOf(g.axis.unit);
}

export function precisionOf(unit: AxisUnit): Precision {
  return unit === 'day' || unit === 'week' ? 'day' : 'month';
}

/**
 * Float error in x is far below a millisecond, but an x computed for a
 * boundary may land a hair before it: a point this close before a boundary
 * counts as after it (a minute is 1e-4 px even on a 10-day axis).
 */
const SNAP_MS = 60_000;

/** The instant (UTC ms) at x on the axis (segment by segment); beyond either end the axis's scale continues. */
export function timeAt(g: Geometry, x: number): number {
  return timeOnSegments(g.axis.segments, x);
}

/** The x of an instant (UTC ms), on the axis's scale. */
export function xOfTime(g: Geometry, t: number): number {
  return xOnSegments(g.axis.segments, t);
}

/**
 * The date whose day or month holds x: `YYYY-MM-DD` or `YYYY-MM` (by
 * default at the precision the axis shows). Outside the axis, the dates
 * continue. The inverse of the layout: dateAt(x of a date's start) is that date.
 */
export function dateAt(g: Geometry, x: number, precision: Precision = axisPrecision(g)): string {
  const t = new Date(timeAt(g, x) + SNAP_MS);
  return precision === 'day' ? dayOf(utcDay.floor(t).getTime()) : monthOf(utcMonth.floor(t).getTime());
}

/** The x where the day or month holding x starts (a box dragged to x lands there). */
export function startXAt(g: Geometry, x: number, precision: Precision = axisPrecision(g)): number {
  const t = new Date(timeAt(g, x) + SNAP_MS);
  return xOfTime(g, (precision === 'day' ? utcDay : utcMonth).floor(t).getTime());
}

/**
 * The date that starts at the day or month boundary nearest to x on the
 * diagram (for dragging an edge to a boundary; by phase, the two may lie at
 * different rates).
 */
export function boundaryAt(g: Geometry, x: number, precision: Precision = axisPrecision(g)): string {
  const t = new Date(timeAt(g, x));
  const interval = precision === 'day' ? utcDay : utcMonth;
  const before = interval.floor(t).getTime();
  const after = interval.ceil(t).getTime();
  const nearest = x - xOfTime(g, before) <= xOfTime(g, after) - x ? before : after;
  return precision === 'day' ? dayOf(nearest) : monthOf(nearest);
}

/** The month (`YYYY-MM`) whose column holds x; outside the axis, the nearest month beyond it (months continue). */
export function monthAt(g: Geometry, x: number): string {
  return dateAt(g, x, 'month');
}

/**
 * The move from the date under `fromX` to the date under `toX`, as the
 * model's moves take it: whole months, and, where the axis shows days or
 * weeks, whole days too (a day-dated date then moves by days, a month-dated
 * one by months). `nearest`: snap to the nearest boundary (an edge) rather
 * than the date holding x (a box).
 */
export function shiftBetween(g: Geometry, fromX: number, toX: number, nearest = false): { months: number; days?: number } {
  const at = nearest ? boundaryAt : dateAt;
  const months = monthsBetween(at(g, fromX, 'month'), at(g, toX, 'month'));
  if (axisPrecision(g) === 'month') return { months };
  return { months, days: daysBetween(at(g, fromX, 'day'), at(g, toX, 'day')) };
}

/**
 * The shift that takes `date` to the date under x: a day date to the day
 * there where the axis shows days or weeks, else (and a month date always)
 * to the month there.
 */
export function shiftTo(g: Geometry, date: string, x: number): { months: number; days?: number } {
  const months = monthsBetween(date, dateAt(g, x, 'month'));
  if (axisPrecision(g) === 'month' || date.length === 7) return { months };
  return { months, days: daysBetween(date, dateAt(g, x, 'day')) };
}

/**
 * `count` of the smallest unit the axis shows, for a step dated `date` (the
 * arrow keys): a day or a week (7 days) for a day date on a day or week
 * axis; else, and for a month date always, a month.
 */
export function unitShift(g: Geometry, date: string, count: number): { months: number; days?: number } {
  if (date.length === 7 || axisPrecision(g) === 'month') return { months: count };
  return { months: 0, days: g.axis.unit === 'week' ? 7 * count : count };
}

/** The lane whose band holds y; above the first lane the first, below the last the last. */
export function laneAt(g: Geometry, y: number): string | null {
  if (g.lanes.length === 0) return null;
  for (const lane of g.lanes) if (y < lane.y + lane.height) return lane.id;
  return g.lanes[g.lanes.length - 1]!.id;
}

/** The step whose box holds the point (its edges included), or null. */
export function stepAt(g: Geometry, x: number, y: number): string | null {
  for (const s of g.steps) if (x >= s.x && x <= s.x + s.width && y >= s.y && y <= s.y + s.height) return s.id;
  return null;
}
