/**
 * Present mode's marks over the scene (the view state of a presentation: what is revealed, the stop, the
 * lit depth level): white veils over what is not yet revealed, the frame around the stop, the lit level's
 * outline, and the white under the titles and band pinned to the screen's edges. Plain shapes like the rest
 * of the scene; present mode draws them through ui/canvas/Primitives.tsx. The `className`s let its style
 * sheet animate them (opacity, fill-opacity) and keep them from taking the pointer.
 */
import type { PhaseGeometry, Rect, StepGeometry } from '../layout/geometry';
import { LEVEL_VEIL, PHASE_FRAME_INSET, PHASE_VEIL, STEP_FRAME_GAP, STEP_RADIUS, STOP_COLOR, STOP_WIDTH } from './drawing';
import type { RectPrimitive } from './primitives';

/** White over a phase's column, see-through once it is revealed. */
export function phaseVeil(p: PhaseGeometry, revealed: boolean): RectPrimitive {
  return { kind: 'rect', x: p.x, y: p.y, width: p.width, height: p.height, fill: '#ffffff', opacity: revealed ? 0 : PHASE_VEIL, className: 'polku-present-dim' };
}

/** The frame around the phase that is the stop, inside its column (under the arrows and steps: it runs through no title). */
export function phaseFrame(p: PhaseGeometry): RectPrimitive {
  const i = PHASE_FRAME_INSET;
  return { kind: 'rect', x: p.x + i, y: p.y + i, width: p.width - 2 * i, height: p.height - 2 * i, rx: 4, stroke: STOP_COLOR, strokeWidth: STOP_WIDTH, className: 'polku-present-frame' };
}

/** The frame around the step that is the stop, outside its box. */
export function stepFrame(s: StepGeometry): RectPrimitive {
  const gap = STEP_FRAME_GAP;
  return {
    kind: 'rect',
    x: s.x - gap,
    y: s.y - gap,
    width: s.width + 2 * gap,
    height: s.height + 2 * gap,
    rx: STEP_RADIUS + gap - 1,
    stroke: STOP_COLOR,
    strokeWidth: STOP_WIDTH,
    className: 'polku-present-frame',
  };
}

/** White over a depth level (the part of it `box` leaves clear of the pinned titles), see-through and outlined when lit. */
export function levelVeil(box: { index: number; x: number; width: number }, band: Pick<Rect, 'y' | 'height'>, lit: boolean): RectPrimitive {
  return {
    kind: 'rect',
    x: box.x,
    y: band.y,
    width: box.width,
    height: band.height,
    fill: '#ffffff',
    fillOpacity: lit ? 0 : LEVEL_VEIL,
    ...(lit ? { stroke: STOP_COLOR, strokeWidth: STOP_WIDTH } : {}),
    className: 'polku-present-level',
    data: { 'data-depth-level': box.index, 'data-lit': lit ? 'true' : 'false' },
  };
}

/** White under what is pinned to the screen's edge (the lane titles, the depth band): what passes behind it is hidden. */
export function pinnedCover(r: Rect): RectPrimitive {
  return { kind: 'rect', ...r, fill: '#ffffff' };
}
