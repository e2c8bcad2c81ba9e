/**
 * Issue 11, Deliver 2: readable boxes whatever the span. Every label of every
 * fixture breaks without a fault (text/lineFaults.ts), every step's true period
 * is drawn at its true dates (computed here from day counts, not with the
 * layout's scale), and stacking keeps boxes and marks apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { periodLabel } from '../../../src/layout/contentText';
import type { Geometry, Rect, StepGeometry } from '../../../src/layout/geometry';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { STYLE } from '../../../src/layout/style';
import { lineFaults, type LineFault } from '../../../src/layout/text/lineFaults';
import { measureText } from '../../../src/layout/text/measure';
import { loadPatterns } from '../../../src/layout/text/patterns';
import type { Diagram, Step } from '../../../src/model/types';

beforeAll(async () => {
  await loadPatterns('sv');
  await loadPatterns('en');
});

const read = (file: string): Diagram => {
  const r = readDiagramText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file} refused`);
  return r.diagram;
};
const fixtureFiles = [
  ...readdirSync('fixtures/paths').map((f) => `fixtures/paths/${f}`),
  ...readdirSync('fixtures/templates')
    .filter((f) => f !== 'index.json')
    .map((f) => `fixtures/templates/${f}`),
  'fixtures/osallisuuspolku.json',
].filter((f) => f.endsWith('.json'));

const DAY = 86_400_000;
const utc = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, s.length > 7 ? +s.slice(8, 10) : 1);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A step's true period from its dates alone: [first instant, instant after its last day). */
function truePeriod(s: Step): { t0: number; t1: number } {
  const t0 = utc(s.start);
  const last = s.end ?? s.start;
  // a month covers up to the 1st of the next; a day up to the next day
  const t1 = last.length > 7 ? utc(last) + DAY : Date.UTC(+last.slice(0, 4), +last.slice(5, 7), 1);
  return { t0, t1 };
}

/** x of an instant from day counts: x0 + days / totalDays × (x1 − x0). */
const xAt = (g: Geometry, t: number) =>
  g.axis.x0 + ((t - g.axis.startTime) / DAY / ((g.axis.endTime - g.axis.startTime) / DAY)) * (g.axis.x1 - g.axis.x0);

/** The rectangle a step's period mark covers. */
function markRect(s: StepGeometry): Rect {
  const p = s.period;
  if (p.kind === 'milestone') {
    const r = STYLE.periodDiamond / 2;
    const cx = (p.x + p.x2) / 2;
    return { x: cx - r, y: p.y - r, width: 2 * r, height: 2 * r };
  }
  return { x: p.x, y: p.y - STYLE.periodBar / 2, width: p.x2 - p.x, height: STYLE.periodBar };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

/** Every fault of every label in the picture, with where it is. */
function allFaults(d: Diagram, g: Geometry): string[] {
  const lang = d.language ?? 'fi';
  const out: string[] = [];
  const check = (what: string, text: string, lines: readonly string[], maxLines?: number) => {
    const faults: LineFault[] = lineFaults(text, lines, { lang, maxLines });
    for (const f of faults) out.push(`${what}: ${f.kind} in "${f.word}" (${lines.join(' / ')})`);
  };
  for (const s of g.steps) {
    const step = d.steps.find((x) => x.id === s.id)!;
    check(`step ${s.id}`, step.title, s.label.lines, step.title.length <= 80 ? 4 : undefined);
  }
  for (const p of g.phases) {
    const phase = d.phases.find((x) => x.id === p.id)!;
    check(`phase ${p.id}`, phase.title, p.label.lines);
    check(`phase ${p.id} dates`, periodLabel(lang, phase.start, phase.end), p.dates.lines);
  }
  for (const l of g.lanes) check(`lane ${l.id}`, d.lanes.find((x) => x.id === l.id)!.title, l.label.lines);
  for (const l of g.links) if (l.label) check(`link ${l.id}`, d.links.find((x) => x.id === l.id)!.title ?? '', l.label.lines);
  g.depth?.levels.forEach((lv, i) => check(`depth level ${i}`, d.depth!.levels[i]!.title, lv.label.lines));
  return out;
}

/** The true period is drawn at its true dates, and the box starts there and holds its text. */
function expectPeriods(d: Diagram, g: Geometry): void {
  for (const s of g.steps) {
    const step = d.steps.find((x) => x.id === s.id)!;
    const { t0, t1 } = truePeriod(step);
    expect(s.period.start, s.id).toBe(iso(t0));
    expect(s.period.end, s.id).toBe(iso(t1 - DAY));
    expect(s.period.kind, s.id).toBe(t1 - t0 === DAY ? 'milestone' : 'bar');
    expect(s.period.x, s.id).toBeCloseTo(xAt(g, t0), 6);
    expect(s.period.x2, s.id).toBeCloseTo(xAt(g, t1), 6);
    // the box starts at its period's start — or, widened by its title past the axis's end, is set back to end there
    if (Math.abs(s.x - s.period.x) > 1e-6) {
      expect(s.x, s.id).toBeLessThan(s.period.x);
      expect(s.x + s.width, s.id).toBeCloseTo(g.axis.x1, 6);
    }
    // just under its box, inside its lane
    const mark = markRect(s);
    const lane = g.lanes.find((l) => l.id === s.lane)!;
    expect(mark.y, s.id).toBeGreaterThan(s.y + s.height);
    expect(mark.y + mark.height, s.id).toBeLessThanOrEqual(lane.y + lane.height + 1e-6);
    // the text fits its box
    for (const line of s.label.lines) expect(measureText(line, STYLE.step), s.id).toBeLessThanOrEqual(s.width - 2 * STYLE.stepPadX + 1e-6);
  }
}

/** No box or mark of one step touches a box or mark of another. */
function expectApart(g: Geometry): void {
  const drawn = g.steps.flatMap((s) => [
    { id: s.id, r: { x: s.x, y: s.y, width: s.width, height: s.height } },
    { id: s.id, r: markRect(s) },
  ]);
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!;
      const b = drawn[j]!;
      if (a.id !== b.id) expect(overlaps(a.r, b.r), `${a.id} and ${b.id}`).toBe(false);
    }
  }
}

