/**
 * The axis "by phase" (`axis.mode: "phases"`) beside true time: each phase
 * (or union of overlapping phases) room by its content, the time between and
 * outside phases compressed, the breaks marked — and in both modes every date
 * maps to x and back exactly, so dragging and the arrow keys still land on the
 * right day or month.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import type { Geometry } from '../../../src/layout/geometry';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { boundaryAt, dateAt, shiftTo, unitShift, xOfTime } from '../../../src/layout/place';
import { measureText } from '../../../src/layout/text/measure';
import { endTimeExclusive, monthIndex, startTime } from '../../../src/layout/time';
import type { AxisMode, Diagram, Phase, Step } from '../../../src/model/types';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function open(file: string): Diagram {
  const r = readDiagramText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file} refused`);
  return r.diagram;
}

const withMode = (d: Diagram, mode: AxisMode): Diagram => ({ ...d, axis: { ...d.axis, mode } });
const seed = open('fixtures/osallisuuspolku.json');

const x = (g: Geometry, date: string) => xOfTime(g, startTime(date));
const phaseWidths = (g: Geometry) => g.phases.map((p) => p.width);
const pxPerDay = (g: Geometry, from: string, to: string) => (x(g, to) - x(g, from)) / ((startTime(to) - startTime(from)) / DAY);

const diagram = (phases: Phase[], steps: Step[], mode: AxisMode, axis: { start?: string; end?: string } = {}): Diagram =>
  ({
    format: 'participation-path',
    version: 1,
    title: 'Polku',
    axis: { ...axis, mode },
    lanes: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ],
    phases,
    legend: [],
    links: [],
    steps,
  }) as Diagram;

describe('the seed by phase', () => {
  const time = layoutDiagram(seed);
  const phased = layoutDiagram(withMode(seed, 'phases'));

  it('gives its three phases (8, 10 and an open-ended 12 months) equal-ish room, as the hand-drawn original does', () => {
    const [a, b, c] = phaseWidths(time);
    // true time: in proportion to their days (7/2021–2/2022, 3–12/2022, 1/2023 to the axis's end 12/2023)
    const days = (from: string, to: string) => (endTimeExclusive(to) - startTime(from)) / DAY;
    expect(b! / a!).toBeCloseTo(days('2022-03', '2022-12') / days('2021-07', '2022-02'), 6);
    expect(c! / a!).toBeCloseTo(days('2023-01', '2023-12') / days('2021-07', '2022-02'), 6);
    const widths = phaseWidths(phased);
    expect(Math.max(...widths) / Math.min(...widths)).toBeLessThan(1.15);
    // the whole axis still spans the frame's width, as in true time, and the phases fill it (they meet, no gaps)
    expect([phased.axis.x0, phased.axis.x1]).toEqual([time.axis.x0, time.axis.x1]);
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(phased.axis.x1 - phased.axis.x0, 6);
  });

  it('marks a break where the rate changes (between the phases), none in true time', () => {
    expect(time.axis.breaks).toEqual([]);
    expect(time.axis.segments).toHaveLength(1);
    expect(phased.axis.breaks).toHaveLength(2);
    expect(phased.axis.breaks[0]).toBeCloseTo(phased.phases[1]!.x, 6);
    expect(phased.axis.breaks[1]).toBeCloseTo(phased.phases[2]!.x, 6);
  });

  it('still starts every step at its date', () => {
    for (const s of phased.steps) {
      const step = seed.steps.find((t) => t.id === s.id)!;
      expect(s.x).toBeCloseTo(x(phased, step.start), 6);
      expect(dateAt(phased, s.x)).toBe(step.start);
    }
  });
});

describe('room by content', () => {
  it('overlapping phases share the room of their union; the time between phases runs compressed', () => {
    const phases: Phase[] = [
      { id: 'p1', title: 'P1', start: '2022-01', end: '2022-06' },
      { id: 'p2', title: 'P2', start: '2022-04', end: '2022-09' },
      { id: 'p3', title: 'P3', start: '2023-06', end: '2023-09' },
    ];
    const steps: Step[] = [
      { id: 's1', lane: 'a', title: 'S1', start: '2022-02' },
      { id: 's2', lane: 'a', title: 'S2', start: '2022-08' },
      { id: 's3', lane: 'b', title: 'S3', start: '2023-07' },
    ];
    const g = layoutDiagram(diagram(phases, steps, 'phases', { start: '2022-01', end: '2023-09' }));
    const union = g.axis.segments.find((s) => s.t0 === startTime('2022-01'))!;
    expect(union.t1).toBe(endTimeExclusive('2022-09'));
    // one rate across the union: P1's and P2's months are alike
    expect(pxPerDay(g, '2022-01', '2022-04')).toBeCloseTo(pxPerDay(g, '2022-06', '2022-09'), 6);
    // the 9 months between P2 and P3 take less room per day than either phase
    expect(pxPerDay(g, '2022-10', '2023-06')).toBeLessThan(pxPerDay(g, '2022-01', '2022-10') / 2);
    expect(pxPerDay(g, '2022-10', '2023-06')).toBeLessThan(pxPerDay(g, '2023-06', '2023-10') / 2);
    // union and P3 hold the same content (one box per lane at most): the same room, though 9 and 4 months long
    expect(union.x1 - union.x0).toBeCloseTo(g.phases[2]!.width, 6);
    expect(g.axis.breaks).toHaveLength(2);
  });

  it('a busier phase gets more room than a quieter, longer one; the open-ended last phase the room of its content', () => {
    const phases: Phase[] = [
      { id: 'long', title: 'Long', start: '2020-01', end: '2021-12' },
      { id: 'busy', title: 'Busy', start: '2022-01', end: '2022-03' },
      { id: 'open', title: 'Open', start: '2022-04' },
    ];
    const steps: Step[] = [
      { id: 'l1', lane: 'a', title: 'L', start: '2020-06' },
      ...['2022-01', '2022-01', '2022-02', '2022-02', '2022-03', '2022-03', '2022-03', '2022-03'].map(
        (start, i): Step => ({ id: `b${i}`, lane: 'a', title: `B${i}`, start }),
      ),
      { id: 'o1', lane: 'b', title: 'O', start: '2022-05' },
    ];
    const g = layoutDiagram(diagram(phases, steps, 'phases', { end: '2026-12' }));
    const [long, busy, open] = phaseWidths(g);
    expect(busy!).toBeGreaterThan(1.5 * long!);
    // the open-ended phase runs to 2026 but is given the room of its one step, as the two-year phase is
    expect(open!).toBeCloseTo(long!, 6);
  });

  it('without phases, "by phase" is true time', () => {
    const steps: Step[] = [{ id: 's', lane: 'a', title: 'S', start: '2022-01', end: '2022-09' }];
    expect(layoutDiagram(diagram([], steps, 'phases'))).toEqual(layoutDiagram(diagram([], steps, 'time')));
  });
});

/** Phases and steps anywhere in ten years, some phases overlapping, the last one maybe open-ended. */
const arbitraryPath = fc
  .record({
    base: fc.integer({ min: 0, max: 365 * 25 }),
    phases: fc.array(fc.record({ at: fc.integer({ min: 0, max: 3000 }), days: fc.integer({ min: 1, max: 900 }) }), {
      minLength: 1,
      maxLength: 5,
    }),
    steps: fc.array(fc.record({ at: fc.integer({ min: 0, max: 3600 }), days: fc.option(fc.integer({ min: 1, max: 400 })) }), {
      minLength: 1,
      maxLength: 12,
    }),
    monthDates: fc.boolean(),
    openEnded: fc.boolean(),
    mode: fc.constantFrom<AxisMode>('time', 'phases'),
  })
  .map(({ base, phases, steps, monthDates, openEnded, mode }) => {
    const t = Date.UTC(2000, 0, 1) + base * DAY;
    const date = (day: number) => (monthDates ? iso(t + day * DAY).slice(0, 7) : iso(t + day * DAY));
    const ps = phases.map(
      (p, i): Phase => ({
        id: `p${i}`,
        title: `P${i}`,
        start: date(p.at),
        ...(openEnded && i === phases.length - 1 ? {} : { end: date(p.at + p.days) }),
      }),
    );
    const ss = steps.map(
      (s, i): Step => ({
        id: `s${i}`,
        lane: i % 2 ? 'a' : 'b',
        title: `Askel ${i}`,
        start: date(s.at),
        ...(s.days === null ? {} : { end: date(s.at + s.days) }),
      }),
    );
    return diagram(ps, ss, mode);
  });

