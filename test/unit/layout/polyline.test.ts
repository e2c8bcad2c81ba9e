/**
 * provisional.ts shiftPathY: an arrow's path data (polyline.ts) moved down (the screen's provisional arrows after an edit move the
 * routed ones whose boxes moved down alike: provisional.ts) is the path of the same points moved down,
 * to the 1/100 px the path is written in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedPath } from '../../../src/layout/polyline';
import { shiftPathY } from '../../../src/layout/provisional';

const coordinate = fc.double({ min: -5000, max: 50000, noNaN: true }).map((v) => Math.round(v * 8) / 8);
/** An orthogonal polyline: alternately horizontal and vertical steps. */
const polyline = fc
  .tuple(coordinate, coordinate, fc.array(fc.double({ min: -900, max: 900, noNaN: true }).filter((v) => Math.abs(v) > 20), { minLength: 1, maxLength: 8 }))
  .map(([x, y, steps]) => {
    const points = [{ x, y }];
    steps.forEach((d, i) => {
      const p = points[points.length - 1]!;
      points.push(i % 2 === 0 ? { x: p.x + d, y: p.y } : { x: p.x, y: p.y + d });
    });
    return points;
  });

describe('shiftPathY', () => {
  it('moves every point of a rounded path down by dy (within the 1/100 px it is written to)', () => {
    fc.assert(
      fc.property(polyline, fc.integer({ min: -3000, max: 3000 }).map((v) => v / 4), (points, dy) => {
        const moved = shiftPathY(roundedPath(points), dy);
        const expected = roundedPath(points.map((p) => ({ x: p.x, y: p.y + dy })));
        const numbers = (d: string) => d.match(/-?\d*\.?\d+(?:e-?\d+)?/g)!.map(Number);
        const [a, b] = [numbers(moved), numbers(expected)];
        expect(moved.replace(/[-\d.e]+/g, '#')).toBe(expected.replace(/[-\d.e]+/g, '#'));
        expect(a.length).toBe(b.length);
        a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(0.011));
        // x never changes
        numbers(moved).forEach((v, i) => i % 2 === 0 && expect(v).toBe(numbers(roundedPath(points))[i]));
      }),
    );
  });
  it('is the path itself for no move, and moves a plain path', () => {
    expect(shiftPathY('M1,2 L3,4', 0)).toBe('M1,2 L3,4');
    expect(shiftPathY('M1,2 L3,4 Q5.5,6.25 7,8', 10.5)).toBe('M1,12.5 L3,14.5 Q5.5,16.75 7,18.5');
    expect(shiftPathY('M-1,-2 L3,-4', 2)).toBe('M-1,0 L3,-2');
  });
});
