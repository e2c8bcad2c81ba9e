/**
 * The room's marks in an exported SVG, when the person asks for workshop
 * notes in it: vote dots and comment badges as present mode draws them
 * (layout/workshopMarks.ts), and the comments listed under the diagram
 * (layout/workshopAppendix.ts). A diagram without comments or votes gives
 * nothing, so its SVG is unchanged.
 */
import type { Geometry } from '../../layout/geometry';
import type { WorkshopAppendix } from '../../layout/workshopAppendix';
import { MARKS, phaseBadgeOf, stepMarksOf, type Badge } from '../../layout/workshopMarks';
import type { Diagram } from '../../model/types';
import { svgLine, svgTextBlock } from './svgText';
import { attrs } from './xml';

function badgeElements(b: Badge): string[] {
  const B = MARKS.badge;
  const out = [
    `<rect${attrs({ x: b.x, y: b.y, width: b.width, height: b.height, rx: b.rx, fill: B.fill, stroke: b.tail ? B.stroke : undefined, 'stroke-width': b.tail ? B.strokeWidth : undefined })}/>`,
  ];
  if (b.tail) out.push(`<path${attrs({ d: b.tail, fill: B.fill })}/>`);
  out.push(svgLine(b.text, { x: b.textX, y: b.textY, size: B.size, weight: 'bold', anchor: 'middle', color: B.color }));
  return out;
}

/** Vote dots and comment badges on the steps, comment badges on the phases. */
export function workshopMarkElements(d: Diagram, g: Geometry): string[] {
  const out: string[] = [];
  const phases = new Map(d.phases.map((p) => [p.id, p]));
  for (const p of g.phases) {
    const badge = phaseBadgeOf(p.header, phases.get(p.id)?.comments?.length ?? 0);
    if (badge) out.push(...badgeElements(badge));
  }
  const steps = new Map(d.steps.map((s) => [s.id, s]));
  const D = MARKS.dot;
  for (const s of g.steps) {
    const step = steps.get(s.id);
    const m = stepMarksOf(s, step?.votes ?? 0, step?.comments?.length ?? 0);
    for (const dot of m.dots)
      out.push(`<circle${attrs({ cx: dot.cx, cy: dot.cy, r: D.r, fill: D.fill, stroke: D.stroke, 'stroke-width': D.strokeWidth })}/>`);
    if (m.count) out.push(svgLine(m.count.text, { x: m.count.x, y: m.count.y, size: MARKS.count.size, weight: 'bold', color: MARKS.count.color }));
    if (m.badge) out.push(...badgeElements(m.badge));
  }
  return out.length > 0 ? ['<g data-part="workshop-marks">', ...out, '</g>'] : [];
}

/** The comments and votes listed under the diagram. */
export function workshopAppendixElements(appendix: WorkshopAppendix | null): string[] {
  if (appendix === null) return [];
  return ['<g data-part="workshop-comments">', ...appendix.blocks.map((b) => svgTextBlock(b)).filter((t) => t !== ''), '</g>'];
}