describe.each(fixtureFiles)('%s', (file) => {
  it('breaks every label without a fault', () => {
    const d = read(file);
    expect(allFaults(d, layoutDiagram(d))).toEqual([]);
  });

  it('draws every step period at its true dates, under its box', () => {
    const d = read(file);
    expectPeriods(d, layoutDiagram(d));
  });

  it('keeps boxes and period marks apart', () => {
    expectApart(layoutDiagram(read(file)));
  });

  it('gives every text container the width of its text', () => {
    const g = layoutDiagram(read(file));
    for (const l of g.lanes)
      for (const line of l.label.lines) expect(measureText(line, STYLE.laneTitle)).toBeLessThanOrEqual(l.header.width - 2 * STYLE.laneHeaderPad + 1e-6);
    for (const p of g.phases) {
      for (const line of p.label.lines) expect(measureText(line, STYLE.phaseTitle)).toBeLessThanOrEqual(p.labelBox.width - 2 * STYLE.phaseHeaderPad + 1e-6);
      for (const line of p.dates.lines) expect(measureText(line, STYLE.phaseDates)).toBeLessThanOrEqual(p.labelBox.width - 2 * STYLE.phaseHeaderPad + 1e-6);
    }
    // phase labels never cover one another
    for (const a of g.phases) for (const b of g.phases) if (a !== b) expect(overlaps(a.labelBox, b.labelBox), `${a.id} ${b.id}`).toBe(false);
  });
});

const base = (steps: Step[], extra: Partial<Diagram> = {}): Diagram => ({
  format: 'participation-path',
  version: 1,
  title: 'Testi',
  lanes: [
    { id: 'a', title: 'Järjestöt' },
    { id: 'b', title: 'Kunnat' },
  ],
  phases: [],
  steps,
  links: [],
  legend: [],
  ...extra,
});

