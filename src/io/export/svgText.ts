/** Text blocks as SVG: one <tspan> per line the layout broke, at the layout's baselines; nothing re-wrapped. */
import type { TextBlock } from '../../layout/geometry';
import { attrs, drawnText } from './xml';

type TextAttrs = { x: number; y: number; size: number; weight?: TextBlock['weight']; anchor?: TextBlock['anchor']; color: string };

/** The attributes of a <text>: defaults (regular weight, start anchor) are left out. */
function textAttrs(t: TextAttrs): string {
  return attrs({
    x: t.x,
    y: t.y,
    'font-size': t.size,
    'font-weight': t.weight === 'bold' ? '700' : undefined,
    fill: t.color,
    'text-anchor': t.anchor && t.anchor !== 'start' ? t.anchor : undefined,
  });
}

/** A single line of text at (x, y). */
export function svgLine(text: string, t: TextAttrs): string {
  return `<text${textAttrs(t)}>${drawnText(text)}</text>`;
}

/**
 * A TextBlock, its lines at `x` (default: the block's own) with baselines
 * `block.y + i × lineHeight`, as the screen draws them. Empty lines draw
 * nothing; a block without visible lines gives ''.
 */
export function svgTextBlock(block: TextBlock, at: { x?: number; anchor?: TextBlock['anchor'] } = {}): string {
  const x = at.x ?? block.x;
  const anchor = at.anchor ?? block.anchor;
  let spans = '';
  block.lines.forEach((line, i) => {
    const text = drawnText(line);
    if (text.trim() === '') return;
    spans += `<tspan${attrs({ x, y: block.y + i * block.lineHeight })}>${text}</tspan>`;
  });
  if (spans === '') return '';
  return `<text${textAttrs({ x, y: block.y, size: block.size, weight: block.weight, anchor, color: block.color })}>${spans}</text>`;
}
