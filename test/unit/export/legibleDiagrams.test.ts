/**
 * The legibility test's generated diagrams (test/helpers/legibleDiagrams.ts)
 * are what they claim: files the app's own reader accepts, 5–80 steps over
 * 1–8 lanes, spans of 10 days to 15 years, one-day steps and long compounds
 * among them; the ordinary ones never put more than 3 steps at once in a lane.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import type { Diagram } from '../../../src/model/types';
import { truePeriod } from '../../helpers/legibility';
import { anyPath, isOrdinary, mostAtOnce, ordinaryPath } from '../../helpers/legibleDiagrams';

const DAY = 86_400_000;
const t = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
function spanDays(d: Diagram): number {
  const periods = d.steps.map((s) => truePeriod(s.start, s.end));
  const first = Math.min(...periods.map((p) => t(p.first)));
  const last = Math.max(...periods.map((p) => t(p.last)));
  return (last - first) / DAY + 1;
}

describe('generated diagrams for the legibility test', () => {
  const many = fc.sample(anyPath, { numRuns: 150, seed: 11 });
  const ordinary = fc.sample(ordinaryPath, { numRuns: 100, seed: 11 });

  it('are valid files, 5–80 steps over 1–8 lanes, 10 days to 15 years', () => {
    for (const d of [...many, ...ordinary]) {
      const read = readDiagramText(JSON.stringify(d));
      expect(read.ok ? [] : read.problems).toEqual([]);
      expect(d.lanes.length).toBeGreaterThanOrEqual(1);
      expect(d.lanes.length).toBeLessThanOrEqual(8);
      expect(spanDays(d)).toBeGreaterThanOrEqual(10);
      expect(spanDays(d)).toBeLessThanOrEqual(5479 + 31);
    }
    for (const d of many) {
      expect(d.steps.length).toBeGreaterThanOrEqual(5);
      expect(d.steps.length).toBeLessThanOrEqual(80);
    }
  });

  it('cover the range: short and long spans, day and month dates, one-day steps, arrows, long compounds, numbers in titles', () => {
    const spans = many.map(spanDays);
    expect(Math.min(...spans)).toBeLessThan(45);
    expect(Math.max(...spans)).toBeGreaterThan(3650);
    const steps = many.flatMap((d) => d.steps);
    expect(steps.some((s) => s.start.length === 7)).toBe(true);
    expect(steps.some((s) => s.start.length === 10 && (s.end ?? s.start) === s.start)).toBe(true);
    expect(steps.some((s) => s.end === undefined)).toBe(true);
    expect(many.some((d) => d.links.length > 5)).toBe(true);
    const titles = steps.map((s) => s.title).join(' ');
    for (const w of ['järjestöyhteistyörakenteiden', 'välfärdsområdesfullmäktige', 'interoperability']) expect(titles.toLowerCase()).toContain(w);
    expect(titles).toMatch(/\d+\.\d+\.20\d\d/);
    expect(new Set(many.map((d) => d.language))).toEqual(new Set(['fi', 'sv', 'en']));
  });

  it('mostAtOnce counts the steps of a lane that share a day', () => {
    const d = many[0]!;
    const lane = d.lanes[0]!.id;
    const at = (start: string, end?: string) => ({ id: `x${start}${end ?? ''}`, lane, title: 'x', start, ...(end ? { end } : {}) });
    const four = { ...d, steps: [at('2021-01'), at('2021-01-15'), at('2020-12', '2021-02'), at('2021-01-31', '2021-03-01')] };
    expect(mostAtOnce(four)).toBe(3);
    expect(mostAtOnce({ ...four, steps: [...four.steps, at('2021-01-31')] })).toBe(4);
  });

  it('ordinary ones: at most 40 steps over at most 6 lanes, never more than 3 at once in a lane', () => {
    for (const d of ordinary) {
      expect(d.steps.length).toBeLessThanOrEqual(40);
      expect(d.lanes.length).toBeLessThanOrEqual(6);
      expect(mostAtOnce(d)).toBeLessThanOrEqual(3);
      expect(isOrdinary(d)).toBe(true);
    }
  });
});
