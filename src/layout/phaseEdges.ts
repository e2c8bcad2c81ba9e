/**
 * Where the phases' edges are on the diagram, for dragging them: one handle
 * per date boundary, so that where one phase ends and the next begins both
 * move together. Pure.
 */
import type { Diagram } from '../model/types';
import type { Geometry } from './geometry';
import { endTimeExclusive, startTime } from './time';

export type PhaseEdge = {
  readonly x: number;
  readonly y: number;
  readonly height: number;
  /** phases that start here */
  readonly starts: readonly string[];
  /** phases that end here (the day after their inclusive end) */
  readonly ends: readonly string[];
  /** the title of the first phase at this edge (for the handle's tooltip) */
  readonly title: string;
};

export function phaseEdgesOf(d: Diagram, g: Geometry): PhaseEdge[] {
  const byTime = new Map<number, { x: number; y: number; bottom: number; starts: string[]; ends: string[]; title: string }>();
  const shapes = new Map(g.phases.map((p) => [p.id, p]));
  const at = (time: number, x: number, y: number, bottom: number, title: string) => {
    let edge = byTime.get(time);
    if (!edge) {
      edge = { x, y, bottom, starts: [], ends: [], title };
      byTime.set(time, edge);
    }
    edge.y = Math.min(edge.y, y);
    edge.bottom = Math.max(edge.bottom, bottom);
    return edge;
  };
  for (const phase of d.phases) {
    const shape = shapes.get(phase.id);
    if (!shape) continue;
    const top = shape.header.y;
    const bottom = shape.header.y + shape.header.height;
    const title = phase.title.replace(/\u00ad/g, '');
    at(startTime(phase.start), shape.x, top, bottom, title).starts.push(phase.id);
    if (phase.end !== undefined && !shape.openEnded) at(endTimeExclusive(phase.end), shape.x + shape.width, top, bottom, title).ends.push(phase.id);
  }
  return [...byTime.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, e]) => ({ x: e.x, y: e.y, height: e.bottom - e.y, starts: e.starts, ends: e.ends, title: e.title }));
}
