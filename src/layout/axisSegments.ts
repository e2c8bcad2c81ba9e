/**
 * The axis as pieces of true time: a list of segments, each mapping the
 * instants [t0, t1) linearly onto [x0, x1]. In time mode there is one
 * segment; "by phase" (`axis.mode: "phases"`, as people draw these paths by
 * hand) gives each phase — or the union of phases that overlap — room by its
 * content, and the time between and outside phases a true-time scale at one
 * compressed rate. Where the rate changes, the axis has a break (drawn `//`).
 *
 * Plain data, so that the geometry stays serialisable and place.ts can map x
 * back to dates without the layout.
 */
import type { Diagram } from '../model/types';
import type { AxisSegment } from './geometry';
import { STYLE as S } from './style';
import { endTimeExclusive, startTime } from './time';

export type { AxisSegment } from './geometry';

/** A phase gets room for at least this many default-width boxes side by side. */
const MIN_PHASE_BOXES = 2;
/** Steps of one lane within a phase share its room in this many rows (lanes stack overlapping boxes). */
const ROWS_PER_LANE = 2;
/** A box starting within the first quarter of the last piece widens it; a later one lengthens the axis in time. */
const LAST_EARLY = 0.25;
/** Time outside phases runs at this fraction of the whole axis's true-time rate … */
const GAP_RATE = 0.3;
/** … and takes at most this share of the axis … */
const GAP_SHARE_MAX = 0.25;
/** … but each gap at least this many px, so that its break marks have room. */
const GAP_MIN_PX = 10;

/** The x of the instant t; beyond either end the first or last segment's rate continues. */
export function xOnSegments(segments: readonly AxisSegment[], t: number): number {
  const s = segmentOf(segments, (seg) => seg.t1, t);
  return s.x0 + ((t - s.t0) / (s.t1 - s.t0)) * (s.x1 - s.x0);
}

/** The instant at x (the inverse of xOnSegments). */
export function timeOnSegments(segments: readonly AxisSegment[], x: number): number {
  const s = segmentOf(segments, (seg) => seg.x1, x);
  return s.t0 + ((x - s.x0) / (s.x1 - s.x0)) * (s.t1 - s.t0);
}

/** The segment whose [start, end) holds v (by `end`); the first before, the last after. */
function segmentOf(segments: readonly AxisSegment[], end: (s: AxisSegment) => number, v: number): AxisSegment {
  for (const s of segments) if (v < end(s)) return s;
  return segments[segments.length - 1]!;
}

/** The x of every inner boundary where the rate (px per ms) changes. */
export function segmentBreaks(segments: readonly AxisSegment[]): number[] {
  const rate = (s: AxisSegment) => (s.x1 - s.x0) / (s.t1 - s.t0);
  const breaks: number[] = [];
  for (let i = 1; i < segments.length; i++) {
    const a = rate(segments[i - 1]!);
    const b = rate(segments[i]!);
    if (Math.abs(a - b) > 1e-6 * Math.max(a, b)) breaks.push(segments[i]!.x0);
  }
  return breaks;
}

/** A phase union (room by its need) or a gap (compressed time, but at least the room its steps need). */
type Piece = { t0: number; t1: number; phase: boolean; need: number };

/** The phases' periods, clipped to [t0, t1), overlapping ones merged: [start, end) in time order. */
function phaseUnions(d: Diagram, t0: number, t1: number): { t0: number; t1: number }[] {
  const spans = d.phases
    .map((p) => ({
      t0: Math.max(t0, startTime(p.start)),
      // an open-ended phase runs to the axis's end; its room is still its content's
      t1: Math.min(t1, p.end === undefined ? t1 : endTimeExclusive(p.end)),
    }))
    .filter((s) => s.t1 > s.t0)
    .sort((a, b) => a.t0 - b.t0);
  const unions: { t0: number; t1: number }[] = [];
  for (const s of spans) {
    const last = unions.at(-1);
    if (last && s.t0 < last.t1) last.t1 = Math.max(last.t1, s.t1);
    else unions.push({ ...s });
  }
  return unions;
}

/**
 * The room [t0, t1) needs: its busiest lane's steps in default-width boxes,
 * two rows to a lane, at least `minBoxes` boxes (none: no room when it holds no step).
 */
function contentNeed(d: Diagram, t0: number, t1: number, minBoxes: number): number {
  const perLane = new Map<string, number>();
  for (const s of d.steps) {
    const a = startTime(s.start);
    const b = endTimeExclusive(s.end ?? s.start);
    if (a < t1 && b > t0) perLane.set(s.lane, (perLane.get(s.lane) ?? 0) + 1);
  }
  const busiest = Math.max(0, ...perLane.values());
  if (busiest === 0 && minBoxes === 0) return 0;
  const boxes = Math.max(minBoxes, 1, Math.ceil(busiest / ROWS_PER_LANE));
  return boxes * (S.stepDefaultWidth + S.stepGap);
}

/**
 * The segments of an axis from t0 (at x0) to t1 (at x1): one in time mode or
 * without phases; by phase, a segment per phase union (widths in proportion
 * to their content's need) and per gap between or outside them (one
 * compressed true-time rate).
 */
