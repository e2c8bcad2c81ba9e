import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { writeDiagramText } from '../../../src/io/writeDiagram';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { generateDiagram } from '../../bench/generateDiagram';

describe('the benchmark generator', () => {
  it('makes valid diagrams of the asked size, the same every time', () => {
    for (const n of [50, 500]) {
      const d = generateDiagram(n);
      expect(d.steps).toHaveLength(n);
      expect(d.links).toHaveLength(n / 2);
      expect(d.lanes).toHaveLength(6);
      expect(d.phases).toHaveLength(10);
      const text = writeDiagramText(d);
      expect(writeDiagramText(generateDiagram(n))).toBe(text);
      const read = readDiagramText(text);
      expect(read.ok ? [] : read.problems).toEqual([]);
    }
  });

  it('lays out 2,000 generated steps with no overlapping boxes in a lane', () => {
    const g = layoutDiagram(generateDiagram(2000));
    const byLane = new Map<string, typeof g.steps[number][]>();
    for (const s of g.steps) byLane.set(`${s.lane}:${s.row}`, [...(byLane.get(`${s.lane}:${s.row}`) ?? []), s]);
    for (const boxes of byLane.values()) {
      const sorted = [...boxes].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + sorted[i - 1]!.width);
    }
  });
});
