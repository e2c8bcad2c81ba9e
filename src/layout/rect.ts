/** Rectangles of the layout (diagram px): whether two overlap. */
import type { Rect } from './geometry';

/** Whether `a` and `b` overlap (touching edges do not), each grown by `margin` on every side. */
export const overlaps = (a: Rect, b: Rect, margin = 0) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
