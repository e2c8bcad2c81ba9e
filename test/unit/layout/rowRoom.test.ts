/**
 * Room in a row (src/layout/rowRoom.ts): a box taller than its row needs takes the free room beside it, so
 * the row gets lower; nothing widens where the row would not get lower; boxes never come to overlap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relieveRow, type RowBox } from '../../../src/layout/rowRoom';
import { STYLE as S } from '../../../src/layout/style';
import { fitText } from '../../../src/layout/textBlock';

const box = (key: string, title: string, x: number, width: number, setBack = false): RowBox => {
  const { lines } = fitText(title, S.step, 'fi', { min: width - 2 * S.stepPadX, max: width - 2 * S.stepPadX });
  return { key, title, x, width, lines, setBack };
};

const long = 'Aluehallitus valmisteluryhmä yhteistyösopimus verkkokommentointi hyvinvointialueen osallisuusohjelman';

describe('room in a row', () => {
  it('widens a tall box into the free room to its right, at its start', () => {
    const tall = box('a', long, 100, 200);
    expect(tall.lines.length).toBeGreaterThanOrEqual(4);
    const r = relieveRow([tall, box('b', 'Kokous', 1200, 152)], 0, 2000, 'fi').get('a')!;
    expect(r.x).toBe(100);
    expect(r.lines.length).toBeLessThanOrEqual(2);
    expect(r.x + r.width).toBeLessThanOrEqual(1200 - S.stepGap);
  });

  it('sets a box set back at the axis end further back to the left, never past the box before it', () => {
    const prev = box('p', 'Kokous', 100, 152);
    const tall = box('a', long, 1800, 200, true);
    const r = relieveRow([prev, tall], 0, 2000, 'fi').get('a')!;
    expect(r.x + r.width).toBe(2000);
    expect(r.x).toBeGreaterThanOrEqual(252 + S.stepGap);
    expect(r.lines.length).toBeLessThan(tall.lines.length);
  });

  it('leaves the row alone where a box that cannot take fewer lines keeps it as tall', () => {
    const boxed = box('a', long, 100, 200); // no room: the next box is right beside it
    const other = box('b', long, 100 + 200 + S.stepGap, 200);
    const third = box('c', long, 100 + 400 + 2 * S.stepGap, 200);
    expect(relieveRow([boxed, other, third], 0, 100 + 600 + 2 * S.stepGap, 'fi').size).toBe(0);
  });

  it('does not widen a two-line box to one line (the row would get only 2 px lower)', () => {
    const two = box('a', 'Järjestötori toimintaedellytysten vahvistaminen', 100, 240);
    expect(two.lines).toHaveLength(2);
    expect(relieveRow([two], 0, 2000, 'fi').size).toBe(0);
  });

  it('keeps boxes apart and each inside the axis, for any row (property)', () => {
    const words = ['järjestöjen', 'osallisuus', 'hyvinvointialuevaltuusto', 'ja', 'kumppanuuspöytä', 'kokous', 'toimintaedellytysten'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: S.stepGap, max: 300 }), width: fc.integer({ min: 152, max: 320 }), words: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }) }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (specs, lastSetBack) => {
          let x = 0;
          const row = specs.map((s, i) => {
            x += s.gap;
            const b = box(`k${i}`, s.words.join(' '), x, s.width, lastSetBack && i === specs.length - 1);
            x += s.width;
            return b;
          });
          const x1 = x + (lastSetBack ? 0 : 200);
          const relief = relieveRow(row, 0, x1, 'fi');
          const after = row.map((b) => ({ ...b, ...relief.get(b.key) })).sort((a, b) => a.x - b.x);
          for (let i = 0; i < after.length; i++) {
            const b = after[i]!;
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(Math.max(x1, row[i]!.x + row[i]!.width) + 1e-9);
            if (i > 0) expect(b.x).toBeGreaterThanOrEqual(after[i - 1]!.x + after[i - 1]!.width + S.stepGap - 1e-9);
            expect(b.lines.length).toBeLessThanOrEqual(row[i]!.lines.length);
          }
          const tallest = (bs: readonly { lines: readonly string[] }[]) => Math.max(...bs.map((b) => b.lines.length));
          if (relief.size > 0) expect(tallest(after)).toBeLessThan(tallest(row));
        },
      ),
      { numRuns: 200 },
    );
  });
});
