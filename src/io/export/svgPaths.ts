/**
 * Steps and arrows as SVG, drawn as the screen draws them: a step as
 * src/app/styles.css `.polku-step` (1.5 px border, 6 px radius) with its
 * lines at the layout's baselines; an arrow as RouteEdge (1.75 px) with the
 * head of React Flow's `ArrowClosed` marker (18 × 18 in stroke widths) as a
 * plain polygon, which every SVG reader draws alike.
 */
import type { LinkGeometry, StepGeometry, TextBlock } from '../../layout/geometry';
import { measureText } from '../../layout/text/measure';
import { blockTop } from '../../layout/textBlock';
import { svgTextBlock } from './svgText';
import { attrs, num } from './xml';

export const STEP_BORDER = 1.5;
export const STEP_RADIUS = 6;
export const LINK_WIDTH = 1.75;
/** React Flow's marker: 18 × 18 stroke widths for a viewBox of 20 units, so one unit is this many px. */
const HEAD_UNIT = (18 * LINK_WIDTH) / 20;
/** React Flow's ArrowClosed polyline, in marker units, tip at (0, 0) pointing along +x. */
const HEAD_SHAPE = [
  [-5, -4],
  [0, 0],
  [-5, 4],
] as const;
/** The link label's background on screen (`.polku-link-label`): white at 92 %, 3 px side padding, radius 3. */
const LABEL_PAD_X = 3;

export function stepElement(s: StepGeometry): string {
  const box = attrs({
    x: s.x,
    y: s.y,
    width: s.width,
    height: s.height,
    rx: STEP_RADIUS,
    fill: s.fill,
    stroke: s.border,
    'stroke-width': STEP_BORDER,
  });
  return `<g${attrs({ 'data-step': s.id })}><rect${box}/>${svgTextBlock(s.label)}</g>`;
}

/** The arrowhead at `end`, pointing along `angle`. */
export function arrowHead(end: { x: number; y: number }, angle: number): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return HEAD_SHAPE.map(([u, v]) => {
    const x = end.x + (u * cos - v * sin) * HEAD_UNIT;
    const y = end.y + (u * sin + v * cos) * HEAD_UNIT;
    return `${num(x)},${num(y)}`;
  }).join(' ');
}

export function linkElement(l: LinkGeometry): string {
  const path = attrs({ d: l.path, fill: 'none', stroke: l.color, 'stroke-width': LINK_WIDTH });
  const head = attrs({
    points: arrowHead(l.end, l.endAngle),
    fill: l.color,
    stroke: l.color,
    'stroke-width': HEAD_UNIT,
    'stroke-linejoin': 'round',
  });
  return `<g${attrs({ 'data-link': l.id })}><path${path}/><polygon${head}/></g>`;
}

/**
 * A link's title as the screen shows it: on a white box as wide as its
 * widest line plus padding, the lines centred in the box; the box is centred
 * on the label's x (anchor 'middle') or starts there (anchor 'start').
 */
export function linkLabelElement(id: string, label: TextBlock): string {
  const widest = Math.max(0, ...label.lines.map((line) => measureText(line, label)));
  const width = widest + 2 * LABEL_PAD_X;
  const left = label.anchor === 'middle' ? label.x - width / 2 : label.anchor === 'end' ? label.x - width : label.x;
  const top = blockTop(label);
  const box = attrs({ x: left, y: top, width, height: label.lines.length * label.lineHeight, rx: 3, fill: '#ffffff', 'fill-opacity': 0.92 });
  const text = svgTextBlock(label, { x: left + width / 2, anchor: 'middle' });
  return `<g${attrs({ 'data-link-label': id })}><rect${box}/>${text}</g>`;
}
