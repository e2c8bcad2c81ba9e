/** An arrow along the route the layout computed (border to border); React Flow's handle positions are not used. */
import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LinkGeometry } from '../../layout/geometry';
import { blockTop } from '../../layout/textBlock';
import { LINK_WIDTH } from '../../scene/drawing';

export type RouteEdgeData = { geometry: LinkGeometry };
export type RouteFlowEdge = Edge<RouteEdgeData, 'route'>;

export const RouteEdge = memo(function RouteEdge({ data, markerEnd, selected, interactionWidth }: EdgeProps<RouteFlowEdge>) {
  if (!data) return null;
  const g = data.geometry;
  const label = g.label;
  return (
    <>
      <BaseEdge
        path={g.path}
        markerEnd={markerEnd}
        interactionWidth={interactionWidth}
        style={{ stroke: selected ? 'var(--focus)' : g.color, strokeWidth: selected ? 3 : LINK_WIDTH }}
      />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="polku-link-label"
            style={{
              transform: `translate(${label.anchor === 'middle' ? '-50%' : '0'}, 0) translate(${label.x}px, ${blockTop(label)}px)`,
              fontSize: label.size,
              lineHeight: `${label.lineHeight}px`,
              color: label.color,
            }}
          >
            {label.lines.map((line, i) => (
              <span key={i} className="polku-line">
                {line}
              </span>
            ))}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