export function axisSegments(d: Diagram, t0: number, t1: number, x0: number, x1: number): AxisSegment[] {
  const whole = [{ t0, t1, x0, x1 }];
  if (d.axis?.mode !== 'phases') return whole;
  const unions = phaseUnions(d, t0, t1);
  if (unions.length === 0) return whole;
  const pieces: Piece[] = [];
  let at = t0;
  for (const u of unions) {
    if (u.t0 > at) pieces.push({ t0: at, t1: u.t0, phase: false, need: contentNeed(d, at, u.t0, 0) });
    pieces.push({ t0: u.t0, t1: u.t1, phase: true, need: contentNeed(d, u.t0, u.t1, MIN_PHASE_BOXES) });
    at = u.t1;
  }
  if (t1 > at) pieces.push({ t0: at, t1, phase: false, need: contentNeed(d, at, t1, 0) });

  const width = x1 - x0;
  const gaps = pieces.filter((p) => !p.phase);
  const gapMs = gaps.reduce((sum, p) => sum + (p.t1 - p.t0), 0);
  // one compressed rate for all gaps: a fraction of the true-time rate, within the share gaps may take
  const rate = gapMs > 0 ? Math.min((width / (t1 - t0)) * GAP_RATE, (width * GAP_SHARE_MAX) / gapMs) : 0;
  // a gap that holds steps is still given the room they need (a box wide and tall enough to read)
  const gapWidth = (p: Piece) => Math.max(GAP_MIN_PX, (p.t1 - p.t0) * rate, p.need);
  const gapsTotal = gaps.reduce((sum, p) => sum + gapWidth(p), 0);
  const needTotal = pieces.reduce((sum, p) => sum + (p.phase ? p.need : 0), 0);
  const phaseRoom = Math.max(width - gapsTotal, width / 2);
  const widths = pieces.map((p) => (p.phase ? (phaseRoom * p.need) / needTotal : gapWidth(p)));
  // (only when minimum gap widths overran their share does this differ from 1)
  const k = width / widths.reduce((sum, w) => sum + w, 0);
  const fitted = roomForLastBoxes(
    d,
    pieces,
    widths.map((w) => w * k),
  );
  const segments: AxisSegment[] = [];
  let x = x0;
  pieces.forEach((p, i) => {
    // the last segment ends exactly at x1, whatever the rounding
    const end = i === pieces.length - 1 ? x1 : x + fitted[i]!;
    segments.push({ t0: p.t0, t1: p.t1, x0: x, x1: end });
    x = end;
  });
  return segments;
}

/**
 * Boxes must fit before the axis's end. For a box starting before the last
 * piece, or early in it, the last piece grows (the others give way in
 * proportion) until the widest overhang fits, up to half the axis. A box
 * starting later in the last piece is left to makeFrame, which lengthens the
 * axis in time for it, as in true time — once the piece is wider than the box.
 */
function roomForLastBoxes(d: Diagram, pieces: readonly Piece[], widths: readonly number[]): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const last = widths.length - 1;
  let w = widths.slice();
  for (let round = 0; round < 8; round++) {
    let deficit = 0;
    for (const s of d.steps) {
      const box = s.end === undefined ? S.stepDefaultWidth : S.stepMinWidth;
      const t = startTime(s.start);
      const i = pieces.findIndex((p) => t < p.t1);
      if (i < 0) continue;
      const p = pieces[i]!;
      const f = (Math.max(t, p.t0) - p.t0) / (p.t1 - p.t0);
      const tail = total - w.slice(0, i).reduce((sum, v) => sum + v, 0) - f * w[i]!;
      if (i < last) deficit = Math.max(deficit, box - tail);
      // within the last piece, growing it by g widens the tail by g × (1 − f)
      else if (f <= LAST_EARLY) deficit = Math.max(deficit, (box - tail) / (1 - f));
      else deficit = Math.max(deficit, box + S.stepGap - w[last]!);
    }
    if (deficit < 0.5) break;
    const grown = Math.min(w[last]! + deficit, total / 2);
    if (grown <= w[last]!) break;
    const k = (total - grown) / (total - w[last]!);
    w = w.map((v, j) => (j === last ? grown : v * k));
  }
  return w;
}

/** Half the height and the slant of a break mark's strokes, and the gap between them (px). */
const MARK_HALF_HEIGHT = 6;
const MARK_SLANT = 4;
const MARK_GAP = 4;

/**
 * The marks of the axis's breaks, for every renderer alike: at each break, on
 * the axis's top and bottom lines, two slanted strokes (`//`) and the page
 * showing between them. SVG path data.
 */
export function breakMarks(axis: {
  readonly y: number;
  readonly height: number;
  readonly breaks: readonly number[];
}): { readonly key: string; readonly cover: string; readonly strokes: string }[] {
  const h = MARK_HALF_HEIGHT;
  const k = MARK_SLANT;
  const g = MARK_GAP / 2;
  const n = (v: number) => String(Math.round(v * 100) / 100);
  return axis.breaks.flatMap((x) =>
    [axis.y, axis.y + axis.height].map((y) => ({
      key: `${n(x)}:${n(y)}`,
      cover: `M${n(x - g - k)} ${n(y + h)}L${n(x - g + k)} ${n(y - h)}L${n(x + g + k)} ${n(y - h)}L${n(x + g - k)} ${n(y + h)}Z`,
      strokes: `M${n(x - g - k)} ${n(y + h)}L${n(x - g + k)} ${n(y - h)}M${n(x + g - k)} ${n(y + h)}L${n(x + g + k)} ${n(y - h)}`,
    })),
  );
}
