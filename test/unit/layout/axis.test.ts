/**
 * The time axis for any span from a week to twenty years: the rows chosen by
 * the span, their labels in the content language, ISO weeks, margins, a
 * width that does not depend on the span, and labels that never overlap or
 * leave their cell (a property over random spans). Expected values are
 * written out or computed from day counts, not from the layout's own scale.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { isoWeek } from '../../../src/layout/axis';
import type { AxisGeometry, Geometry } from '../../../src/layout/geometry';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { STYLE } from '../../../src/layout/style';
import { measureText } from '../../../src/layout/text/measure';
import type { ContentLanguage, Diagram, Step } from '../../../src/model/types';

const DAY = 86_400_000;
const utc = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, s.length > 7 ? +s.slice(8, 10) : 1);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * A path whose steps cover `start`…`end` (a step from the start to the end), in the first of ten lanes: a page
 * tall enough for the usual axis width (a flat page gets a narrower axis, see pageShape.test.ts).
 */
function path(start: string, end: string, lang: ContentLanguage = 'fi', more: Step[] = []): Diagram {
  return {
    format: 'participation-path',
    version: 1,
    title: 'Polku',
    language: lang,
    lanes: [{ id: 'a', title: 'Järjestöt' }, ...'bcdefghij'.split('').map((id) => ({ id, title: `Taso ${id}` }))],
    phases: [],
    legend: [],
    links: [],
    steps: [{ id: 's', lane: 'a', title: 'Kaikki', start, end }, ...more],
  } as Diagram;
}

const rowsOf = (a: AxisGeometry) => a.rows.map((r) => r.kind);
const labels = (a: AxisGeometry, row: number) =>
  a.ticks
    .filter((t) => t.row === row && t.label)
    .sort((p, q) => p.x - q.x)
    .map((t) => t.label);

describe('rows chosen by the span', () => {
  it('1 week: days under the month', () => {
    const a = layoutDiagram(path('2021-08-16', '2021-08-22')).axis;
    expect(rowsOf(a)).toEqual(['month', 'day']);
    expect(labels(a, 0)).toEqual(['elokuu 2021']);
    expect(labels(a, 1)).toEqual(['su 15', 'ma 16', 'ti 17', 'ke 18', 'to 19', 'pe 20', 'la 21', 'su 22', 'ma 23']);
  });

  it('10 days: days under the month, a day of margin on each side', () => {
    const a = layoutDiagram(path('2021-08-16', '2021-08-25')).axis;
    expect(rowsOf(a)).toEqual(['month', 'day']);
    expect([a.start, a.end]).toEqual(['2021-08-15', '2021-08-26']);
    expect(labels(a, 1)).toHaveLength(12);
    expect(labels(a, 1)[1]).toBe('ma 16');
  });

  it('3 weeks: days, ISO weeks and months', () => {
    const a = layoutDiagram(path('2021-08-16', '2021-09-05')).axis;
    expect(rowsOf(a)).toEqual(['month', 'week', 'day']);
    expect(labels(a, 0)).toEqual(['elokuu 2021', 'syyskuu 2021']);
    expect(labels(a, 1)).toEqual(['vk 32', 'vk 33', 'vk 34', 'vk 35', 'vk 36']);
  });

  it('3 months: weeks under the months', () => {
    const a = layoutDiagram(path('2021-08-01', '2021-10-31')).axis;
    expect(rowsOf(a)).toEqual(['month', 'week']);
    expect(labels(a, 0)).toEqual(expect.arrayContaining(['elokuu 2021', 'syyskuu 2021', 'lokakuu 2021']));
    // the margins reach to whole weeks: Monday 26.7. to Sunday 7.11.
    expect([a.start, a.end]).toEqual(['2021-07-26', '2021-11-07']);
    expect(labels(a, 1)).toEqual(Array.from({ length: 15 }, (_, i) => `vk ${30 + i}`));
  });

  it('2 years: months under the years, a month of margin on each side', () => {
    const a = layoutDiagram(path('2021-01', '2022-12')).axis;
    expect(rowsOf(a)).toEqual(['year', 'month']);
    expect([a.start, a.end]).toEqual(['2020-12-01', '2023-01-31']);
    expect(labels(a, 0)).toEqual(['2020', '2021', '2022', '2023']);
    expect(labels(a, 1).slice(0, 4)).toEqual(['joulu', 'tammi', 'helmi', 'maalis']);
  });

  it('10 years: years, each labelled once and apart', () => {
    const a = layoutDiagram(path('2016-01', '2025-12')).axis;
    expect(rowsOf(a)).toEqual(['year']);
    expect(labels(a, 0)).toEqual(Array.from({ length: 12 }, (_, i) => String(2015 + i)));
    expect(overlaps(a)).toEqual([]);
  });

  it('20 years: years', () => {
    const a = layoutDiagram(path('2005-01', '2024-12')).axis;
    expect(rowsOf(a)).toEqual(['year']);
    expect(labels(a, 0)).toEqual(expect.arrayContaining(['2005', '2010', '2015', '2020', '2024']));
    expect(overlaps(a)).toEqual([]);
  });

  it('60 years: every 2nd year labelled, at its start, with the room up to the next label', () => {
    const a = layoutDiagram(path('1970-01', '2029-12')).axis;
    expect(rowsOf(a)).toEqual(['year']);
    const labelled = a.ticks.filter((t) => t.label);
    expect(labelled.every((t) => Number(t.label) % 2 === 0 && t.anchor === 'start')).toBe(true);
    expect(labelled.map((t) => t.label)).toContain('2000');
    expect(overlaps(a)).toEqual([]);
    expect(outsideCells(a)).toEqual([]);
  });

  it('the seed (30 months, an axis setting) keeps its axis exactly, months under years', () => {
    const r = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
    if (!r.ok) throw new Error('refused');
    const a = layoutDiagram(r.diagram).axis;
    expect([a.start, a.end]).toEqual(['2021-07-01', '2023-12-31']);
    expect(rowsOf(a)).toEqual(['year', 'month']);
    expect(labels(a, 0)).toEqual(['2021', '2022', '2023']);
    expect(labels(a, 1)).toHaveLength(30);
  });
});

