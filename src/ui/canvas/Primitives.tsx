/** Scene primitives (src/scene) as SVG elements on screen and in present mode, as io/export/svgPrimitives.ts writes them. */
import { memo } from 'react';
import type { Primitive } from '../../scene/primitives';

function PrimitiveShape({ p }: { p: Primitive }) {
  const paint = { fill: p.fill ?? 'none', stroke: p.stroke, strokeWidth: p.strokeWidth, opacity: p.opacity, ...p.data };
  switch (p.kind) {
    case 'rect':
      return <rect x={p.x} y={p.y} width={p.width} height={p.height} rx={p.rx} {...paint} />;
    case 'polygon':
      return <polygon points={p.points.map((q) => `${q.x},${q.y}`).join(' ')} {...paint} />;
    case 'line':
      return <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} {...paint} />;
  }
}

export const Primitives = memo(function Primitives({ items, className }: { items: readonly Primitive[]; className?: string }) {
  return (
    <g className={className}>
      {items.map((p, i) => (
        <PrimitiveShape key={i} p={p} />
      ))}
    </g>
  );
});
