import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rect, StepGeometry } from '../../../src/layout/geometry';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { STYLE } from '../../../src/layout/style';
import { measureText } from '../../../src/layout/text/measure';
import { readDiagramText } from '../../../src/io/readDiagram';
import type { Diagram } from '../../../src/model/types';
import { randomDiagram } from '../../helpers/randomDiagram';
import { routeProblems } from '../../helpers/routeChecks';
import { PORT_GAP } from '../../../src/layout/links';

const seed = (() => {
  const r = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
  if (!r.ok) throw new Error('default diagram refused');
  return r.diagram;
})();

const diagrams: [string, Diagram][] = [
  ['seed 000', seed],
  ...[1, 2, 3, 4, 5, 6].map((s) => [`random #${s}`, randomDiagram(s, 12 + s * 9)] as [string, Diagram]),
];

/** Independent of d3: the axis maps UTC time linearly from its first day's start to the end of its last day. */
function expectedX(date: string, g: ReturnType<typeof layoutDiagram>): number {
  const t = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, s.length > 7 ? +s.slice(8, 10) : 1);
  const t0 = t(g.axis.start);
  const t1 = t(g.axis.end) + 86_400_000;
  return g.axis.x0 + ((t(date) - t0) / (t1 - t0)) * (g.axis.x1 - g.axis.x0);
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

function distanceToBorder(p: { x: number; y: number }, r: Rect): number {
  const inside = p.x >= r.x - 1e-6 && p.x <= r.x + r.width + 1e-6 && p.y >= r.y - 1e-6 && p.y <= r.y + r.height + 1e-6;
  if (!inside) return Infinity;
  return Math.min(Math.abs(p.x - r.x), Math.abs(p.x - r.x - r.width), Math.abs(p.y - r.y), Math.abs(p.y - r.y - r.height));
}

describe.each(diagrams)('layout of %s', (_name, d) => {
  const g = layoutDiagram(d);
  const byId = new Map<string, StepGeometry>(g.steps.map((s) => [s.id, s]));

  it('lays out every step, lane and link', () => {
    expect(g.steps).toHaveLength(d.steps.length);
    expect(g.lanes.map((l) => l.id)).toEqual(d.lanes.map((l) => l.id));
    expect(g.links).toHaveLength(d.links.length);
  });

  it("puts a step's x at the scale of its start", () => {
    for (const s of d.steps) expect(byId.get(s.id)!.x).toBeCloseTo(expectedX(s.start, g), 6);
  });

  it('places each step inside its lane', () => {
    for (const s of g.steps) {
      const lane = g.lanes.find((l) => l.id === s.lane)!;
      expect(s.y).toBeGreaterThanOrEqual(lane.y);
      expect(s.y + s.height).toBeLessThanOrEqual(lane.y + lane.height + 1e-6);
    }
  });

  it('stacks a lane in as many rows as the most boxes that overlap at one x', () => {
    for (const lane of g.lanes) {
      const boxes = g.steps.filter((s) => s.lane === lane.id);
      let most = 0;
      for (const b of boxes) {
        // the largest overlap is reached at some box's left edge (boxes closer than the gap count as overlapping)
        const at = boxes.filter((o) => o.x <= b.x + 1e-9 && b.x < o.x + o.width + STYLE.stepGap - 1e-9).length;
        most = Math.max(most, at);
      }
      expect(lane.rows).toBe(most);
      expect(new Set(boxes.map((b) => b.row)).size).toBe(most);
    }
  });

  it('never overlaps two boxes', () => {
    for (let i = 0; i < g.steps.length; i++)
      for (let j = i + 1; j < g.steps.length; j++) expect(overlaps(g.steps[i]!, g.steps[j]!)).toBe(false);
  });

  it('fits every line of text in its box', () => {
    for (const s of g.steps) {
      const room = s.width - 2 * STYLE.stepPadX;
      for (const line of s.label.lines) {
        expect(measureText(line, { size: s.label.size, weight: s.label.weight })).toBeLessThanOrEqual(room + 1e-6);
      }
      expect(s.label.lines.length * s.label.lineHeight).toBeLessThanOrEqual(s.height - 2 * STYLE.stepPadY + 1e-6);
    }
  });

  it('ends every arrow on the borders of its two boxes', () => {
    for (const l of g.links) {
      expect(distanceToBorder(l.start, byId.get(l.from)!)).toBeLessThan(0.01);
      expect(distanceToBorder(l.end, byId.get(l.to)!)).toBeLessThan(0.01);
    }
  });

  it('draws an open-ended phase to the end of the axis, a closed one to its inclusive end', () => {
    for (const p of d.phases) {
      const pg = g.phases.find((x) => x.id === p.id)!;
      expect(pg.x).toBeCloseTo(expectedX(p.start, g), 6);
      if (p.end === undefined) expect(pg.x + pg.width).toBeCloseTo(g.axis.x1, 6);
      else {
        const next = new Date(Date.UTC(+p.end.slice(0, 4), +p.end.slice(5, 7), 1)).toISOString().slice(0, 7);
        expect(pg.x + pg.width).toBeCloseTo(expectedX(next, g), 6);
      }
    }
  });

  it('binds the depth band to the same axis, deepening from the first level to the last', () => {
    if (!d.depth) return;
    const levels = g.depth!.levels;
    expect(levels).toHaveLength(d.depth.levels.length);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]!.x).toBeCloseTo(expectedX(d.depth.levels[i]!.at, g), 6);
      expect(levels[i]!.intensity).toBeGreaterThan(levels[i - 1]!.intensity);
    }
  });

  it('keeps all content on the page', () => {
    for (const s of g.steps) expect(s.x + s.width).toBeLessThanOrEqual(g.width);
    expect(g.source ? g.source.y : 0).toBeLessThan(g.height);
  });
});

