/** A step: its box and the lines the layout broke, drawn at the layout's exact positions. */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { StepGeometry } from '../../layout/geometry';
// `.polku-step`'s border (styles.css) is this wide, inside the box (border-box)
import { STEP_BORDER } from '../../scene/drawing';

export type StepNodeData = { geometry: StepGeometry };
export type StepFlowNode = Node<StepNodeData, 'step'>;

export const StepNode = memo(function StepNode({ data }: NodeProps<StepFlowNode>) {
  const g = data.geometry;
  const label = g.label;
  // the text where the layout put it (and every export draws it): padding counts from inside the border
  const padTop = (g.height - label.lines.length * label.lineHeight) / 2 - STEP_BORDER;
  return (
    <div
      className="polku-step"
      style={{
        background: g.fill,
        borderColor: g.border,
        color: g.textColor,
        paddingTop: padTop,
        paddingLeft: label.x - g.x - STEP_BORDER,
        fontSize: label.size,
        lineHeight: `${label.lineHeight}px`,
      }}
    >
      {/* the whole box takes a dropped arrow; it catches the pointer only while one is drawn (ArrowDrawing.tsx) */}
      <Handle type="target" position={Position.Left} isConnectableStart={false} className="polku-handle-target" />
      {label.lines.map((line, i) => (
        <span key={i} className="polku-line">
          {line}
        </span>
      ))}
      {/* the right edge: drag to change the end (DiagramCanvas listens for all steps) */}
      <div className="polku-resize nodrag nopan" data-step={g.id} aria-hidden="true" />
      {/* beside the strip, outside the box: drag to draw an arrow */}
      <Handle type="source" position={Position.Right} isConnectableEnd={false} className="polku-handle-source" />
    </div>
  );
});