/** Every n-th day of the axis (and its last), as `YYYY-MM-DD`, and every month the axis starts. */
function datesOf(g: Geometry): { days: string[]; months: string[] } {
  const days: string[] = [];
  const months: string[] = [];
  const n = Math.max(1, Math.floor((g.axis.endTime - g.axis.startTime) / DAY / 400));
  for (let t = g.axis.startTime; t < g.axis.endTime; t += n * DAY) days.push(iso(t));
  days.push(iso(g.axis.endTime - DAY));
  for (const d of days) if (d.endsWith('-01')) months.push(d.slice(0, 7));
  return { days, months };
}

const nextDay = (d: string) => iso(startTime(d) + DAY);
const prevDay = (d: string) => iso(startTime(d) - DAY);
const nextMonth = (m: string) => iso(endTimeExclusive(m)).slice(0, 7);
const prevMonth = (m: string) => iso(startTime(m) - DAY).slice(0, 7);

describe('in both modes, dates map to x and back exactly (property)', () => {
  it('dateAt(x of a date) is that date, anywhere in its day or month; boundaryAt snaps to the nearest boundary on screen', () => {
    fc.assert(
      fc.property(arbitraryPath, (d) => {
        const g = layoutDiagram(d);
        const segs = g.axis.segments;
        // the segments tile the axis, in time and in x
        expect(segs[0]!.x0).toBe(g.axis.x0);
        expect(segs.at(-1)!.x1).toBe(g.axis.x1);
        expect(segs[0]!.t0).toBe(g.axis.startTime);
        expect(segs.at(-1)!.t1).toBe(g.axis.endTime);
        for (let i = 1; i < segs.length; i++) {
          expect(segs[i]!.t0).toBe(segs[i - 1]!.t1);
          expect(segs[i]!.x0).toBe(segs[i - 1]!.x1);
          expect(segs[i]!.x1).toBeGreaterThan(segs[i]!.x0);
        }
        const { days, months } = datesOf(g);
        for (const day of days) {
          const at = x(g, day);
          const next = x(g, nextDay(day));
          const prev = x(g, prevDay(day));
          expect(dateAt(g, at, 'day')).toBe(day);
          expect(dateAt(g, at + 0.99 * (next - at), 'day')).toBe(day);
          expect(boundaryAt(g, at + 0.45 * (next - at), 'day')).toBe(day);
          expect(boundaryAt(g, at - 0.45 * (at - prev), 'day')).toBe(day);
        }
        for (const month of months) {
          const at = x(g, month);
          const next = x(g, nextMonth(month));
          const prev = x(g, prevMonth(month));
          expect(dateAt(g, at, 'month')).toBe(month);
          expect(dateAt(g, at + 0.99 * (next - at), 'month')).toBe(month);
          expect(boundaryAt(g, at + 0.45 * (next - at), 'month')).toBe(month);
          expect(boundaryAt(g, at - 0.45 * (at - prev), 'month')).toBe(month);
        }
        // every step's box starts at its date
        for (const s of g.steps) expect(s.x).toBeCloseTo(x(g, d.steps.find((t) => t.id === s.id)!.start), 6);
      }),
      { numRuns: 80, seed: 11 },
    );
  }, 60_000);

  it('a drag to the x of a date shifts a step there by whole days or months; the arrow keys by one unit', () => {
    fc.assert(
      fc.property(arbitraryPath, fc.nat(), fc.nat(), (d, i, j) => {
        const g = layoutDiagram(d);
        const { days, months } = datesOf(g);
        const from = days[i % days.length]!;
        const to = days[j % days.length]!;
        const shift = shiftTo(g, from, x(g, to) + 0.5 * (x(g, nextDay(to)) - x(g, to)));
        const byDays = g.axis.unit === 'day' || g.axis.unit === 'week';
        const monthsApart = monthIndex(to) - monthIndex(from);
        expect(shift.months).toBe(monthsApart);
        if (byDays) expect(shift.days).toBe(Math.round((startTime(to) - startTime(from)) / DAY));
        if (months.length > 0) {
          const m = months[i % months.length]!;
          // a month date moves by whole months, to the month under x
          expect(shiftTo(g, m, x(g, to))).toEqual({ months: monthIndex(to) - monthIndex(m) });
        }
        expect(unitShift(g, from, 1)).toEqual(byDays ? { months: 0, days: g.axis.unit === 'week' ? 7 : 1 } : { months: 1 });
      }),
      { numRuns: 100, seed: 7 },
    );
  }, 60_000);

  it('by phase, the axis labels of a row never overlap and stay on the axis, however compressed a segment; every box fits on the axis', () => {
    fc.assert(
      fc.property(arbitraryPath, (d) => {
        const g = layoutDiagram({ ...d, axis: { mode: 'phases' } });
        const a = g.axis;
        for (const s of g.steps) expect(s.x + s.width).toBeLessThanOrEqual(a.x1 + 0.5);
        expect(a.rows.length).toBeGreaterThan(0);
        for (const row of a.rows) {
          const font = { size: row.size, weight: row.weight };
          const extents = a.ticks
            .filter((t) => t.row === row.index && t.label)
            .map((t) => {
              const w = measureText(t.label, font);
              const left = t.anchor === 'middle' ? t.labelX - w / 2 : t.labelX;
              return { left, right: left + w };
            })
            .sort((p, q) => p.left - q.left);
          for (let k = 0; k < extents.length; k++) {
            expect(extents[k]!.left).toBeGreaterThanOrEqual(a.x0 - 1e-6);
            expect(extents[k]!.right).toBeLessThanOrEqual(a.x1 + 1e-6);
            if (k > 0) expect(extents[k]!.left).toBeGreaterThanOrEqual(extents[k - 1]!.right);
          }
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  }, 60_000);
});
