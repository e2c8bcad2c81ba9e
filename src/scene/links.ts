/**
 * An arrow as the scene draws it: its route, the head of React Flow's
 * ArrowClosed marker as a plain polygon (which every SVG reader draws
 * alike), and its title on a white box as wide as its widest line plus
 * padding, the lines centred in the box.
 */
import type { LinkGeometry, TextBlock } from '../layout/geometry';
import { measureText } from '../layout/text/measure';
import { blockTop } from '../layout/textBlock';
import { HEAD_SHAPE, HEAD_UNIT, LABEL_FILL, LABEL_FILL_OPACITY, LABEL_PAD_X, LABEL_RADIUS, LINK_WIDTH, PENDING_OPACITY } from './drawing';
import type { Primitive, RectPrimitive } from './primitives';

/** The points of the arrowhead at `end`, pointing along `angle`. */
export function arrowHeadPoints(end: { x: number; y: number }, angle: number): { x: number; y: number }[] {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return HEAD_SHAPE.map(([u, v]) => ({ x: end.x + (u * cos - v * sin) * HEAD_UNIT, y: end.y + (u * sin + v * cos) * HEAD_UNIT }));
}

/** The arrow's route and its head (faint while it is being routed). */
export function linkShapes(l: LinkGeometry): Primitive[] {
  const faint = l.pending ? { opacity: PENDING_OPACITY } : {};
  return [
    // (the class lets the screen's style sheet mark a selected arrow; exports write no classes)
    {
      kind: 'path',
      d: l.path,
      fill: 'none',
      stroke: l.color,
      strokeWidth: LINK_WIDTH,
      className: 'polku-route',
      ...faint,
    },
    { kind: 'polygon', points: arrowHeadPoints(l.end, l.endAngle), fill: l.color, stroke: l.color, strokeWidth: HEAD_UNIT, strokeLinejoin: 'round', ...faint },
  ];
}

/** The arrow as one group named by the link (data-link). */
export function linkScene(l: LinkGeometry): Primitive {
  return { kind: 'group', data: { 'data-link': l.id }, items: linkShapes(l) };
}

/** The white box under a link's title: its widest line plus padding; centred on the label's x, or starting or ending there. */
export function linkLabelBox(label: TextBlock): RectPrimitive {
  const widest = Math.max(0, ...label.lines.map((line) => measureText(line, label)));
  const width = widest + 2 * LABEL_PAD_X;
  const left = label.anchor === 'middle' ? label.x - width / 2 : label.anchor === 'end' ? label.x - width : label.x;
  return {
    kind: 'rect',
    x: left,
    y: blockTop(label),
    width,
    height: label.lines.length * label.lineHeight,
    rx: LABEL_RADIUS,
    fill: LABEL_FILL,
    fillOpacity: LABEL_FILL_OPACITY,
  };
}

/** A link's title on its box, as one group named by the link (data-link-label). */
export function linkLabelScene(id: string, label: TextBlock): Primitive {
  const box = linkLabelBox(label);
  return { kind: 'group', data: { 'data-link-label': id }, items: [box, { kind: 'text', block: label, at: { x: box.x + box.width / 2, anchor: 'middle' } }] };
}

/** The arrow's route and head, and its title on its box when it has one (as the screen and present mode draw an arrow). */
export function linkWithLabelShapes(l: LinkGeometry, showLabel: (label: TextBlock) => boolean = () => true): Primitive[] {
  const titled = l.label !== null && l.label.lines.length > 0 && showLabel(l.label);
  return titled ? [...linkShapes(l), linkLabelScene(l.id, l.label!)] : linkShapes(l);
}

/** The links that have a title to draw. */
export function labelledLinks(links: readonly LinkGeometry[]): (LinkGeometry & { label: TextBlock })[] {
  return links.filter((l): l is LinkGeometry & { label: TextBlock } => l.label !== null && l.label.lines.length > 0);
}
