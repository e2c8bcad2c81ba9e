/**
 * Present mode's camera: which part of the diagram fills the screen at a
 * stop, as a scale and a translation (screen px = diagram px × scale +
 * translation). Pure.
 *
 * - The title, and the steps outside the phases, show the whole diagram.
 * - A phase shows its column, from its header strip down to the depth band,
 *   as large as the screen allows; a step shows its phase's column (with the
 *   step) or, outside every phase, the space around it.
 * - The lane titles stay pinned at the left edge of the screen (`pinnedX`),
 *   so a column far to the right still says which row is which.
 */
import type { Geometry, Rect } from '../../layout/geometry';
import type { Reveal, Stop } from '../../layout/stops';

export type Viewport = { readonly width: number; readonly height: number };

export type Camera = {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  /** where the pinned lane titles' left edge is on screen; null: not pinned (the whole diagram shows) */
  readonly pinnedX: number | null;
};

/** Screen px kept free around what the camera fits. */
export const CAMERA_MARGIN = 10;
/** Diagram px around a column, so its edges and the neighbours' start show. */
const PAD = 8;
/** A month-wide phase is not blown up beyond this. */
export const MAX_SCALE = 2.2;
/** Diagram px either side of a step outside every phase. */
const AROUND_STEP = 240;

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** The diagram's rows from the phase headers to the depth band (what a column shows vertically). */
export function rowsBand(g: Geometry): { top: number; bottom: number } {
  const tops = [g.axis.y, g.body.y, ...g.phases.map((p) => p.header.y)];
  const bottoms = [g.body.y + g.body.height, g.axis.y + g.axis.height];
  if (g.depth) bottoms.push(g.depth.y + g.depth.height);
  return { top: Math.min(...tops), bottom: Math.max(...bottoms) };
}

/** The lane titles' column: from the first title's left to where the time axis begins (diagram px). */
export function pinnedColumn(g: Geometry): { left: number; width: number } | null {
  const first = g.lanes[0];
  if (first === undefined) return null;
  const left = Math.min(...g.lanes.map((l) => l.header.x), g.depth ? g.depth.header.x : Number.POSITIVE_INFINITY);
  return { left, width: Math.max(0, g.axis.x0 - left) };
}

/** What the camera fits at a stop, or null for the whole diagram. */
export function focusOf(g: Geometry, stop: Stop | undefined, reveal: Reveal): Rect | null {
  if (stop === undefined || stop.kind === 'title' || stop.kind === 'rest') return null;
  const { top, bottom } = rowsBand(g);
  const column = (id: string | null): Rect | null => {
    const p = id === null ? undefined : g.phases.find((x) => x.id === id);
    return p ? { x: p.x, y: top, width: p.width, height: bottom - top } : null;
  };
  if (stop.kind === 'phase') return column(stop.phaseId);
  const s = g.steps.find((x) => x.id === stop.stepId);
  const col = column(reveal.currentPhaseId);
  if (s === undefined) return col;
  const around: Rect = { x: s.x - AROUND_STEP, y: top, width: s.width + 2 * AROUND_STEP, height: bottom - top };
  return col ? union(col, s) : around;
}

export function cameraFor(g: Geometry, focus: Rect | null, view: Viewport): Camera {
  const m = CAMERA_MARGIN;
  const w = Math.max(1, view.width);
  const h = Math.max(1, view.height);
  const pinned = pinnedColumn(g);
  if (focus === null || pinned === null) {
    const scale = Math.max(0.05, Math.min((w - 2 * m) / g.width, (h - 2 * m) / g.height));
    return { scale, x: (w - g.width * scale) / 2, y: (h - g.height * scale) / 2, pinnedX: null };
  }
  const region = { x: focus.x - PAD, y: focus.y - PAD, width: focus.width + 2 * PAD, height: focus.height + 2 * PAD };
  const scale = Math.max(0.05, Math.min((w - 2 * m) / (pinned.width + region.width), (h - 2 * m) / region.height, MAX_SCALE));
  // the region centred in the room right of the pinned titles
  const roomLeft = m + pinned.width * scale;
  const x = (roomLeft + (w - m)) / 2 - (region.x + region.width / 2) * scale;
  const y = h / 2 - (region.y + region.height / 2) * scale;
  // the titles never stand left of where the diagram's own are (they cover them exactly there)
  const pinnedX = Math.max(m, x + pinned.left * scale);
  return { scale, x, y, pinnedX };
}
