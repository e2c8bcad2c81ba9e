/**
 * A step on screen: React Flow's focusable node (its name for screen readers, the handles, the resize
 * strip) holding the step as the scene draws it (scene/steps.ts) — the same shapes present mode and
 * every export draw, at the layout's exact positions.
 */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { StepGeometry } from '../../layout/geometry';
import { stepShapes } from '../../scene/steps';
import { PrimitiveList } from './Primitives';

export type StepNodeData = { geometry: StepGeometry };
export type StepFlowNode = Node<StepNodeData, 'step'>;

export const StepNode = memo(function StepNode({ data }: NodeProps<StepFlowNode>) {
  const g = data.geometry;
  const items = useMemo(() => stepShapes(g), [g]);
  return (
    <div className="polku-step">
      {/* the whole box takes a dropped arrow; it catches the pointer only while one is drawn (ArrowDrawing.tsx) */}
      <Handle type="target" position={Position.Left} isConnectableStart={false} className="polku-handle-target" />
      {/* in the diagram's own coordinates: the node stands at the box's x and y */}
      <svg className="polku-step-drawing" width={g.width} height={g.height} viewBox={`${g.x} ${g.y} ${g.width} ${g.height}`} aria-hidden="true">
        <PrimitiveList items={items} />
      </svg>
      {/* the right edge: drag to change the end (DiagramCanvas listens for all steps) */}
      <div className="polku-resize nodrag nopan" data-step={g.id} aria-hidden="true" />
      {/* beside the strip, outside the box: drag to draw an arrow */}
      <Handle type="source" position={Position.Right} isConnectableEnd={false} className="polku-handle-source" />
    </div>
  );
});
