/**
 * From a point on the diagram back to the model: which month and which lane
 * lie under a position (the inverse of the layout, for dragging and for
 * adding a step where the person double-clicks).
 */
import type { Geometry } from './geometry';
import { monthFromIndex, monthIndex, monthStartTime } from './time';

/** The month (`YYYY-MM`) whose column holds x; outside the axis, the nearest month beyond it (months continue). */
export function monthAt(g: Geometry, x: number): string {
  const first = monthIndex(g.axis.start);
  const last = monthIndex(g.axis.end);
  const t0 = monthStartTime(first);
  const t1 = monthStartTime(last + 1);
  const t = t0 + ((x - g.axis.x0) / (g.axis.x1 - g.axis.x0)) * (t1 - t0);
  // find the month containing t (months have different lengths on a real time axis)
  let i = first + Math.floor((t - t0) / (30.436875 * 86400000));
  while (monthStartTime(i) > t) i--;
  while (monthStartTime(i + 1) <= t) i++;
  return monthFromIndex(i);
}

/** The lane whose band holds y; above the first lane the first, below the last the last. */
export function laneAt(g: Geometry, y: number): string | null {
  if (g.lanes.length === 0) return null;
  for (const lane of g.lanes) if (y < lane.y + lane.height) return lane.id;
  return g.lanes[g.lanes.length - 1]!.id;
}

/** Whole months between two months. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}