describe('boxes wider than their period', () => {
  it('a short step in a 12-year span: a box its title reads in, a bar at its dates', () => {
    const d = base(
      [
        { id: 'long', lane: 'a', title: 'Strategiakausi', start: '2024-01', end: '2035-12' },
        { id: 'mid', lane: 'b', title: 'Väliarviointi järjestökyselyllä', start: '2029-09', end: '2029-12' },
      ],
      {},
    );
    const g = layoutDiagram(d);
    const mid = g.steps.find((s) => s.id === 'mid')!;
    expect(allFaults(d, g)).toEqual([]);
    expect(mid.width).toBeGreaterThan(mid.period.x2 - mid.period.x);
    expect(mid.label.lines.length).toBeLessThanOrEqual(4);
    expectPeriods(d, g);
  });

  it('a one-day step is a milestone at its day; a month-dated step without an end is its month', () => {
    const d = base([
      { id: 'day', lane: 'a', title: 'Seminaari', start: '2025-03-12' },
      { id: 'same', lane: 'a', title: 'Kokous', start: '2025-05-02', end: '2025-05-02' },
      { id: 'month', lane: 'b', title: 'Kysely', start: '2025-04' },
    ]);
    const g = layoutDiagram(d);
    const by = (id: string) => g.steps.find((s) => s.id === id)!;
    expect(by('day').period).toMatchObject({ kind: 'milestone', start: '2025-03-12', end: '2025-03-12' });
    expect(by('same').period).toMatchObject({ kind: 'milestone', start: '2025-05-02', end: '2025-05-02' });
    expect(by('month').period).toMatchObject({ kind: 'bar', start: '2025-04-01', end: '2025-04-30' });
    expect(by('day').width).toBeGreaterThanOrEqual(STYLE.stepDefaultWidth);
    expectPeriods(d, g);
  });

  it('stacks steps whose boxes outgrow their periods, keeping boxes and marks apart', () => {
    const steps: Step[] = Array.from({ length: 8 }, (_, i) => ({
      id: `s${i}`,
      lane: 'a',
      title: 'Kumppanuuspöydän kokoontuminen',
      start: `2025-03-${String(3 + i).padStart(2, '0')}`,
    }));
    const d = base([...steps, { id: 'x', lane: 'b', title: 'Koko vuosi', start: '2025-01', end: '2025-12' }]);
    const g = layoutDiagram(d);
    expect(g.lanes[0]!.rows).toBeGreaterThan(1);
    expectApart(g);
    expectPeriods(d, g);
  });

  it('stacks by the drawn extent: a milestone right after a bar does not sit on the bar', () => {
    const d = base([
      { id: 'bar', lane: 'a', title: 'Kysely', start: '2025-01', end: '2025-04' },
      { id: 'day', lane: 'a', title: 'Seminaari', start: '2025-05-01' },
      { id: 'span', lane: 'b', title: 'Koko kausi', start: '2024-01', end: '2027-12' },
    ]);
    const g = layoutDiagram(d);
    const bar = g.steps.find((s) => s.id === 'bar')!;
    const day = g.steps.find((s) => s.id === 'day')!;
    expect(day.period.x).toBeGreaterThanOrEqual(bar.period.x2 - 1e-6); // one after the other in time
    expectApart(g);
    expect(g.lanes[0]!.rows).toBe(2);
  });

  it('keeps adjacent periods side by side in one row (their bars meet, they do not overlap)', () => {
    const d = base([
      { id: 'p1', lane: 'a', title: 'Valmistelu', start: '2024-01', end: '2025-12' },
      { id: 'p2', lane: 'a', title: 'Toimeenpano', start: '2026-01', end: '2029-12' },
    ]);
    const g = layoutDiagram(d);
    expect(g.lanes[0]!.rows).toBe(1);
    expectApart(g);
  });
});

describe('text containers as wide as their longest unbreakable piece', () => {
  it('widens the lane header column for a lane title that cannot break legibly in it', () => {
    // too long for two pieces of 160 px: the column widens rather than cut it in three
    const title = 'Järjestöyhteistyöverkostoneuvottelukunnat';
    const d = base([], { lanes: [{ id: 'a', title }, { id: 'b', title: 'Kunnat' }] });
    const g = layoutDiagram(d);
    expect(g.lanes[0]!.header.width).toBeGreaterThan(STYLE.laneHeaderWidth);
    expect(g.lanes[1]!.header.width).toBe(g.lanes[0]!.header.width);
    expect(g.axis.x0).toBe(STYLE.margin + g.lanes[0]!.header.width + STYLE.headerGap);
    expect(allFaults(d, g)).toEqual([]);
    // and the usual width when no title needs more
    expect(layoutDiagram(base([])).lanes[0]!.header.width).toBe(STYLE.laneHeaderWidth);
  });

  it('gives an arrow title the width it needs', () => {
    const d = base(
      [
        { id: 'a1', lane: 'a', title: 'Kysely', start: '2025-01', end: '2025-02' },
        { id: 'b1', lane: 'b', title: 'Päätös', start: '2025-06', end: '2025-06' },
      ],
      // too long for two pieces of 140 px
      { links: [{ id: 'l', from: 'a1', to: 'b1', title: 'Järjestöyhteistyöverkostoneuvottelukunnat ehdottavat' }] },
    );
    const g = layoutDiagram(d);
    const label = g.links[0]!.label!;
    expect(Math.max(...label.lines.map((l) => measureText(l, STYLE.linkLabel)))).toBeGreaterThan(140);
    expect(allFaults(d, g)).toEqual([]);
  });

  it('gives a short phase a label its title and dates read in, on a header row of its own', () => {
    const d = base([], {
      phases: [
        { id: 'p1', title: 'Valmistelu', start: '2024-01', end: '2024-12' },
        { id: 'p2', title: 'Lausuntokierros', start: '2025-01-07', end: '2025-01-21' },
        { id: 'p3', title: 'Toimeenpano', start: '2025-01-22', end: '2026-12' },
      ],
    });
    const g = layoutDiagram(d);
    expect(allFaults(d, g)).toEqual([]);
    const short = g.phases.find((p) => p.id === 'p2')!;
    expect(short.header.width).toBeLessThan(60); // the band stays at the true dates …
    expect(short.labelBox.width).toBeGreaterThan(short.header.width); // … the label takes the room it needs
    for (const a of g.phases) for (const b of g.phases) if (a !== b) expect(overlaps(a.labelBox, b.labelBox)).toBe(false);
    // the dates in one piece
    expect(short.dates.lines).toEqual(['7.–21.1.2025']);
    // the next phase's label moves aside within its own column rather than onto a row of its own
    const next = g.phases.find((p) => p.id === 'p3')!;
    expect(next.labelBox.y).toBe(short.labelBox.y);
    expect(next.labelBox.x).toBeGreaterThanOrEqual(short.labelBox.x + short.labelBox.width - 1e-6);
    expect(next.labelBox.x + next.labelBox.width).toBeLessThanOrEqual(next.x + next.width + 1e-6);
  });
});