describe('the axis', () => {
  it('widens to show content outside the axis setting', () => {
    const d = { ...seed, axis: { start: '2022-01', end: '2022-06' } };
    const g = layoutDiagram(d);
    expect(g.axis.start).toBe('2021-07-01');
    expect(g.axis.end >= '2023-12').toBe(true);
  });

  it('names months in the diagram language', () => {
    const fi = layoutDiagram(seed).axis.ticks.filter((t) => t.kind === 'month').map((t) => t.label);
    const en = layoutDiagram({ ...seed, language: 'en' }).axis.ticks.filter((t) => t.kind === 'month').map((t) => t.label);
    expect(fi.slice(0, 2)).toEqual(['heinä', 'elo']);
    expect(en.slice(0, 2)).toEqual(['Jul', 'Aug']);
  });
});

describe('arrows that would share a line', () => {
  const g = layoutDiagram(seed);
  const link = (from: string, to: string) => g.links.find((l) => l.from === from && l.to === to)!;

  it('are set apart where they leave one box (seed: Esitykset → Strategia straight down, → Aluevaltuusto around Strategia)', () => {
    const short = link('esitykset', 'strategia');
    const long = link('esitykset', 'aluevaltuusto-kausi');
    expect(Math.abs(short.start.x - long.start.x)).toBeGreaterThanOrEqual(PORT_GAP - 1e-6);
    expect(short.start.y).toBe(long.start.y);
    expect(short.end.x).toBeCloseTo(short.start.x, 6);
    // the long one used to pass under "Strategiatyöhön osallistuminen"
    expect(routeProblems(g).filter((p) => p.link === long.id)).toEqual([]);
  });

  it('never start or end at one point on a top or bottom border, in any diagram', () => {
    for (const [name, d] of diagrams) {
      const lg = layoutDiagram(d);
      const vertical = lg.links.filter((l) => Math.abs(Math.cos(l.endAngle)) < 0.2);
      const seen = new Map<string, string>();
      for (const l of vertical) {
        for (const [box, p] of [
          [l.from, l.start],
          [l.to, l.end],
        ] as const) {
          const key = `${box}@${Math.round(p.x)},${Math.round(p.y)}`;
          expect(seen.get(key), `${name}: ${l.id} and ${seen.get(key)} at ${key}`).toBeUndefined();
          seen.set(key, l.id);
        }
      }
    }
  });
});
