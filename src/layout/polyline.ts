/** Orthogonal polylines drawn as SVG path data with rounded corners. */
import type { Point } from './geometry';

/** Corner radius of a routed arrow (px); smaller where a segment is short. */
export const CORNER = 6;

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The points without repeats and without middle points of straight stretches. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = out[out.length - 2];
    if (prev && last) {
      const cross = (last.x - prev.x) * (p.y - last.y) - (last.y - prev.y) * (p.x - last.x);
      const dot = (last.x - prev.x) * (p.x - last.x) + (last.y - prev.y) * (p.y - last.y);
      if (Math.abs(cross) < 0.01 && dot >= 0) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** `M … L … Q …` through the points, each corner rounded by up to CORNER px (never more than half a segment). */
export function roundedPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const p0 = points[0]!;
  let d = `M${r2(p0.x)},${r2(p0.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const c = points[i]!;
    const b = points[i + 1]!;
    const la = Math.hypot(c.x - a.x, c.y - a.y);
    const lb = Math.hypot(b.x - c.x, b.y - c.y);
    const r = Math.min(CORNER, la / 2, lb / 2);
    const inP = { x: c.x + ((a.x - c.x) / la) * r, y: c.y + ((a.y - c.y) / la) * r };
    const outP = { x: c.x + ((b.x - c.x) / lb) * r, y: c.y + ((b.y - c.y) / lb) * r };
    d += ` L${r2(inP.x)},${r2(inP.y)} Q${r2(c.x)},${r2(c.y)} ${r2(outP.x)},${r2(outP.y)}`;
  }
  const last = points[points.length - 1]!;
  d += ` L${r2(last.x)},${r2(last.y)}`;
  return d;
}
