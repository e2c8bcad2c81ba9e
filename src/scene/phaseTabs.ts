/**
 * The tab behind a phase label that is wider than its phase's column
 * (layout/phases.ts): in the phase's colour, outlined so that it reads as
 * the phase's own and not the neighbour's. Drawn over the phase columns,
 * under every phase label.
 */
import type { Geometry } from '../layout/geometry';
import { STYLE } from '../layout/style';
import type { Primitive } from './primitives';

export function phaseTabs(g: Pick<Geometry, 'phases'>): Primitive[] {
  return g.phases
    .filter((p) => p.labelBox.width > p.header.width + 0.5 || p.labelBox.x < p.header.x - 0.5)
    .map((p) => ({
      kind: 'rect',
      x: p.labelBox.x,
      y: p.labelBox.y,
      width: p.labelBox.width,
      height: p.labelBox.height,
      rx: 4,
      fill: p.color,
      stroke: STYLE.colors.grid,
      strokeWidth: 1,
      data: { 'data-phase': p.id },
    }));
}
