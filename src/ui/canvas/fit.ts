import type { useReactFlow } from '@xyflow/react';
import type { Geometry, Rect } from '../../layout/geometry';

export const FIT_PADDING = 0.02;

/** Shows the whole diagram (its page, not only its steps). */
export function fitDiagram(flow: Pick<ReturnType<typeof useReactFlow>, 'fitBounds'>, g: Geometry, duration = 0) {
  return flow.fitBounds({ x: 0, y: 0, width: g.width, height: g.height }, { padding: FIT_PADDING, duration });
}

/** Centres the view on a box (a step), keeping the zoom. */
export function centreOn(flow: Pick<ReturnType<typeof useReactFlow>, 'setCenter' | 'getZoom'>, box: Rect) {
  return flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: flow.getZoom(), duration: 0 });
}

export type View = { readonly x: number; readonly y: number; readonly zoom: number };
export type Size = { readonly width: number; readonly height: number };

/** Room kept between a box brought into view and the canvas's edge, in screen pixels. */
export const REVEAL_MARGIN = 24;

/** The share (0–1) of a box, in diagram coordinates, that is inside a canvas of `pane` size. */
export function shareInSight(view: View, box: Rect, pane: Size): number {
  const x0 = box.x * view.zoom + view.x;
  const y0 = box.y * view.zoom + view.y;
  const w = box.width * view.zoom;
  const h = box.height * view.zoom;
  if (w <= 0 || h <= 0) return 1;
  const seen = (a0: number, size: number, room: number) => Math.max(0, Math.min(a0 + size, room) - Math.max(a0, 0));
  return (seen(x0, w, pane.width) * seen(y0, h, pane.height)) / (w * h);
}

/** The offset that brings [a0, a1] inside [0, size] with the margin: 0 when it is inside, else no more than it takes. */
function shiftInto(a0: number, a1: number, size: number, margin: number): number {
  if (a1 - a0 > size - 2 * margin || a0 < margin) return margin - a0; // too big: its start is shown
  if (a1 > size - margin) return size - margin - a1;
  return 0;
}

/**
 * The view moved by no more than it takes to show the whole box (at the same
 * zoom, with a margin), or null when the box is in sight enough: `need` is the
 * share of it that must be seen (1: all of it). (The minimap never covers a
 * step, so only the canvas's edges count.)
 */
export function revealBox(view: View, box: Rect, pane: Size, need = 1): View | null {
  if (shareInSight(view, box, pane) >= need - 1e-9) return null;
  const margin = Math.min(REVEAL_MARGIN, pane.width / 8, pane.height / 8);
  const x0 = box.x * view.zoom + view.x;
  const y0 = box.y * view.zoom + view.y;
  const dx = shiftInto(x0, x0 + box.width * view.zoom, pane.width, margin);
  const dy = shiftInto(y0, y0 + box.height * view.zoom, pane.height, margin);
  if (dx === 0 && dy === 0) return null;
  return { x: view.x + dx, y: view.y + dy, zoom: view.zoom };
}
