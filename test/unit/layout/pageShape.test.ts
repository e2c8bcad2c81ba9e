/**
 * A landscape page (issue 11, Deliver 4): the axis width and the lanes' least height come from the diagram's
 * structure (lanes, overlaps, parts), never from its texts, so that a flat path is not a strip and a tall one not
 * a column — and a longer title never rescales the axis.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeFrame } from '../../../src/layout/axis';
import { readDiagramText } from '../../../src/io/readDiagram';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { blockTop } from '../../../src/layout/textBlock';
import { MAX_PAGE_WIDTH, MAX_RATIO, MIN_PAGE_WIDTH, MIN_RATIO } from '../../../src/layout/pageShape';
import { STYLE } from '../../../src/layout/style';
import type { Diagram, Step } from '../../../src/model/types';
import { randomDiagram } from '../../helpers/randomDiagram';

function diagram(lanes: number, steps: Step[]): Diagram {
  return {
    format: 'participation-path',
    version: 1,
    title: 'Järjestöjen osallisuuspolku',
    language: 'fi',
    lanes: Array.from({ length: lanes }, (_, i) => ({ id: `l${i}`, title: `Taso ${i + 1}` })),
    phases: [],
    legend: [],
    links: [],
    steps,
  } as Diagram;
}

describe('the page’s shape', () => {
  it('a flat path (one lane, five steps) is no strip: a narrower axis, taller lanes, landscape within 1.4–2.2', () => {
    const steps = ['2025-01', '2025-03', '2025-05', '2025-07', '2025-09'].map((start, i) => ({ id: `s${i}`, lane: 'l0', title: 'Työpaja', start }));
    const g = layoutDiagram(diagram(1, steps));
    expect(g.axis.x1 - g.axis.x0).toBeLessThan(STYLE.axisTargetWidth);
    expect(g.width).toBeGreaterThanOrEqual(MIN_PAGE_WIDTH);
    expect(g.lanes[0]!.height).toBeGreaterThan(STYLE.laneMinHeight);
    expect(g.width / g.height).toBeGreaterThanOrEqual(MIN_RATIO);
    expect(g.width / g.height).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('a page still flatter than 2.2 gets the missing height at its foot, never inside the picture', () => {
    // the seed: flat, with a depth band, a legend and a credit under its lanes
    const r = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
    if (!r.ok) throw new Error('seed refused');
    const g = layoutDiagram(r.diagram);
    expect(g.width / g.height).toBeLessThanOrEqual(MAX_RATIO);
    // the depth band stands right under the lanes
    expect(g.depth!.y - (g.body.y + g.body.height)).toBeCloseTo(STYLE.depthGap, 6);
    // and the room the page gained lies under the credit, the last thing drawn
    expect(g.height - (blockTop(g.source!) + g.source!.lines.length * g.source!.lineHeight)).toBeGreaterThan(STYLE.margin + 20);
  });

  it('a tall path (six lanes of three overlapping steps) is no column: a wider axis, landscape within 1.4–2.2', () => {
    const steps = Array.from({ length: 6 }, (_, l) =>
      [0, 1, 2].map((k) => ({ id: `s${l}-${k}`, lane: `l${l}`, title: 'Kumppanuuspöytä', start: '2025-02', end: '2025-04' })),
    ).flat();
    const g = layoutDiagram(diagram(6, steps));
    expect(g.axis.x1 - g.axis.x0).toBeGreaterThan(STYLE.axisTargetWidth);
    expect(g.width).toBeLessThanOrEqual(MAX_PAGE_WIDTH);
    expect(g.width / g.height).toBeGreaterThanOrEqual(MIN_RATIO);
    expect(g.width / g.height).toBeLessThanOrEqual(MAX_RATIO);
  });

  it('depends on no text: any titles give the same axis and lane height (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 5 }), (seed, words) => {
        const d = randomDiagram(seed, 10 + (seed % 30));
        const retitled: Diagram = {
          ...d,
          title: `${d.title} ${words.join(' ')}`,
          steps: d.steps.map((s, i) => ({ ...s, title: `${words[i % words.length]!.trim() || 'x'} järjestöyhteistyörakenteiden kehittäminen` })),
          lanes: d.lanes.map((l) => ({ ...l, title: `${l.title} ${words[0]}` })),
        };
        const a = makeFrame(d);
        const b = makeFrame(retitled);
        // a lane title's long word widens the lane headers: only a page at its widest then takes it from the axis
        const widest = (f: typeof a) => f.x1 + STYLE.margin >= MAX_PAGE_WIDTH - 0.5;
        if (b.laneHeaderWidth > a.laneHeaderWidth && (widest(a) || widest(b))) expect(b.x1 + STYLE.margin).toBeLessThanOrEqual(MAX_PAGE_WIDTH);
        else expect([b.x1 - b.x0, b.laneMinHeight, b.t0, b.t1]).toEqual([a.x1 - a.x0, a.laneMinHeight, a.t0, a.t1]);
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('is never wider than MAX_PAGE_WIDTH, even where a long word in a lane title widens the lane headers', () => {
    // six lanes of three overlapping steps: a page at its widest
    const steps = Array.from({ length: 6 }, (_, l) =>
      [0, 1, 2].map((k) => ({ id: `s${l}-${k}`, lane: `l${l}`, title: 'Kumppanuuspöytä', start: '2025-02', end: '2025-04' })),
    ).flat();
    const plain = layoutDiagram(diagram(6, steps));
    expect(plain.width).toBeCloseTo(MAX_PAGE_WIDTH, 0);
    const d = diagram(6, steps);
    const wide: Diagram = { ...d, lanes: d.lanes.map((l, i) => (i === 2 ? { ...l, title: 'Sosiaali-ja-terveyspalvelujärjestöjen-yhteistyöryhmä' } : l)) };
    const g = layoutDiagram(wide);
    expect(g.lanes[0]!.header.width).toBeGreaterThan(STYLE.laneHeaderWidth + 40);
    expect(g.width).toBeLessThanOrEqual(MAX_PAGE_WIDTH + 0.5);
  });
});
