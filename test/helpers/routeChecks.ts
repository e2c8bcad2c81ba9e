/**
 * Measuring arrows as drawn: SVG path data sampled densely (M L H V C Q A Z,
 * absolute and relative), and the checks the routing promises — no arrow
 * under a box that is not one of its ends, enough of each arrow outside every
 * box to see and click it, no two arrows along one line, arrow labels clear
 * of boxes and of each other. Independent of the router: it reads only the
 * path data and the boxes.
 */
import type { Geometry, Point, Rect, TextBlock } from '../../src/layout/geometry';
import { linkLabelBox } from '../../src/scene/links';

type Cmd = { c: string; args: number[] };

function parse(d: string): Cmd[] {
  const out: Cmd[] = [];
  const re = /([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)/g;
  for (const m of d.matchAll(re)) {
    const nums = (m[2]!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    out.push({ c: m[1]!, args: nums });
  }
  return out;
}

const ARGS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/** Points along the path, about `step` px apart (and every vertex). */
export function samplePath(d: string, step = 0.5): Point[] {
  const pts: Point[] = [];
  let cur = { x: 0, y: 0 };
  let start = { x: 0, y: 0 };
  const line = (to: Point) => {
    const n = Math.max(1, Math.ceil(Math.hypot(to.x - cur.x, to.y - cur.y) / step));
    for (let i = 1; i <= n; i++) pts.push({ x: cur.x + ((to.x - cur.x) * i) / n, y: cur.y + ((to.y - cur.y) * i) / n });
    cur = to;
  };
  const curve = (f: (t: number) => Point, approxLen: number) => {
    const n = Math.max(4, Math.ceil(approxLen / step) * 2);
    for (let i = 1; i <= n; i++) pts.push(f(i / n));
    cur = f(1);
  };
  for (const { c, args } of parse(d)) {
    const lower = c.toLowerCase();
    const rel = c !== c.toUpperCase();
    const k = ARGS[lower]!;
    if (lower === 'z') {
      line(start);
      continue;
    }
    for (let i = 0; i + k <= args.length; i += k) {
      const a = args.slice(i, i + k);
      const ox = rel ? cur.x : 0;
      const oy = rel ? cur.y : 0;
      if (lower === 'm') {
        if (i === 0) {
          cur = { x: a[0]! + ox, y: a[1]! + oy };
          start = cur;
          pts.push(cur);
        } else line({ x: a[0]! + ox, y: a[1]! + oy });
      } else if (lower === 'l' || lower === 't') line({ x: a[0]! + ox, y: a[1]! + oy });
      else if (lower === 'h') line({ x: a[0]! + ox, y: cur.y });
      else if (lower === 'v') line({ x: cur.x, y: a[0]! + oy });
      else if (lower === 'c' || lower === 's') {
        const p0 = cur;
        const [c1, c2, p1] =
          lower === 'c'
            ? [{ x: a[0]! + ox, y: a[1]! + oy }, { x: a[2]! + ox, y: a[3]! + oy }, { x: a[4]! + ox, y: a[5]! + oy }]
            : [p0, { x: a[0]! + ox, y: a[1]! + oy }, { x: a[2]! + ox, y: a[3]! + oy }];
        const len = Math.hypot(c1.x - p0.x, c1.y - p0.y) + Math.hypot(c2.x - c1.x, c2.y - c1.y) + Math.hypot(p1.x - c2.x, p1.y - c2.y);
        curve((t) => {
          const u = 1 - t;
          return {
            x: u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p1.x,
            y: u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p1.y,
          };
        }, len);
      } else if (lower === 'q') {
        const p0 = cur;
        const c1 = { x: a[0]! + ox, y: a[1]! + oy };
        const p1 = { x: a[2]! + ox, y: a[3]! + oy };
        const len = Math.hypot(c1.x - p0.x, c1.y - p0.y) + Math.hypot(p1.x - c1.x, p1.y - c1.y);
        curve((t) => {
          const u = 1 - t;
          return { x: u * u * p0.x + 2 * u * t * c1.x + t * t * p1.x, y: u * u * p0.y + 2 * u * t * c1.y + t * t * p1.y };
        }, len);
      } else if (lower === 'a') {
        const p1 = { x: a[5]! + ox, y: a[6]! + oy };
        arc(cur, a[0]!, a[1]!, a[2]!, a[3]! !== 0, a[4]! !== 0, p1, (f, len) => curve(f, len), line);
      }
    }
  }
  return pts;
}

/** SVG arc (endpoint parameterisation, SVG 1.1 F.6.5) sampled through `curve`. */
function arc(
  p0: Point,
  rx0: number,
  ry0: number,
  phiDeg: number,
  large: boolean,
  sweep: boolean,
  p1: Point,
  curve: (f: (t: number) => Point, len: number) => void,
  line: (to: Point) => void,
) {
  let rx = Math.abs(rx0);
  let ry = Math.abs(ry0);
  if (rx === 0 || ry === 0 || (p0.x === p1.x && p0.y === p1.y)) return line(p1);
  const phi = (phiDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (p0.x - p1.x) / 2;
  const dy = (p0.y - p1.y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const coef = (large !== sweep ? 1 : -1) * Math.sqrt(Math.max(0, num / den));
  const cx1 = (coef * rx * y1) / ry;
  const cy1 = (-coef * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (p0.x + p1.x) / 2;
  const cy = sin * cx1 + cos * cy1 + (p0.y + p1.y) / 2;
  const ang = (ux: number, uy: number, vx: number, vy: number) => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const t1 = ang(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let dt = ang((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && dt > 0) dt -= 2 * Math.PI;
  if (sweep && dt < 0) dt += 2 * Math.PI;
  curve((t) => {
    const a = t1 + dt * t;
    return { x: cx + rx * Math.cos(a) * cos - ry * Math.sin(a) * sin, y: cy + rx * Math.cos(a) * sin + ry * Math.sin(a) * cos };
  }, Math.abs(dt) * Math.max(rx, ry));
}

const strictlyInside = (p: Point, r: Rect, inset: number) =>
  p.x > r.x + inset && p.x < r.x + r.width - inset && p.y > r.y + inset && p.y < r.y + r.height - inset;

export type RouteProblem = { readonly link: string; readonly kind: string; readonly detail: string };

/** The box of a link label as every output draws it (scene/links.ts: widest line + 3 px each side). */
export function labelRect(label: TextBlock): Rect {
  const { x, y, width, height } = linkLabelBox(label);
  return { x, y, width, height };
}

const rectsOverlap = (a: Rect, b: Rect, tol = 0) =>
  a.x < b.x + b.width - tol && b.x < a.x + a.width - tol && a.y < b.y + b.height - tol && b.y < a.y + a.height - tol;

export type CheckOptions = {
  /** how deep a path may go into a box that is not its end before it counts (px; the stroke's half width) */
  readonly inset?: number;
  /** length an arrow must have outside every box */
  readonly minOutside?: number;
  /** collinear overlap two arrows may have before it counts as a shared segment */
  readonly maxShared?: number;
};

/**
 * Every problem of the geometry's arrows:
 * - `under-box`: a sampled point of the path lies inside a box that is not one of its ends;
 * - `hidden`: less than `minOutside` px of the path lies outside every box;
 * - `shared`: two paths run along one line (within 1 px, same direction) for more than `maxShared` px;
 * - `label-box` / `label-label` / `label-lane` / `label-text`: an arrow label overlaps a box, another arrow
 *   label, a lane header, or the axis, a phase header, the depth band or the legend.
 */
export function routeProblems(g: Geometry, opts: CheckOptions = {}): RouteProblem[] {
  const inset = opts.inset ?? 1;
  const minOutside = opts.minOutside ?? 16;
  const maxShared = opts.maxShared ?? 4;
  const problems: RouteProblem[] = [];
  const cell = 40;
  const grid = new Map<string, Rect[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  for (const s of g.steps) {
    for (let i = Math.floor(s.x / cell); i <= Math.floor((s.x + s.width) / cell); i++)
      for (let j = Math.floor(s.y / cell); j <= Math.floor((s.y + s.height) / cell); j++) {
        const k = key(i, j);
        grid.set(k, [...(grid.get(k) ?? []), s]);
      }
  }
  const boxesAt = (p: Point) => grid.get(key(Math.floor(p.x / cell), Math.floor(p.y / cell))) ?? [];
  const step = 0.5;
  const sampled = g.links.map((l) => samplePath(l.path, step));
  g.links.forEach((l, li) => {
    const pts = sampled[li]!;
    let outside = 0;
    const seen = new Set<string>();
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i]!;
      let inAny = false;
      for (const b of boxesAt(p) as (Rect & { id: string })[]) {
        if (strictlyInside(p, b, -1e-9)) inAny = true;
        if (b.id === l.from || b.id === l.to) continue;
        if (strictlyInside(p, b, inset) && !seen.has(b.id)) {
          seen.add(b.id);
          problems.push({ link: l.id, kind: 'under-box', detail: `${l.from}→${l.to} passes under ${b.id} at ${p.x.toFixed(1)},${p.y.toFixed(1)}` });
        }
      }
      if (!inAny && i > 0) outside += Math.hypot(p.x - pts[i - 1]!.x, p.y - pts[i - 1]!.y);
    }
    if (outside < minOutside) problems.push({ link: l.id, kind: 'hidden', detail: `${l.from}→${l.to}: only ${outside.toFixed(1)} px outside the boxes` });
  });
  // shared segments: sample points of one path within 1 px of another's, heading the same way (or the opposite)
  const pcell = 4;
  const index = new Map<string, { li: number; i: number }[]>();
  sampled.forEach((pts, li) =>
    pts.forEach((p, i) => {
      const k = key(Math.floor(p.x / pcell), Math.floor(p.y / pcell));
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push({ li, i });
    }),
  );
  const dir = (pts: Point[], i: number) => {
    const a = pts[Math.max(0, i - 1)]!;
    const b = pts[Math.min(pts.length - 1, i + 1)]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  };
  const reported = new Set<string>();
  sampled.forEach((pts, li) => {
    const run = new Map<number, number>();
    pts.forEach((p, i) => {
      const d = dir(pts, i);
      const near = new Set<number>();
      const ci = Math.floor(p.x / pcell);
      const cj = Math.floor(p.y / pcell);
      for (let a = ci - 1; a <= ci + 1; a++)
        for (let b = cj - 1; b <= cj + 1; b++)
          for (const o of index.get(key(a, b)) ?? []) {
            if (o.li === li || near.has(o.li)) continue;
            const q = sampled[o.li]![o.i]!;
            if (Math.hypot(q.x - p.x, q.y - p.y) > 1) continue;
            const e = dir(sampled[o.li]!, o.i);
            if (Math.abs(d.x * e.x + d.y * e.y) > 0.98) near.add(o.li);
          }
      for (const o of [...run.keys()]) if (!near.has(o)) run.delete(o);
      for (const o of near) {
        const len = (run.get(o) ?? 0) + step;
        run.set(o, len);
        const pair = [Math.min(li, o), Math.max(li, o)].join('|');
        if (len > maxShared && !reported.has(pair)) {
          reported.add(pair);
          const a = g.links[li]!;
          const b = g.links[o]!;
          problems.push({ link: a.id, kind: 'shared', detail: `${a.id} (${a.from}→${a.to}) and ${b.id} (${b.from}→${b.to}) share a segment near ${p.x.toFixed(1)},${p.y.toFixed(1)}` });
        }
      }
    });
  });
  const labels = g.links.filter((l) => l.label).map((l) => ({ id: l.id, rect: labelRect(l.label!) }));
  labels.forEach((a, i) => {
    for (const s of g.steps) if (rectsOverlap(a.rect, s)) problems.push({ link: a.id, kind: 'label-box', detail: `label of ${a.id} over ${s.id}` });
    for (const lane of g.lanes)
      if (rectsOverlap(a.rect, lane.header)) problems.push({ link: a.id, kind: 'label-lane', detail: `label of ${a.id} over the header of ${lane.id}` });
    for (const b of labels.slice(i + 1)) if (rectsOverlap(a.rect, b.rect)) problems.push({ link: a.id, kind: 'label-label', detail: `labels of ${a.id} and ${b.id} overlap` });
    const text: [string, Rect | null][] = [
      ['the axis', g.axis],
      ...g.phases.map((ph): [string, Rect] => [`the header of phase ${ph.id}`, ph.header]),
      ['the depth band', g.depth],
      ['the legend', g.legend],
    ];
    for (const [what, r] of text) if (r && rectsOverlap(a.rect, r)) problems.push({ link: a.id, kind: 'label-text', detail: `label of ${a.id} over ${what}` });
  });
  return problems;
}

/**
 * Arrows that leave a box from behind (its left side) or enter one at its
 * right side: time reads left to right, so an arrow leaves at the right side,
 * the bottom or the top, and enters at the left side, the top or the bottom.
 */
export function sideProblems(g: Geometry): RouteProblem[] {
  const box = new Map(g.steps.map((s) => [s.id, s]));
  const onSide = (p: Point, r: Rect, x: number) => Math.abs(p.x - x) < 0.01 && p.y > r.y + 0.01 && p.y < r.y + r.height - 0.01;
  const out: RouteProblem[] = [];
  for (const l of g.links) {
    const a = box.get(l.from);
    const b = box.get(l.to);
    if (!a || !b) continue;
    if (onSide(l.start, a, a.x)) out.push({ link: l.id, kind: 'from-behind', detail: `${l.from}→${l.to} leaves ${l.from} at its left side` });
    if (onSide(l.end, b, b.x + b.width)) out.push({ link: l.id, kind: 'enters-right', detail: `${l.from}→${l.to} enters ${l.to} at its right side` });
  }
  return out;
}