describe('any steps and titles (property)', () => {
  const WORDS = [
    'ja', 'Luonnokset', 'kommentoitavana', 'Väliarviointi', 'järjestökyselyllä', 'hyvinvointialueen', 'sote-keskus',
    'kumppanuuspöytä', '16.8.–5.9.2021', '3–12/2022', 'vk 34', 'Kylä-', 'kierros', 'yhteistoimintaverkoston', 'työpaja',
    'Iisalmessa', 'COVID-19-pandemia', 'A', 'Hankkeen', 'rekrytoinnit',
  ];
  const title = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
  const stepArb = fc.record({
    lane: fc.constantFrom('a', 'b'),
    title,
    day: fc.integer({ min: 0, max: 700 }),
    kind: fc.constantFrom('day', 'days', 'month', 'open-day', 'open-month'),
    length: fc.integer({ min: 0, max: 90 }),
  });
  it('breaks every title legibly, draws every period at its dates, keeps all apart', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 14 }), fc.constantFrom(30, 120, 700, 4000), (raw, span) => {
        const start = Date.UTC(2024, 0, 1);
        const steps: Step[] = raw.map((r, i) => {
          const t = start + ((r.day * span) / 700) * DAY;
          const day = iso(t);
          const endDay = iso(t + Math.min(r.length, span) * DAY);
          const s = { id: `s${i}`, lane: r.lane, title: r.title };
          switch (r.kind) {
            case 'day':
              return { ...s, start: day, end: day };
            case 'days':
              return { ...s, start: day, end: endDay };
            case 'month':
              return { ...s, start: day.slice(0, 7), end: endDay.slice(0, 7) };
            case 'open-day':
              return { ...s, start: day };
            default:
              return { ...s, start: day.slice(0, 7) };
          }
        });
        const d = base(steps);
        const g = layoutDiagram(d);
        expect(allFaults(d, g)).toEqual([]);
        expectPeriods(d, g);
        expectApart(g);
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe('boxes their titles widen past their periods', () => {
  // two short steps eleven weeks apart in one lane, on a one-year axis: at two lines each their boxes
  // would overlap (two rows); a line taller and narrower they stand side by side in one row, lower
  const diagram = (): Diagram =>
    ({
      format: 'participation-path',
      version: 1,
      title: 'Palvelustrategia',
      language: 'fi',
      phases: [],
      legend: [],
      links: [],
      lanes: [
        { id: 'a', title: 'Järjestöt' },
        { id: 'b', title: 'Hyvinvointialue' },
      ],
      steps: [
        { id: 's1', lane: 'a', title: 'Järjestöjen kommentointikierros palvelustrategiasta', start: '2025-03-03', end: '2025-03-16' },
        { id: 's2', lane: 'a', title: 'Kokemusasiantuntijoiden työpaja palveluverkosta', start: '2025-05-22', end: '2025-06-04' },
        { id: 's3', lane: 'b', title: 'Aluehallituksen päätös', start: '2025-01', end: '2025-12' },
      ],
    }) as Diagram;

  it('take a line more and stack into fewer rows where that makes their lane lower', () => {
    const g = layoutDiagram(diagram());
    const [a, b] = g.steps.filter((s) => s.lane === 'a');
    expect(g.lanes[0]!.rows).toBe(1);
    expect(a!.label.lines.length).toBe(3);
    expect(a!.x + a!.width + STYLE.stepGap).toBeLessThanOrEqual(b!.x + 1e-6);
    // each still at least as wide as its period gives and holding its title
    for (const s of [a!, b!]) for (const line of s.label.lines) expect(measureText(line, STYLE.step)).toBeLessThanOrEqual(s.width - 2 * STYLE.stepPadX + 1e-6);
  });
});
