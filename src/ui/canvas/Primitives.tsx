/** Scene primitives (src/scene) as SVG elements on screen and in present mode, as io/export/svgPrimitives.ts writes them. */
import { memo } from 'react';
import type { Paint, Primitive } from '../../scene/primitives';
import { SvgText } from './SvgText';

function paint(p: Paint, closed: boolean) {
  return {
    fill: p.fill ?? (closed ? 'none' : undefined),
    fillOpacity: p.fillOpacity,
    stroke: p.stroke,
    strokeWidth: p.strokeWidth,
    strokeDasharray: p.strokeDasharray,
    strokeLinejoin: p.strokeLinejoin,
    opacity: p.opacity,
  };
}

export function PrimitiveShape({ p }: { p: Primitive }) {
  const named = { className: p.className, ...p.data };
  switch (p.kind) {
    case 'rect':
      return <rect x={p.x} y={p.y} width={p.width} height={p.height} rx={p.rx} {...paint(p, true)} {...named} />;
    case 'polygon':
      return <polygon points={p.points.map((q) => `${q.x},${q.y}`).join(' ')} {...paint(p, true)} {...named} />;
    case 'line':
      return <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} {...paint(p, false)} {...named} />;
    case 'path':
      return <path d={p.d} {...paint(p, true)} {...named} />;
    case 'circle':
      return <circle cx={p.cx} cy={p.cy} r={p.r} {...paint(p, true)} {...named} />;
    case 'text':
      return <SvgText block={p.at ? { ...p.block, x: p.at.x, anchor: p.at.anchor } : p.block} className={p.className} />;
    case 'label':
      return (
        <text
          x={p.x}
          y={p.y}
          fontSize={p.size}
          fontWeight={p.weight === 'bold' ? 700 : undefined}
          fill={p.color}
          textAnchor={p.anchor && p.anchor !== 'start' ? p.anchor : undefined}
          {...named}
        >
          {p.text}
        </text>
      );
    case 'group':
      return (
        <g data-part={p.part} {...named}>
          <PrimitiveList items={p.items} />
        </g>
      );
  }
}

/** The primitives, with no group of their own. */
export function PrimitiveList({ items }: { items: readonly Primitive[] }) {
  return (
    <>
      {items.map((p, i) => (
        <PrimitiveShape key={i} p={p} />
      ))}
    </>
  );
}

export const Primitives = memo(function Primitives({ items, className }: { items: readonly Primitive[]; className?: string }) {
  return (
    <g className={className}>
      <PrimitiveList items={items} />
    </g>
  );
});
