import { memo } from 'react';
import type { TextBlock } from '../../layout/geometry';

/** A TextBlock as SVG text: one <tspan> per line the layout broke, nothing re-wrapped. */
export const SvgText = memo(function SvgText({ block, className }: { block: TextBlock; className?: string }) {
  return (
    <text
      className={className}
      x={block.x}
      y={block.y}
      fontSize={block.size}
      fontWeight={block.weight === 'bold' ? 700 : 400}
      fill={block.color}
      textAnchor={block.anchor}
    >
      {block.lines.map((line, i) => (
        <tspan key={i} x={block.x} y={block.y + i * block.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
});
