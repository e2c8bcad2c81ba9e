/**
 * The time scale (layout/time.ts makeSegmentedScale) is the piecewise-linear map d3-scale's polylinear
 * scale computes — the same numbers, to the last bit, for any segments and any instant, inside or beyond
 * the ends — without bringing d3-scale's tick formatting into the eager bundle.
 */
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSegmentedScale } from '../../../src/layout/time';

describe('the segmented time scale', () => {
  it('maps every instant as d3-scale does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dt: fc.integer({ min: 0, max: 400 * 86_400_000 }), dx: fc.double({ min: 0, max: 2000, noNaN: true }) }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1_500_000_000_000, max: 1_700_000_000_000 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.array(fc.integer({ min: -1000 * 86_400_000, max: 5000 * 86_400_000 }), { minLength: 1, maxLength: 20 }),
        (pieces, t0, x0, offsets) => {
          let t = t0;
          let x = x0;
          const segments = pieces.map((p) => {
            const s = { t0: t, t1: t + p.dt, x0: x, x1: x + p.dx };
            t += p.dt;
            x += p.dx;
            return s;
          });
          const ours = makeSegmentedScale(segments);
          const d3 = scaleLinear<number, number>()
            .domain([segments[0]!.t0, ...segments.map((s) => s.t1)])
            .range([segments[0]!.x0, ...segments.map((s) => s.x1)]);
          for (const at of [...offsets.map((o) => t0 + o), ...segments.flatMap((s) => [s.t0, s.t1])]) {
            const want = d3(at);
            expect(ours(at)).toBe(want);
            expect(ours(new Date(at))).toBe(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
