/** Scene primitives (src/scene) as SVG elements, as the screen draws them (src/ui/canvas/Primitives.tsx). */
import type { Primitive } from '../../scene/primitives';
import { attrs, num } from './xml';

function paint(p: Primitive): Record<string, string | number | undefined> {
  return { fill: p.fill ?? 'none', stroke: p.stroke, 'stroke-width': p.strokeWidth, opacity: p.opacity, ...p.data };
}

export function primitiveElement(p: Primitive): string {
  switch (p.kind) {
    case 'rect':
      return `<rect${attrs({ x: p.x, y: p.y, width: p.width, height: p.height, rx: p.rx, ...paint(p) })}/>`;
    case 'polygon':
      return `<polygon${attrs({ points: p.points.map((q) => `${num(q.x)},${num(q.y)}`).join(' '), ...paint(p) })}/>`;
    case 'line':
      return `<line${attrs({ x1: p.x1, y1: p.y1, x2: p.x2, y2: p.y2, ...paint(p) })}/>`;
  }
}

/** The primitives as one group named `part` (data-part), or nothing when there are none. */
export function primitiveGroup(part: string, items: readonly Primitive[]): string[] {
  return items.length ? [`<g data-part="${part}">`, ...items.map(primitiveElement), '</g>'] : [];
}
