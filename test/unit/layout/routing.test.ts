/**
 * Arrows through the gaps: measured on the geometry as drawn (test/helpers/routeChecks.ts samples
 * each path), over the seed, the templates, the real paths and generated diagrams.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { labelWrapWidth, LABEL_WIDTH, placeLabels } from '../../../src/layout/linkLabels';
import { TRACK_CLEAR } from '../../../src/layout/links';
import { CORNER } from '../../../src/layout/polyline';
import { STYLE } from '../../../src/layout/style';
import { measureText } from '../../../src/layout/text/measure';
import type { Diagram } from '../../../src/model/types';
import { randomDiagram } from '../../helpers/randomDiagram';
import { routeProblems, samplePath, sideProblems } from '../../helpers/routeChecks';

const read = (file: string): Diagram => {
  const r = readDiagramText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file} refused`);
  return r.diagram;
};

const files = [
  'fixtures/osallisuuspolku.json',
  ...readdirSync('fixtures/templates')
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .map((f) => `fixtures/templates/${f}`),
  ...readdirSync('fixtures/paths')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `fixtures/paths/${f}`),
];

describe('the path sampler of the checks', () => {
  it('follows lines, quadratic and cubic curves', () => {
    const pts = samplePath('M0,0 L10,0 Q20,0 20,10 C20,20 30,20 30,30', 0.5);
    expect(pts[0]).toEqual({ x: 0, y: 0 });
    expect(pts.at(-1)!.x).toBeCloseTo(30, 9);
    expect(pts.at(-1)!.y).toBeCloseTo(30, 9);
    // the quadratic corner bulges towards its control point (20,0)
    const q = pts.filter((p) => p.x > 10 && p.x < 20 && p.y > 0 && p.y < 10);
    expect(q.length).toBeGreaterThan(5);
    for (const p of q) expect(p.x - 10 > p.y).toBe(true);
    for (let i = 1; i < pts.length; i++) expect(Math.hypot(pts[i]!.x - pts[i - 1]!.x, pts[i]!.y - pts[i - 1]!.y)).toBeLessThan(1);
  });
});

describe.each(files)('arrows of %s', (file) => {
  const d = read(file);
  const g = layoutDiagram(d);

  it('route every link', () => {
    expect(g.links.map((l) => l.id).sort()).toEqual(d.links.filter((l) => l.from !== l.to).map((l) => l.id).sort());
  });

  it('pass under no box, keep 16 px outside every box, share no line, and have labels clear of everything', () => {
    expect(routeProblems(g)).toEqual([]);
  });

  it('leave a box at its right side, bottom or top, and enter at its left side, top or bottom (never from behind)', () => {
    expect(sideProblems(g)).toEqual([]);
  });
});

describe('arrows of generated diagrams', () => {
  it('pass under no box, keep 16 px outside every box, share no line, have labels clear of everything, and read with time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 4, max: 36 }), fc.boolean(), (seed, steps, titled) => {
        const base = randomDiagram(seed, steps);
        const d: Diagram = titled ? { ...base, links: base.links.map((l, i) => (i % 2 ? l : { ...l, title: i % 4 ? 'palaute' : 'kokemusasiantuntijoiden kommentit' })) } : base;
        const g = layoutDiagram(d);
        const problems = [...routeProblems(g), ...sideProblems(g)];
        expect(problems, `seed ${seed}, ${steps} steps${titled ? ', titled' : ''}`).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('arrow labels', () => {
  it('wrap at a width that holds their longest unbreakable piece (a web address wider than 140 px)', () => {
    const address = 'https://www.osallisuus.fi/polku2026';
    const width = labelWrapWidth(`lisätietoa: ${address}`, STYLE.linkLabel, 'fi');
    expect(measureText(address, STYLE.linkLabel)).toBeGreaterThan(LABEL_WIDTH);
    expect(width).toBeGreaterThanOrEqual(measureText(address, STYLE.linkLabel));
    expect(labelWrapWidth('lyhyt nimi', STYLE.linkLabel, 'fi')).toBe(LABEL_WIDTH);
  });
});

describe('arrow labels that find no room at their usual width', () => {
  const usual = { lines: ['kokemus-', 'asiantuntijoiden', 'kommentit'], width: 120, height: 45 };
  const flat = { lines: ['kokemusasiantuntijoiden kommentit'], width: 230, height: 15 };
  // one arrow along a free strip 60 px high between two boxes above and below it
  const input = (shapes: [typeof usual, ...(typeof usual)[]]) => ({
    requests: [{ shapes }],
    polylines: [[{ x: 0, y: 50 }, { x: 600, y: 50 }]],
    steps: [
      { x: 0, y: 0, width: 600, height: 20 },
      { x: 0, y: 80, width: 600, height: 20 },
    ] as never,
    lanes: [],
    body: { x: 0, y: 0, width: 600, height: 100 },
    reserved: new Map(),
  });

  it('take a flatter shape that fits beside the arrow, and keep the usual one where it fits', () => {
    expect(placeLabels(input([usual])).failed).toEqual([0]);
    const placed = placeLabels(input([usual, flat]));
    expect(placed.failed).toEqual([]);
    expect(placed.shapes).toEqual([1]);
    const rect = placed.labels[0]!;
    expect(rect.height).toBe(15);
    expect(rect.y).toBeGreaterThanOrEqual(20);
    expect(rect.y + rect.height).toBeLessThanOrEqual(80);
    // with room for both, the usual shape
    const roomy = { ...input([usual, flat]), steps: [] as never, body: { x: 0, y: -100, width: 600, height: 300 } };
    expect(placeLabels(roomy).shapes).toEqual([0]);
  });

  it('in a dense real path (Pirkanmaa, every arrow titled), drawn with the lines of the shape placed', () => {
    const d = JSON.parse(readFileSync('fixtures/paths/pirkanmaa-vuosikello-2026.json', 'utf8')) as Diagram;
    const titled: Diagram = { ...d, links: d.links.map((l) => ({ ...l, title: 'kokemusasiantuntijoiden kommentit ja palaute' })) };
    const g = layoutDiagram(titled);
    const lineCounts = g.links.map((l) => l.label?.lines.length ?? 0);
    // some labels flattened to fewer lines than their usual wrap (3), none lost
    expect(lineCounts.every((n) => n >= 1)).toBe(true);
    expect(lineCounts.some((n) => n < 3)).toBe(true);
    expect(routeProblems(g)).toEqual([]);
  });
});

describe('arrowheads', () => {
  /** The path's corner points (ends of its straight pieces), from the path data. */
  const corners = (path: string) => [...path.matchAll(/[MLQ]\s*(?:[-\d.]+,[-\d.]+\s+)?([-\d.]+),([-\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

  it('that enter a box from above or below have room for the head and a corner after the last turn, in every diagram', () => {
    const all = [...files.map(read), ...[3, 17, 99, 1234].map((seed) => randomDiagram(seed, 30))];
    let checked = 0;
    for (const d of all) {
      const g = layoutDiagram(d);
      for (const l of g.links) {
        if (Math.abs(Math.cos(l.endAngle)) > 0.01) continue;
        const pts = corners(l.path);
        const before = pts[pts.length - 2]!;
        if (Math.abs(before.x - l.end.x) > 0.01) continue;
        // the last turn ends where the straight piece into the box begins; the turn itself is CORNER high
        expect(Math.abs(l.end.y - before.y) + CORNER, `${d.title}: ${l.id} ${l.path}`).toBeGreaterThanOrEqual(TRACK_CLEAR.head - 0.01);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
