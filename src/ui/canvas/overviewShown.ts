/**
 * Whether the minimap is shown (OverviewMap.tsx): the person's toggle, and whether the view is zoomed in.
 * Loaded with the app; where the map goes and the map itself (OverviewCorner.tsx) load when it first shows.
 */
import { create } from 'zustand';
import type { Geometry } from '../../layout/geometry';
import type { Corner } from './overviewPlace';

/**
 * Whether the person wants the minimap (the toggle by the zoom buttons, or the map's own ×), and the corner
 * it was last in (it goes back there when it shows again, if that one is free).
 */
export const useOverviewMap = create<{ on: boolean; corner: Corner }>()(() => ({ on: true, corner: 'bottom-right' }));

/**
 * The map is shown while less than this share of the diagram is in view
 * (zoomed in): not at fit to view, nor when only the side panel hides its
 * right edge.
 */
export const SHOW_BELOW = 0.6;

/** The share (0–1) of the diagram's page in view. */
export function shareInView(g: Pick<Geometry, 'width' | 'height'>, transform: readonly [number, number, number], width: number, height: number): number {
  const [x, y, zoom] = transform;
  if (g.width <= 0 || g.height <= 0 || zoom <= 0) return 1;
  const w = Math.max(0, Math.min(g.width, (width - x) / zoom) - Math.max(0, -x / zoom));
  const h = Math.max(0, Math.min(g.height, (height - y) / zoom) - Math.max(0, -y / zoom));
  return (w * h) / (g.width * g.height);
}
