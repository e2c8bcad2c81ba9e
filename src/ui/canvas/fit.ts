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
