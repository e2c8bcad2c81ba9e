/**
 * Each step's true period, drawn just under its box (layout/stepBox.ts
 * leaves the room): a bar in the lane's colour from the period's first
 * instant to the instant after its last day, or, for a one-day step, a
 * diamond centred on that day. So a box wider than its period (for its
 * title) never hides when the step happens. Every mark names its period
 * and step (data-period="<first day>/<last day>", data-step) so that the
 * picture can be measured.
 */
import type { Geometry, StepGeometry } from '../layout/geometry';
import { STYLE } from '../layout/style';
import type { Primitive } from './primitives';

/** A thin white edge: adjacent periods' bars stay two bars, and a mark stands out from lines it lies on. */
const HALO = { stroke: '#ffffff', strokeWidth: 1 } as const;

/** One step's period mark. */
export function periodMark(s: StepGeometry): Primitive {
  const p = s.period;
  const data = { 'data-period': `${p.start}/${p.end}`, 'data-step': s.id } as const;
  if (p.kind === 'milestone') {
    const cx = (p.x + p.x2) / 2;
    const r = STYLE.periodDiamond / 2;
    return {
      kind: 'polygon',
      points: [
        { x: cx, y: p.y - r },
        { x: cx + r, y: p.y },
        { x: cx, y: p.y + r },
        { x: cx - r, y: p.y },
      ],
      fill: s.border,
      ...HALO,
      data,
    };
  }
  const h = STYLE.periodBar;
  const w = Math.max(0, p.x2 - p.x);
  // a bar narrower than its height keeps all its colour (the edge would cover it)
  return { kind: 'rect', x: p.x, y: p.y - h / 2, width: w, height: h, rx: Math.min(h / 2, w / 2), fill: s.border, ...(w >= h ? HALO : {}), data };
}

/** The period marks of every step (or of the steps `only` names), in reading order. */
export function periodMarks(g: Pick<Geometry, 'steps'>, only?: ReadonlySet<string>): Primitive[] {
  return only ? g.steps.filter((s) => only.has(s.id)).map(periodMark) : g.steps.map(periodMark);
}
