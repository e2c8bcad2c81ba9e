/**
 * An arrow on screen: the route the layout computed (border to border), its head and its title as the
 * scene draws them (scene/links.ts) — the same shapes present mode and every export draw — with React
 * Flow's wider, invisible path over it to take a click. React Flow's handle positions are not used.
 */
import type { Edge, EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { LinkGeometry } from '../../layout/geometry';
import { linkWithLabelShapes } from '../../scene/links';
import { PrimitiveList } from './Primitives';

export type RouteEdgeData = { geometry: LinkGeometry };
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;

export const RouteEdge = memo(function RouteEdge({ data, interactionWidth }: EdgeProps<RouteFlowEdge>) {
  const g = data?.geometry;
  const items = useMemo(() => (g ? linkWithLabelShapes(g) : []), [g]);
  if (!g) return null;
  return (
    <>
      <PrimitiveList items={items} />
      <path d={g.path} className="react-flow__edge-interaction" fill="none" strokeOpacity={0} strokeWidth={interactionWidth} />
    </>
  );
});
