/** Arrow routes between two boxes: from a point on the source's border to a point on the target's border. */
import type { Point, Rect } from './geometry';

export type Route = { path: string; start: Point; end: Point; endAngle: number; mid: Point };

const MIN_GAP = 12;
const r = (v: number) => Math.round(v * 100) / 100;

function cubic(p0: Point, c1: Point, c2: Point, p1: Point): Route {
  const mid = {
    x: 0.125 * p0.x + 0.375 * c1.x + 0.375 * c2.x + 0.125 * p1.x,
    y: 0.125 * p0.y + 0.375 * c1.y + 0.375 * c2.y + 0.125 * p1.y,
  };
  const endAngle = Math.atan2(p1.y - c2.y, p1.x - c2.x);
  return {
    path: `M${r(p0.x)},${r(p0.y)} C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(p1.x)},${r(p1.y)}`,
    start: p0,
    end: p1,
    endAngle,
    mid,
  };
}

/** The point where the segment from the centre of `box` towards `to` leaves the box. */
export function clipToBorder(box: Rect, to: Point): Point {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = to.x - cx;
  const dy = to.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: box.y };
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/**
 * Where a vertical arrow (one box above the other) leaves and arrives: x on
 * each border, and the x range each end may be moved in (the boxes' shared
 * span when they overlap, so the arrow stays straight; else the box's own).
 * Null when the boxes are side by side or touch.
 */
export type VerticalPlan = { readonly fromX: number; readonly toX: number; readonly fromRange: readonly [number, number]; readonly toRange: readonly [number, number]; readonly down: boolean };

export function verticalPlan(a: Rect, b: Rect): VerticalPlan | null {
  if (b.x - (a.x + a.width) >= MIN_GAP || a.x - (b.x + b.width) >= MIN_GAP) return null;
  const down = b.y - (a.y + a.height) >= 4;
  if (!down && !(a.y - (b.y + b.height) >= 4)) return null;
  const overlapL = Math.max(a.x, b.x);
  const overlapR = Math.min(a.x + a.width, b.x + b.width);
  if (overlapR - overlapL >= 8) {
    const mid = (overlapL + overlapR) / 2;
    const range = [overlapL + 3, overlapR - 3] as const;
    return { fromX: mid, toX: mid, fromRange: range, toRange: range, down };
  }
  const own = (box: Rect) => [box.x + Math.min(8, box.width / 2), box.x + box.width - Math.min(8, box.width / 2)] as const;
  return { fromX: a.x + a.width / 2, toX: b.x + b.width / 2, fromRange: own(a), toRange: own(b), down };
}

/** A vertical arrow from `a` at x `ax` to `b` at x `bx` (see verticalPlan). */
export function verticalRoute(a: Rect, b: Rect, ax: number, bx: number): Route {
  const aBottom = a.y + a.height;
  const bBottom = b.y + b.height;
  if (b.y - aBottom >= 4) {
    const p0 = { x: ax, y: aBottom };
    const p1 = { x: bx, y: b.y };
    const dy = Math.max((p1.y - p0.y) / 2, 12);
    return cubic(p0, { x: p0.x, y: p0.y + dy }, { x: p1.x, y: p1.y - dy }, p1);
  }
  const p0 = { x: ax, y: a.y };
  const p1 = { x: bx, y: bBottom };
  const dy = Math.max((p0.y - p1.y) / 2, 12);
  return cubic(p0, { x: p0.x, y: p0.y - dy }, { x: p1.x, y: p1.y + dy }, p1);
}

export function routeBetween(a: Rect, b: Rect): Route {
  const aRight = a.x + a.width;
  const bRight = b.x + b.width;
  const acy = a.y + a.height / 2;
  const bcy = b.y + b.height / 2;

  // Side by side: right border → left border (or the reverse).
  if (b.x - aRight >= MIN_GAP) {
    const p0 = { x: aRight, y: acy };
    const p1 = { x: b.x, y: bcy };
    const dx = Math.max((p1.x - p0.x) / 2, 16);
    return cubic(p0, { x: p0.x + dx, y: p0.y }, { x: p1.x - dx, y: p1.y }, p1);
  }
  if (a.x - bRight >= MIN_GAP) {
    const p0 = { x: a.x, y: acy };
    const p1 = { x: bRight, y: bcy };
    const dx = Math.max((p0.x - p1.x) / 2, 16);
    return cubic(p0, { x: p0.x - dx, y: p0.y }, { x: p1.x + dx, y: p1.y }, p1);
  }
  // One above the other: bottom border → top border (or the reverse), at the
  // middle of their horizontal overlap when they have one.
  const v = verticalPlan(a, b);
  if (v) return verticalRoute(a, b, v.fromX, v.toX);
  // Overlapping or touching boxes: a straight segment between the borders.
  const bc = { x: b.x + b.width / 2, y: bcy };
  const ac = { x: a.x + a.width / 2, y: acy };
  const p0 = clipToBorder(a, bc);
  const p1 = clipToBorder(b, ac);
  const third = { x: (p1.x - p0.x) / 3, y: (p1.y - p0.y) / 3 };
  return cubic(p0, { x: p0.x + third.x, y: p0.y + third.y }, { x: p1.x - third.x, y: p1.y - third.y }, p1);
}
