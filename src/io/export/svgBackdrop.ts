/**
 * Everything of the diagram that is not a step or an arrow, as SVG elements,
 * drawn as the screen's Backdrop draws it (src/ui/canvas/Backdrop.tsx):
 * title, phase columns, axis, lanes, depth band, legend, credit. (The steps'
 * period marks are drawn with the steps, in svg.ts.)
 */
import { breakMarks } from '../../layout/axisSegments';
import type { AxisGeometry, DepthGeometry, Geometry, LaneGeometry, LegendGeometry, PhaseGeometry } from '../../layout/geometry';
import { STYLE } from '../../layout/style';
import { phaseTabs } from '../../scene/phaseTabs';
import { primitiveElement } from './svgPrimitives';
import { svgLine, svgTextBlock } from './svgText';
import { attrs, num } from './xml';

const C = STYLE.colors;

function phase(p: PhaseGeometry): string[] {
  return [
    `<rect${attrs({ x: p.x, y: p.y, width: p.width, height: p.height, fill: p.color })}/>`,
    `<rect${attrs({ x: p.header.x, y: p.header.y, width: p.header.width, height: p.header.height, fill: p.color })}/>`,
    `<line${attrs({ x1: p.x, y1: p.y, x2: p.x, y2: p.y + p.height, stroke: C.grid, 'stroke-width': 1.5 })}/>`,
  ];
}

/** The columns first, then the tabs of labels wider than their column, then every label over them. */
function phases(list: readonly PhaseGeometry[]): string[] {
  return [
    ...list.flatMap(phase),
    ...phaseTabs({ phases: list }).map(primitiveElement),
    ...list.flatMap((p) => [svgTextBlock(p.label), svgTextBlock(p.dates)]),
  ];
}

/** The axis's rows of cells, as the screen's Backdrop draws them: each boundary in its own row (so that none crosses a finer row's label), the top row's continuing dashed down through the lanes. */
function axis(a: AxisGeometry, bodyBottom: number): string[] {
  const out = [
    `<line${attrs({ x1: a.x0, y1: a.y, x2: a.x1, y2: a.y, stroke: C.grid })}/>`,
    `<line${attrs({ x1: a.x0, y1: a.y + a.height, x2: a.x1, y2: a.y + a.height, stroke: C.grid })}/>`,
  ];
  for (const t of a.ticks) {
    const row = a.rows[t.row]!;
    out.push(`<line${attrs({ x1: t.x, y1: row.y, x2: t.x, y2: row.y + row.height, stroke: C.grid })}/>`);
    if (t.row === 0) out.push(`<line${attrs({ x1: t.x, y1: a.y + a.height, x2: t.x, y2: bodyBottom, stroke: C.grid, 'stroke-dasharray': '3 4' })}/>`);
    if (t.label) out.push(svgLine(t.label, { x: t.labelX, y: row.baseline, size: row.size, weight: row.weight, color: t.color, anchor: t.anchor }));
  }
  // by phase: where the rate changes, the axis is broken (//)
  for (const m of breakMarks(a)) {
    out.push(`<path${attrs({ d: m.cover, fill: '#ffffff' })}/>`);
    out.push(`<path${attrs({ d: m.strokes, fill: 'none', stroke: C.muted, 'stroke-width': 1.5 })}/>`);
  }
  return out;
}

function lane(l: LaneGeometry): string[] {
  const bottom = l.y + l.height;
  return [
    `<line${attrs({ x1: l.header.x, y1: bottom, x2: l.x + l.width, y2: bottom, stroke: C.grid })}/>`,
    `<rect${attrs({ x: l.header.x, y: l.header.y + 3, width: l.header.width, height: l.header.height - 6, rx: 6, fill: l.color })}/>`,
    svgTextBlock(l.label),
  ];
}

function depth(d: DepthGeometry): string[] {
  const out = [svgTextBlock(d.title)];
  for (const lvl of d.levels) {
    out.push(`<rect${attrs({ x: lvl.x, y: lvl.y, width: lvl.width, height: lvl.height, fill: lvl.fill })}/>`);
    out.push(svgTextBlock(lvl.label));
  }
  out.push(`<polygon${attrs({ points: d.tip.map((p) => `${num(p.x)},${num(p.y)}`).join(' '), fill: d.tipFill })}/>`);
  return out;
}

function legend(l: LegendGeometry): string[] {
  return l.entries.flatMap((e) => [
    `<rect${attrs({ ...e.swatch, rx: 3, fill: e.color, stroke: C.ink, 'stroke-width': 0.75 })}/>`,
    svgTextBlock(e.label),
  ]);
}

const group = (name: string, parts: string[], extra: Record<string, string | number> = {}) => [
  `<g${attrs({ 'data-part': name, ...extra })}>`,
  ...parts.filter((p) => p !== ''),
  '</g>',
];

/** The axis's first and last day (inclusive) and where they lie, so that a reader can place any date without the layout's scale. */
const axisSpan = (a: AxisGeometry) => ({ 'data-axis-start': a.start, 'data-axis-end': a.end, 'data-x0': a.x0, 'data-x1': a.x1 });

export function backdropElements(g: Geometry): string[] {
  const bodyBottom = g.body.y + g.body.height;
  return [
    ...group('title', [svgTextBlock(g.title), g.subtitle ? svgTextBlock(g.subtitle) : '']),
    ...group('phases', phases(g.phases)),
    ...group('axis', axis(g.axis, bodyBottom), axisSpan(g.axis)),
    ...group('lanes', g.lanes.flatMap(lane)),
    ...(g.depth ? group('depth', depth(g.depth)) : []),
    ...(g.legend ? group('legend', legend(g.legend)) : []),
    ...(g.source ? group('source', [svgTextBlock(g.source)]) : []),
  ];
}
