import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import type { Geometry } from '../../../src/layout/geometry';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { boundaryAt, dateAt, laneAt, monthAt, monthsBetween, shiftBetween, shiftTo, unitShift } from '../../../src/layout/place';
import type { Diagram } from '../../../src/model/types';

const r = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
if (!r.ok) throw new Error('refused');
const g = layoutDiagram(r.diagram);

const DAY = 86_400_000;
const utc = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, s.length > 7 ? +s.slice(8, 10) : 1);
/** The x of a date's first instant, from day counts (independent of the layout's scale). */
const xOf = (geo: Geometry, date: string) => {
  const t0 = utc(geo.axis.start);
  const t1 = utc(geo.axis.end) + DAY;
  return geo.axis.x0 + ((utc(date) - t0) / (t1 - t0)) * (geo.axis.x1 - geo.axis.x0);
};
const pxPerDay = (geo: Geometry) => (geo.axis.x1 - geo.axis.x0) / ((utc(geo.axis.end) + DAY - utc(geo.axis.start)) / DAY);

const path = (start: string, end: string): Diagram =>
  ({
    format: 'participation-path',
    version: 1,
    title: 'Polku',
    lanes: [{ id: 'a', title: 'A' }],
    phases: [],
    legend: [],
    links: [],
    steps: [{ id: 's', lane: 'a', title: 'S', start, end }],
  }) as Diagram;

const days = layoutDiagram(path('2021-08-16', '2021-08-25')); // an axis of days
const weeks = layoutDiagram(path('2021-08-01', '2021-10-31')); // of weeks
const tenYears = layoutDiagram(path('2016-01', '2025-12')); // of years

describe('from a position back to the model', () => {
  it('finds the month of every step start at its box x, and of a point inside its first month', () => {
    for (const s of r.diagram.steps) {
      const box = g.steps.find((b) => b.id === s.id)!;
      expect(monthAt(g, box.x)).toBe(s.start.slice(0, 7));
      expect(monthAt(g, box.x + pxPerDay(g) * 27)).toBe(s.start.slice(0, 7));
      // the seed's axis shows months: dates are placed as months
      expect(dateAt(g, box.x)).toBe(s.start.slice(0, 7));
    }
  });

  it('continues months beyond both ends of the axis', () => {
    expect(monthAt(g, g.axis.x0 - pxPerDay(g) * 45)).toBe('2021-05');
    expect(monthAt(g, g.axis.x1 + pxPerDay(g) * 15)).toBe('2024-01');
  });

  it('round trip: the day at the x of every day is that day, on axes of days, weeks and years', () => {
    for (const geo of [days, weeks, tenYears]) {
      for (let t = utc(geo.axis.start); t <= utc(geo.axis.end); t += geo === tenYears ? 37 * DAY : DAY) {
        const day = new Date(t).toISOString().slice(0, 10);
        expect(dateAt(geo, xOf(geo, day), 'day')).toBe(day);
        expect(dateAt(geo, xOf(geo, day) + pxPerDay(geo) * 0.99, 'day')).toBe(day);
      }
    }
  });

  it('round trip: the month at the x of every month is that month, on axes of days and years', () => {
    for (const geo of [days, tenYears, g]) {
      for (let m = utc(geo.axis.start); m <= utc(geo.axis.end); m = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1)) {
        const month = new Date(m).toISOString().slice(0, 7);
        if (utc(month) < utc(geo.axis.start)) continue;
        expect(dateAt(geo, xOf(geo, month), 'month')).toBe(month);
      }
    }
  });

  it('places new dates as days where the axis shows days or weeks, as months elsewhere', () => {
    expect(dateAt(days, xOf(days, '2021-08-20') + 3)).toBe('2021-08-20');
    expect(dateAt(weeks, xOf(weeks, '2021-09-14') + 3)).toBe('2021-09-14');
    expect(dateAt(tenYears, xOf(tenYears, '2019-05') + 3)).toBe('2019-05');
  });

  it('snaps an edge to the nearest day or month boundary', () => {
    const d = pxPerDay(days);
    expect(boundaryAt(days, xOf(days, '2021-08-20') + d * 0.4)).toBe('2021-08-20');
    expect(boundaryAt(days, xOf(days, '2021-08-20') + d * 0.6)).toBe('2021-08-21');
    expect(boundaryAt(g, xOf(g, '2022-03') - pxPerDay(g) * 10)).toBe('2022-03');
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

describe('moves in the units the axis shows', () => {
  it('the arrow keys: a day on an axis of days, a week on an axis of weeks, a month elsewhere and for month dates', () => {
    expect(unitShift(days, '2021-08-20', 1)).toEqual({ months: 0, days: 1 });
    expect(unitShift(days, '2021-08-20', -1)).toEqual({ months: 0, days: -1 });
    expect(unitShift(weeks, '2021-08-20', 1)).toEqual({ months: 0, days: 7 });
    expect(unitShift(tenYears, '2021-08-20', 1)).toEqual({ months: 1 });
    expect(unitShift(g, '2021-08-20', -1)).toEqual({ months: -1 });
    // a month-dated step stays month-dated: it moves by months on any axis
    expect(unitShift(days, '2021-08', 1)).toEqual({ months: 1 });
    expect(unitShift(weeks, '2021-08', -1)).toEqual({ months: -1 });
  });

  it('a drag: whole days and months on an axis of days, months only on an axis of months', () => {
    const d = pxPerDay(days);
    const from = xOf(days, '2021-08-18') + d / 2;
    expect(shiftBetween(days, from, from + 3 * d)).toEqual({ months: 0, days: 3 });
    expect(shiftBetween(days, from, from + 14 * d)).toEqual({ months: 1, days: 14 });
    const m = xOf(g, '2022-03') + 2;
    expect(shiftBetween(g, m, xOf(g, '2022-05') + 2)).toEqual({ months: 2 });
  });

  it('a resize: the end goes to the day or the month under the pointer', () => {
    expect(shiftTo(days, '2021-08-20', xOf(days, '2021-08-23') + 5)).toEqual({ months: 0, days: 3 });
    expect(shiftTo(days, '2021-08', xOf(days, '2021-09-02') + 5)).toEqual({ months: 1 });
    expect(shiftTo(g, '2022-03-15', xOf(g, '2022-06') + 5)).toEqual({ months: 3 });
  });
});
