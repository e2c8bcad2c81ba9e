/**
 * Scene primitives (src/scene) as SVG elements — the one drawing of the exported SVG, and of the PNG and
 * PDF made from it — as the screen and present mode draw them (src/ui/canvas/Primitives.tsx). No classes:
 * presentation attributes only, which every SVG reader draws alike.
 */
import type { Paint, Primitive } from '../../scene/primitives';
import { svgLine, svgTextBlock } from './svgText';
import { attrs, num } from './xml';

/** Closed shapes fill black unless told: say 'none' where the scene gives no fill. */
function paint(p: Paint & { data?: Record<string, string | number> }, closed: boolean): Record<string, string | number | undefined> {
  return {
    fill: p.fill ?? (closed ? 'none' : undefined),
    'fill-opacity': p.fillOpacity,
    stroke: p.stroke,
    'stroke-width': p.strokeWidth,
    'stroke-dasharray': p.strokeDasharray,
    'stroke-linejoin': p.strokeLinejoin,
    opacity: p.opacity,
    ...p.data,
  };
}

export function primitiveElement(p: Primitive): string {
  switch (p.kind) {
    case 'rect':
      return `<rect${attrs({ x: p.x, y: p.y, width: p.width, height: p.height, rx: p.rx, ...paint(p, true) })}/>`;
    case 'polygon':
      return `<polygon${attrs({ points: p.points.map((q) => `${num(q.x)},${num(q.y)}`).join(' '), ...paint(p, true) })}/>`;
    case 'line':
      return `<line${attrs({ x1: p.x1, y1: p.y1, x2: p.x2, y2: p.y2, ...paint(p, false) })}/>`;
    case 'path':
      return `<path${attrs({ d: p.d, ...paint(p, true) })}/>`;
    case 'circle':
      return `<circle${attrs({ cx: p.cx, cy: p.cy, r: p.r, ...paint(p, true) })}/>`;
    case 'text':
      return svgTextBlock(p.block, p.at ?? {});
    case 'label':
      return svgLine(p.text, { x: p.x, y: p.y, size: p.size, weight: p.weight, color: p.color, anchor: p.anchor });
    case 'group': {
      const inner = p.items.map(primitiveElement).filter((e) => e !== '');
      // a part of the picture a line each (its children one a line), a step or an arrow on one line
      return [`<g${attrs({ 'data-part': p.part, ...p.data })}>`, ...inner, '</g>'].join(p.part ? '\n' : '');
    }
  }
}
