/**
 * Present mode's camera: which part of the diagram fills the screen at a
 * stop, as a scale and a translation (screen px = diagram px × scale +
 * translation). Pure.
 *
 * - The title, and the steps outside the phases, show the whole diagram.
 * - A phase shows its column, from its header strip down to the depth band,
 *   as large as the screen allows.
 * - A step is a close-up: its phase's column (or, outside every phase, the
 *   space around it) across the lanes of the step and of the steps its arrows
 *   join — larger type than a whole column allows.
 * - The lane titles stay pinned at the left edge of the screen (`pinnedX`),
 *   so a column far to the right still says which row is which; in a
 *   close-up the depth band stays pinned at the bottom (`bandY`), so the lit
 *   level is always in view.
 */
import type { DepthGeometry, Geometry, Rect } from '../../layout/geometry';
import type { Reveal, Stop } from '../../layout/stops';

export type Viewport = { readonly width: number; readonly height: number };

export type Camera = {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
  /** where the pinned lane titles' left edge is on screen; null: not pinned (the whole diagram shows) */
  readonly pinnedX: number | null;
  /** where the depth band's top is on screen: its own place, or pinned at the bottom in a close-up; null: no band */
  readonly bandY: number | null;
  /** the band is away from its own place, at the bottom of the screen (a close-up) */
  readonly bandPinned: boolean;
  /** the rows shown (diagram px): a column's rows band, a close-up's whole lanes; null: everything */
  readonly rows: { readonly top: number; readonly bottom: number } | null;
};

/** Screen px kept free around what the camera fits. */
export const CAMERA_MARGIN = 10;
/** Diagram px around a column, so its edges and the neighbours' start show. */
const PAD = 8;
/** A month-wide phase is not blown up beyond this. */
export const MAX_SCALE = 2.2;
/** Diagram px between a close-up and the depth band pinned below it. */
const BAND_GAP = 12;
/** Diagram px either side of a step outside every phase. */
const AROUND_STEP = 240;

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/** The depth band's height with its title beside it (a long title can stand taller than the band). */
export const depthHeight = (depth: DepthGeometry) => Math.max(depth.height, depth.header.height);

/** The diagram's rows from the phase headers to the depth band (what a column shows vertically). */
export function rowsBand(g: Geometry): { top: number; bottom: number } {
  const tops = [g.axis.y, g.body.y, ...g.phases.map((p) => p.header.y)];
  const bottoms = [g.body.y + g.body.height, g.axis.y + g.axis.height];
  if (g.depth) bottoms.push(g.depth.y + depthHeight(g.depth));
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
  const across = col ? union(col, s) : { x: s.x - AROUND_STEP, y: top, width: s.width + 2 * AROUND_STEP, height: 0 };
  const rows = closeUpRows(g, s.id, s.lane);
  if (rows === null) return { ...across, y: top, height: bottom - top };
  return { x: across.x, y: rows.top, width: across.width, height: rows.bottom - rows.top };
}

/** The lanes of a step and of the steps its arrows join, top to bottom (diagram px); null: no lane found. */
export function closeUpRows(g: Geometry, stepId: string, laneId: string): { top: number; bottom: number } | null {
  const laneOf = new Map(g.steps.map((s) => [s.id, s.lane]));
  const lanes = new Set([laneId]);
  for (const l of g.links) {
    const other = l.from === stepId ? l.to : l.to === stepId ? l.from : null;
    const lane = other === null ? undefined : laneOf.get(other);
    if (lane !== undefined) lanes.add(lane);
  }
  const shown = g.lanes.filter((l) => lanes.has(l.id));
  if (shown.length === 0) return null;
  return { top: Math.min(...shown.map((l) => l.y)), bottom: Math.max(...shown.map((l) => l.y + l.height)) };
}

export function cameraFor(g: Geometry, focus: Rect | null, view: Viewport): Camera {
  const m = CAMERA_MARGIN;
  const w = Math.max(1, view.width);
  const h = Math.max(1, view.height);
  const pinned = pinnedColumn(g);
  const depth = g.depth;
  if (focus === null || pinned === null) {
    const scale = Math.max(0.05, Math.min((w - 2 * m) / g.width, (h - 2 * m) / g.height));
    const y = (h - g.height * scale) / 2;
    return { scale, x: (w - g.width * scale) / 2, y, pinnedX: null, bandY: depth ? y + depth.y * scale : null, bandPinned: false, rows: null };
  }
  const region = { x: focus.x - PAD, y: focus.y - PAD, width: focus.width + 2 * PAD, height: focus.height + 2 * PAD };
  // a region that ends above the depth band (a close-up) keeps room for the band at the bottom of the screen
  const pinBand = depth !== null && region.y + region.height < depth.y;
  const band = pinBand ? depthHeight(depth) + BAND_GAP : 0;
  const scale = Math.max(0.05, Math.min((w - 2 * m) / (pinned.width + region.width), (h - 2 * m) / (region.height + band), MAX_SCALE));
  const column = rowsBand(g);
  // a close-up shows whole lanes and nothing of the next (its edges are the lanes' own lines)
  const shown = pinBand
    ? widenToWholeRows(g, { top: focus.y, bottom: focus.y + focus.height }, (h - 2 * m) / scale - band - 2 * PAD)
    : { top: Math.min(column.top, focus.y) - PAD, bottom: Math.max(column.bottom, focus.y + focus.height) + PAD };
  // the region centred in the room right of the pinned titles (and above a pinned band)
  const roomLeft = m + pinned.width * scale;
  const x = (roomLeft + (w - m)) / 2 - (region.x + region.width / 2) * scale;
  const y = (h - band * scale) / 2 - ((shown.top + shown.bottom) / 2) * scale;
  // the titles never stand left of where the diagram's own are (they cover them exactly there)
  const pinnedX = Math.max(m, x + pinned.left * scale);
  const bandY = depth === null ? null : pinBand ? h - m - depthHeight(depth) * scale : y + depth.y * scale;
  return { scale, x, y, pinnedX, bandY, bandPinned: pinBand, rows: shown };
}

/**
 * A close-up's rows, widened by the whole lane next to it above or below
 * (the smaller first; above the first lane, the phase headers and the time
 * axis) while they fit in `room` diagram px: no lane is cut in half.
 */
export function widenToWholeRows(g: Geometry, core: { top: number; bottom: number }, room: number): { top: number; bottom: number } {
  const { top: headTop } = rowsBand(g);
  const lanes = [...g.lanes].sort((a, b) => a.y - b.y);
  const first = lanes[0];
  const blocks = [...(first ? [{ top: headTop, bottom: first.y }] : []), ...lanes.map((l) => ({ top: l.y, bottom: l.y + l.height }))];
  let { top, bottom } = core;
  for (;;) {
    const below = blocks.filter((b) => b.top >= bottom - 1).sort((a, b) => a.top - b.top)[0];
    const above = blocks.filter((b) => b.bottom <= top + 1).sort((a, b) => b.bottom - a.bottom)[0];
    const fits = (b: { top: number; bottom: number } | undefined): b is { top: number; bottom: number } =>
      b !== undefined && Math.max(bottom, b.bottom) - Math.min(top, b.top) <= room;
    const size = (b: { top: number; bottom: number }) => b.bottom - b.top;
    const candidates = [below, above].filter(fits).sort((a, b) => size(a) - size(b));
    const next = candidates[0];
    if (next === undefined) return { top, bottom };
    top = Math.min(top, next.top);
    bottom = Math.max(bottom, next.bottom);
  }
}
