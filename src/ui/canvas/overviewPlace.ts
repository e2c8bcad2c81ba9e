/**
 * Where the minimap goes (OverviewMap.tsx): pure measures of the view, in
 * screen pixels relative to the canvas.
 */
import type { Rect } from '../../layout/geometry';
import { overlaps } from '../../layout/rect';

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/** The map's size (about the diagram's shape, so that little of it is empty) and its distance from the canvas's edges, in screen pixels. */
export const MAP = { width: 184, height: 108, edge: 12 };
/** The whole block: the map with its hide button in its corner. */
export const BLOCK = { width: MAP.width + 2, height: MAP.height + 2 };

/** Where the block sits in a canvas of `width` × `height` (screen pixels relative to the canvas). */
export function cornerRect(corner: Corner, width: number, height: number): Rect {
  const x = corner.endsWith('right') ? width - MAP.edge - BLOCK.width : MAP.edge;
  const y = corner.startsWith('bottom') ? height - MAP.edge - BLOCK.height : MAP.edge;
  return { x, y, width: BLOCK.width, height: BLOCK.height };
}


/**
 * The first corner, `current` first, where the block covers no step box of
 * `boxes` (diagram coordinates) under the view `transform`; null when every
 * corner holds one.
 */
export function freeCorner(
  boxes: readonly Rect[],
  transform: readonly [number, number, number],
  width: number,
  height: number,
  current: Corner | null,
): Corner | null {
  const [tx, ty, zoom] = transform;
  const order = current ? [current, ...CORNERS.filter((c) => c !== current)] : CORNERS;
  for (const corner of order) {
    const r = cornerRect(corner, width, height);
    // the block in diagram coordinates, so the boxes need no converting
    const inDiagram = { x: (r.x - tx) / zoom, y: (r.y - ty) / zoom, width: r.width / zoom, height: r.height / zoom };
    if (!boxes.some((b) => overlaps(b, inDiagram))) return corner;
  }
  return null;
}