describe('labels in the content language', () => {
  it('months: the longest form that fits, in Finnish, Swedish and English', () => {
    for (const [lang, top, months] of [
      ['fi', 'elokuu 2021', ['tammi', 'helmi']],
      ['sv', 'augusti 2021', ['jan', 'feb']],
      ['en', 'August 2021', ['Jan', 'Feb']],
    ] as const) {
      expect(labels(layoutDiagram(path('2021-08-16', '2021-08-25', lang)).axis, 0)).toEqual([top]);
      expect(labels(layoutDiagram(path('2021-01', '2022-12', lang)).axis, 1).slice(1, 3)).toEqual(months);
    }
  });

  it('a short span names its months in full: "lokakuu", not "loka"', () => {
    const a = layoutDiagram(path('2021-03', '2021-09')).axis; // 7 months: year + month rows, 190 px a month
    expect(rowsOf(a)).toEqual(['year', 'month']);
    expect(labels(a, 1)).toEqual(['helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu']);
  });

  it('a long span shortens them as far as a number: "tammikuu" → "tammi" → "1"', () => {
    // 36 months of 41 px: "marras" (37 px and the padding) does not fit, so every month is a number
    const a = layoutDiagram({ ...path('2021-01', '2023-12'), axis: { start: '2021-01', end: '2023-12' } }).axis;
    expect(rowsOf(a)).toEqual(['year', 'month']);
    expect(labels(a, 1)).toEqual(Array.from({ length: 36 }, (_, i) => String((i % 12) + 1)));
    // 30 months of 49 px: the short names fit
    const b = layoutDiagram({ ...path('2021-01', '2023-06'), axis: { start: '2021-01', end: '2023-06' } }).axis;
    expect(labels(b, 1).slice(9, 12)).toEqual(['loka', 'marras', 'joulu']);
  });

  it('weeks: "vk 34", "v. 34", "w 34"; days with their weekday', () => {
    for (const [lang, week, day] of [
      ['fi', 'vk 34', 'ma 23'],
      ['sv', 'v. 34', 'mån 23'],
      ['en', 'w 34', 'Mon 23'],
    ] as const) {
      expect(labels(layoutDiagram(path('2021-08-01', '2021-10-31', lang)).axis, 1)).toContain(week);
      expect(labels(layoutDiagram(path('2021-08-16', '2021-08-25', lang)).axis, 1)).toContain(day);
    }
  });

  it('the four spans in Swedish and English: the same rows as in Finnish, every row in the language', () => {
    const rows = (start: string, end: string, lang: ContentLanguage) => {
      const a = layoutDiagram(path(start, end, lang)).axis;
      return { rows: rowsOf(a), labels: a.rows.map((r) => labels(a, r.index)) };
    };
    // 10 days: days under the month
    const sv = rows('2021-08-16', '2021-08-25', 'sv');
    expect(sv.rows).toEqual(['month', 'day']);
    expect(sv.labels[0]).toEqual(['augusti 2021']);
    expect(sv.labels[1]).toHaveLength(12);
    // Thursday as Swedish writes it short: "tors" (not "tor")
    expect(sv.labels[1]).toEqual(['sön 15', 'mån 16', 'tis 17', 'ons 18', 'tors 19', 'fre 20', 'lör 21', 'sön 22', 'mån 23', 'tis 24', 'ons 25', 'tors 26']);
    expect(rows('2021-08-16', '2021-08-25', 'en').labels[1]!.slice(0, 3)).toEqual(['Sun 15', 'Mon 16', 'Tue 17']);
    // 3 months: ISO weeks under the months
    for (const [lang, months, week] of [
      ['sv', ['juli 2021', 'augusti 2021', 'september 2021', 'oktober 2021'], 'v. 30'],
      ['en', ['July 2021', 'August 2021', 'September 2021', 'October 2021'], 'w 30'],
    ] as const) {
      const r = rows('2021-08-01', '2021-10-31', lang);
      expect(r.rows).toEqual(['month', 'week']);
      expect(r.labels[0]!.slice(0, 4)).toEqual(months);
      expect(r.labels[1]![0]).toBe(week);
      expect(r.labels[1]).toHaveLength(15);
    }
    // 2 years: months under the years
    expect(rows('2021-01', '2022-12', 'sv').labels[1]!.slice(0, 7)).toEqual(['dec', 'jan', 'feb', 'mar', 'apr', 'maj', 'jun']);
    expect(rows('2021-01', '2022-12', 'en').labels[1]!.slice(0, 7)).toEqual(['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
    // 10 years: years
    for (const lang of ['sv', 'en'] as const) expect(rows('2016-01', '2025-12', lang)).toEqual({ rows: ['year'], labels: [Array.from({ length: 12 }, (_, i) => String(2015 + i))] });
  });

  it('ISO 8601 week numbers', () => {
    expect(isoWeek(utc('2021-08-23'))).toBe(34);
    expect(isoWeek(utc('2021-08-29'))).toBe(34); // Sunday
    expect(isoWeek(utc('2021-01-03'))).toBe(53); // 2020 had 53 weeks
    expect(isoWeek(utc('2021-01-04'))).toBe(1);
    expect(isoWeek(utc('2024-12-30'))).toBe(1); // Monday of 2025's first week
    expect(isoWeek(utc('2026-12-31'))).toBe(53);
    expect(isoWeek(utc('2023-01-01'))).toBe(52);
  });
});

describe('the width and the margins', () => {
  it('is the same for 3 weeks as for 10 years', () => {
    const short = layoutDiagram(path('2021-08-16', '2021-09-05'));
    const long = layoutDiagram(path('2016-01', '2025-12'));
    expect(short.axis.x1 - short.axis.x0).toBe(STYLE.axisTargetWidth);
    expect(long.axis.x1 - long.axis.x0).toBe(STYLE.axisTargetWidth);
    expect(short.width).toBe(long.width);
  });

  it('reaches further in time (not wider) until a step without an end at the end fits', () => {
    const d = path('2021-08-16', '2021-08-22', 'fi', [{ id: 'open', lane: 'a', title: 'Jatkuu', start: '2021-08-22' }]);
    const g = layoutDiagram(d);
    const open = g.steps.find((s) => s.id === 'open')!;
    expect(g.axis.x1 - g.axis.x0).toBe(STYLE.axisTargetWidth);
    expect(open.width).toBe(STYLE.stepDefaultWidth);
    expect(open.x + open.width).toBeLessThanOrEqual(g.axis.x1 + 1e-6);
    // independent of the scale: the open step's x from day counts
    const t0 = utc(g.axis.start);
    const t1 = utc(g.axis.end) + DAY;
    expect(open.x).toBeCloseTo(g.axis.x0 + ((utc('2021-08-22') - t0) / (t1 - t0)) * STYLE.axisTargetWidth, 6);
  });

  it('draws a day date at its day and a month date across its month', () => {
    const d = path('2021-08-01', '2021-09-30', 'fi', [
      { id: 'day', lane: 'a', title: 'Päivä', start: '2021-08-23', end: '2021-08-27' },
      { id: 'month', lane: 'a', title: 'Kuukausi', start: '2021-09', end: '2021-09' },
    ]);
    const g = layoutDiagram(d);
    const t0 = utc(g.axis.start);
    const t1 = utc(g.axis.end) + DAY;
    const x = (t: number) => g.axis.x0 + ((t - t0) / (t1 - t0)) * (g.axis.x1 - g.axis.x0);
    const day = g.steps.find((s) => s.id === 'day')!;
    const month = g.steps.find((s) => s.id === 'month')!;
    expect(day.x).toBeCloseTo(x(utc('2021-08-23')), 6);
    expect(day.x + day.width + STYLE.stepGap).toBeCloseTo(x(utc('2021-08-28')), 6);
    expect(month.x).toBeCloseTo(x(utc('2021-09-01')), 6);
    expect(month.x + month.width + STYLE.stepGap).toBeCloseTo(x(utc('2021-10-01')), 6);
  });
});

type Extent = { row: number; label: string; left: number; right: number; cellLeft: number; cellRight: number };

/** Where each label is drawn, measured with the font's own metrics, and the room it was given. */
function extents(a: AxisGeometry): Extent[] {
  const out: Extent[] = [];
  for (const row of a.rows) {
    const cells = a.ticks.filter((t) => t.row === row.index).sort((p, q) => p.x - q.x);
    const labelled = cells.filter((t) => t.label);
    labelled.forEach((t, i) => {
      const w = measureText(t.label, { size: row.size, weight: row.weight });
      const left = t.anchor === 'middle' ? t.labelX - w / 2 : t.labelX;
      // a centred label belongs to its cell; a label at a cell's start (every n-th labelled) to the run up to the next label
      const cellRight = t.anchor === 'middle' ? t.x2 : (labelled[i + 1]?.x ?? a.x1);
      out.push({ row: row.index, label: t.label, left, right: left + w, cellLeft: t.x, cellRight });
    });
  }
  return out;
}

function overlaps(a: AxisGeometry): string[] {
  const bad: string[] = [];
  const all = extents(a);
  for (const row of a.rows) {
    const mine = all.filter((e) => e.row === row.index).sort((p, q) => p.left - q.left);
    for (let i = 1; i < mine.length; i++)
      if (mine[i]!.left < mine[i - 1]!.right + 1e-6) bad.push(`${mine[i - 1]!.label} / ${mine[i]!.label}`);
  }
  return bad;
}

function outsideCells(a: AxisGeometry): string[] {
  return extents(a)
    .filter((e) => e.left < e.cellLeft - 1e-6 || e.right > e.cellRight + 1e-6 || e.left < a.x0 - 1e-6 || e.right > a.x1 + 1e-6)
    .map((e) => `${e.label} [${e.left.toFixed(1)}, ${e.right.toFixed(1)}] outside [${e.cellLeft.toFixed(1)}, ${e.cellRight.toFixed(1)}]`);
}

const arbitraryPath = fc
  .record({
    startDay: fc.integer({ min: 0, max: 365 * 30 }), // 2000 … 2030
    days: fc.integer({ min: 7, max: 365 * 20 }),
    monthDates: fc.boolean(),
    openEnded: fc.boolean(),
    lang: fc.constantFrom<ContentLanguage>('fi', 'sv', 'en'),
  })
  .map(({ startDay, days, monthDates, openEnded, lang }) => {
    const t = utc('2000-01-01') + startDay * DAY;
    let start = iso(t);
    let end = iso(t + (days - 1) * DAY);
    if (monthDates) {
      start = start.slice(0, 7);
      end = end.slice(0, 7);
    }
    const more: Step[] = openEnded ? [{ id: 'open', lane: 'a', title: 'Jatkuu', start: end }] : [];
    return path(start, end, lang, more);
  });

describe('for any span from a week to twenty years (property)', () => {
  it('labels in one row never overlap and never leave their cell; the axis is always the target width; 1–3 rows; content is never hidden', () => {
    fc.assert(
      fc.property(arbitraryPath, (d) => {
        const g: Geometry = layoutDiagram(d);
        const a = g.axis;
        expect(a.x1 - a.x0).toBe(STYLE.axisTargetWidth);
        expect(a.rows.length).toBeGreaterThanOrEqual(1);
        expect(a.rows.length).toBeLessThanOrEqual(3);
        expect(a.height).toBe(a.rows.length * STYLE.axisRowHeight);
        expect(overlaps(a)).toEqual([]);
        expect(outsideCells(a)).toEqual([]);
        // the bottom row is labelled
        expect(labels(a, a.rows.length - 1).length).toBeGreaterThan(0);
        for (const s of g.steps) {
          expect(s.x).toBeGreaterThanOrEqual(a.x0 - 1e-6);
          expect(s.x + s.width).toBeLessThanOrEqual(a.x1 + 1e-6);
        }
        // the axis shows every day of the content
        const first = d.steps[0]!;
        expect(a.start <= (first.start.length === 7 ? `${first.start}-01` : first.start)).toBe(true);
        expect(utc(a.end) + DAY).toBeGreaterThanOrEqual(
          first.end!.length === 7 ? Date.UTC(+first.end!.slice(0, 4), +first.end!.slice(5, 7), 1) : utc(first.end!) + DAY,
        );
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
