/**
 * Everything of the diagram that is not a step or an arrow — title, phase
 * columns, axis, lanes, the steps' period marks, depth band, legend,
 * credit — as the scene's shapes, in drawing order. The screen draws them
 * as one SVG behind React Flow's nodes (ui/canvas/Backdrop.tsx), present
 * mode under its camera (ui/present/PresentStage.tsx), the export as SVG
 * (io/export/svg.ts).
 */
import { breakMarks } from '../layout/axisSegments';
import type { AxisGeometry, DepthGeometry, Geometry, LaneGeometry, LegendGeometry, PhaseGeometry, TextBlock } from '../layout/geometry';
import { STYLE } from '../layout/style';
import { LANE_HEADER_INSET, LANE_HEADER_RADIUS, PAGE_RADIUS } from './drawing';
import { periodMarks } from './periodMarks';
import { phaseTabs } from './phaseTabs';
import { part, type Primitive } from './primitives';

const C = STYLE.colors;

/** A text block, or nothing when it has no lines. */
export const textScene = (block: TextBlock): Primitive[] => (block.lines.length > 0 ? [{ kind: 'text', block }] : []);
const text = textScene;

/** The columns first, then the tabs of labels wider than their column, then every label over them. */
function phases(list: readonly PhaseGeometry[]): Primitive[] {
  return [
    ...list.flatMap((p): Primitive[] => [
      { kind: 'rect', x: p.x, y: p.y, width: p.width, height: p.height, fill: p.color },
      { kind: 'rect', x: p.header.x, y: p.header.y, width: p.header.width, height: p.header.height, fill: p.color },
      { kind: 'line', x1: p.x, y1: p.y, x2: p.x, y2: p.y + p.height, stroke: C.grid, strokeWidth: 1.5 },
    ]),
    ...phaseTabs({ phases: list }),
    ...list.flatMap((p) => [...text(p.label), ...text(p.dates)]),
  ];
}

/** The axis's rows of cells: each boundary in its own row (so that none crosses a finer row's label), the top row's continuing dashed down through the lanes. */
function axis(a: AxisGeometry, bodyBottom: number): Primitive[] {
  const out: Primitive[] = [
    { kind: 'line', x1: a.x0, y1: a.y, x2: a.x1, y2: a.y, stroke: C.grid },
    { kind: 'line', x1: a.x0, y1: a.y + a.height, x2: a.x1, y2: a.y + a.height, stroke: C.grid },
  ];
  for (const t of a.ticks) {
    const row = a.rows[t.row]!;
    out.push({ kind: 'line', x1: t.x, y1: row.y, x2: t.x, y2: row.y + row.height, stroke: C.grid });
    if (t.row === 0) out.push({ kind: 'line', x1: t.x, y1: a.y + a.height, x2: t.x, y2: bodyBottom, stroke: C.grid, strokeDasharray: '3 4' });
    if (t.label) out.push({ kind: 'label', text: t.label, x: t.labelX, y: row.baseline, size: row.size, weight: row.weight, color: t.color, anchor: t.anchor });
  }
  // by phase: where the rate changes, the axis is broken (//)
  for (const m of breakMarks(a)) {
    out.push({
      kind: 'group',
      className: 'polku-axis-break',
      items: [
        { kind: 'path', d: m.cover, fill: '#ffffff' },
        { kind: 'path', d: m.strokes, fill: 'none', stroke: C.muted, strokeWidth: 1.5 },
      ],
    });
  }
  return out;
}

/** The line under a lane, from x1 to x2. */
export function laneLine(l: LaneGeometry, x1: number, x2: number): Primitive {
  const bottom = l.y + l.height;
  return { kind: 'line', x1, y1: bottom, x2, y2: bottom, stroke: C.grid };
}

/** A lane's title: its coloured block and its words (present mode also pins them at the screen's left edge). */
export function laneTitleScene(l: LaneGeometry): Primitive[] {
  return [
    {
      kind: 'rect',
      x: l.header.x,
      y: l.header.y + LANE_HEADER_INSET,
      width: l.header.width,
      height: l.header.height - 2 * LANE_HEADER_INSET,
      rx: LANE_HEADER_RADIUS,
      fill: l.color,
    },
    ...text(l.label),
  ];
}

function lane(l: LaneGeometry): Primitive[] {
  return [laneLine(l, l.header.x, l.x + l.width), ...laneTitleScene(l)];
}

/** The depth band's levels and its arrow tip (without its title, which stands apart with the lane titles). */
export function depthBandScene(d: DepthGeometry): Primitive[] {
  return [
    ...d.levels.flatMap((lvl): Primitive[] => [{ kind: 'rect', x: lvl.x, y: lvl.y, width: lvl.width, height: lvl.height, fill: lvl.fill }, ...text(lvl.label)]),
    { kind: 'polygon', points: d.tip, fill: d.tipFill },
  ];
}

function legend(l: LegendGeometry): Primitive[] {
  return l.entries.flatMap((e): Primitive[] => [
    { kind: 'rect', ...e.swatch, rx: 3, fill: e.color, stroke: C.ink, strokeWidth: 0.75 },
    ...text(e.label),
  ]);
}

/** The axis's first and last day (inclusive) and where they lie, so that a reader can place any date without the layout's scale. */
const axisSpan = (a: AxisGeometry) => ({ 'data-axis-start': a.start, 'data-axis-end': a.end, 'data-x0': a.x0, 'data-x1': a.x1 });

export type BackdropOptions = {
  /** the page under the diagram with its shadow (the screen's sheet; an export has its own background) */
  readonly page?: boolean;
  /** false: without the depth band (present mode draws it itself, pinned to the screen's bottom) */
  readonly depth?: boolean;
  /**
   * Only these steps' period marks (a large diagram on screen: the others are drawn with their steps in the
   * still picture, ui/canvas/StillLayer.tsx); every step's when left out.
   */
  readonly periodsOf?: ReadonlySet<string>;
};

export function backdropScene(g: Geometry, { page = false, depth = true, periodsOf }: BackdropOptions = {}): Primitive[] {
  const bodyBottom = g.body.y + g.body.height;
  return [
    ...(page
      ? ([
          { kind: 'rect', x: 1, y: 3, width: g.width, height: g.height, rx: PAGE_RADIUS, fill: '#000', opacity: 0.08 },
          { kind: 'rect', x: 0, y: 0, width: g.width, height: g.height, rx: PAGE_RADIUS, fill: '#ffffff', className: 'polku-page' },
        ] satisfies Primitive[])
      : []),
    ...part('title', [...text(g.title), ...(g.subtitle ? text(g.subtitle) : [])]),
    ...part('phases', phases(g.phases)),
    ...part('axis', axis(g.axis, bodyBottom), axisSpan(g.axis)).map((p) => ({ ...p, className: 'polku-axis' })),
    ...part('lanes', g.lanes.flatMap(lane)),
    // when each step really happens, under its box (periodMarks.ts)
    ...part('periods', periodMarks(g, periodsOf)),
    ...(g.depth && depth ? part('depth', [...text(g.depth.title), ...depthBandScene(g.depth)]) : []),
    ...(g.legend ? part('legend', legend(g.legend)) : []),
    ...(g.source ? part('source', text(g.source)) : []),
  ];
}
