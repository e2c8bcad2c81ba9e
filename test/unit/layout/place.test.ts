import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { laneAt, monthAt, monthsBetween } from '../../../src/layout/place';

const r = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
if (!r.ok) throw new Error('refused');
const g = layoutDiagram(r.diagram);

describe('from a position back to the model', () => {
  it('finds the month of every step start at its box x, and of a point inside its first month', () => {
    for (const s of r.diagram.steps) {
      const box = g.steps.find((b) => b.id === s.id)!;
      expect(monthAt(g, box.x + 0.5)).toBe(s.start.slice(0, 7));
      expect(monthAt(g, box.x + g.axis.monthWidth * 0.9)).toBe(s.start.slice(0, 7));
    }
  });

  it('continues months beyond both ends of the axis', () => {
    expect(monthAt(g, g.axis.x0 - g.axis.monthWidth * 1.5)).toBe('2021-05');
    expect(monthAt(g, g.axis.x1 + g.axis.monthWidth * 0.5)).toBe('2024-01');
  });

  it('finds the lane under y, clamping above and below', () => {
    for (const lane of g.lanes) expect(laneAt(g, lane.y + lane.height / 2)).toBe(lane.id);
    expect(laneAt(g, -100)).toBe(g.lanes[0]!.id);
    expect(laneAt(g, 1e6)).toBe(g.lanes.at(-1)!.id);
  });

  it('counts months across year ends', () => {
    expect(monthsBetween('2021-11', '2022-02')).toBe(3);
    expect(monthsBetween('2022-02', '2021-11')).toBe(-3);
  });
});
