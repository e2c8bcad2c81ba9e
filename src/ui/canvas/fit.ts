import type { useReactFlow } from '@xyflow/react';
import type { Geometry } from '../../layout/geometry';

export const FIT_PADDING = 0.02;

/** Shows the whole diagram (its page, not only its steps). */
export function fitDiagram(flow: Pick<ReturnType<typeof useReactFlow>, 'fitBounds'>, g: Geometry, duration = 0) {
  return flow.fitBounds({ x: 0, y: 0, width: g.width, height: g.height }, { padding: FIT_PADDING, duration });
}
