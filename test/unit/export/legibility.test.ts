/**
 * The judge of the legibility test (test/helpers/legibility.ts) on hand-made
 * measurements: each fault kind is found where it is, and not where it is not.
 */
import { describe, expect, it } from 'vitest';
import {
  align, arrowFaults, countFaults, faultTable, findFaults, outsideFaults, overlapFaults, periodFaults, textFaults, truePeriod, xOfDay,
  type Box, type Measured, type MeasuredStep, type MeasuredText,
} from '../../helpers/legibility';

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const text = (source: string | null, lines: string[], at: Box = box(10, 10, 50, 15)): MeasuredText => ({
  where: 'step s',
  source,
  lines: lines.map((t, i) => ({ text: t, box: { ...at, y: at.y + i * 17 }, size: 14 })),
});
const kinds = (source: string, lines: string[]) => textFaults(text(source, lines)).map((f) => f.kind);

// 2021-01-01 … 2021-01-10 (10 days) over 100 … 1100: 100 px a day
const AXIS = { start: '2021-01-01', end: '2021-01-10', x0: 100, x1: 1100 };

function step(partial: Partial<MeasuredStep>): MeasuredStep {
  return { id: 's', start: '2021-01-02', end: '2021-01-03', box: box(200, 100, 200, 40), text: text('Työpaja', ['Työpaja'], box(210, 110, 60, 16)), periods: [], ...partial };
}

function measured(partial: Partial<Measured>): Measured {
  return { width: 1600, height: 900, axis: AXIS, steps: [], links: [], linkLabels: [], texts: [], occupants: [], ...partial };
}

describe('text: the drawn lines mapped back onto the source', () => {
  it('follows collapsed whitespace, hard breaks, soft hyphens and drawn hyphens; says what is missing or changed', () => {
    const al = align('Järjestö\u00adyhteistyö  ja\n2025', ['Järjestö-', 'yhteistyö ja', '2025']);
    expect(typeof al).toBe('object');
    if (typeof al === 'string') return;
    expect(al.spans.map((s) => s.inserted)).toEqual([true, false, false]);
    expect(align('Kumppanuuspöytä', ['Kumppanuus'])).toMatch(/not drawn: "pöytä"/);
    expect(align('Kumppanuuspöytä', ['Kumppanuusp…'])).toMatch(/does not continue/);
    expect(kinds('Kumppanuuspöytä', ['Kumppanuus'])).toEqual(['text']);
  });

  it('a word in two pieces is fine, in three a fault (at a drawn hyphen or mid-word); a hyphenated compound is words of its own', () => {
    expect(kinds('järjestöyhteistyörakenteiden kehittäminen', ['järjestöyhteistyö-', 'rakenteiden', 'kehittäminen'])).toEqual([]);
    const three = textFaults(text('järjestöyhteistyörakenteiden', ['järjestö-', 'yhteistyö-', 'rakenteiden']));
    expect(three.map((f) => f.kind)).toEqual(['pieces']);
    expect(three[0]!.detail).toContain('"järjestöyhteistyörakenteiden" in 3 pieces: järjestö- | yhteistyö- | rakenteiden');
    expect(kinds('hyvinvointialuevaltuusto', ['hyvinvoin', 'tialuevaltuu', 'sto'])).toEqual(['pieces']);
    expect(kinds('sote-keskus-verkosto', ['sote-', 'keskus-', 'verkosto'])).toEqual([]);
  });

  it('a line of one or two letters that is not a whole word is a fault; "ja" or "EU" alone is not', () => {
    expect(kinds('Työpajat ja EU hankkeet', ['Työpajat', 'ja', 'EU', 'hankkeet'])).toEqual([]);
    expect(kinds('Asukasraati', ['Asukasraa-', 'ti'])).toEqual(['fragment']);
    expect(kinds('Asukasraati', ['A-', 'sukasraati'])).toEqual(['fragment']);
    expect(kinds('Asukasraati', ['Asukasraat', 'i'])).toEqual(['fragment']);
    expect(kinds('e-lasku', ['e-', 'lasku'])).toEqual(['fragment']);
  });

  it('a break inside a number or a date is a fault; between a number and a word, or at a space, is not', () => {
    expect(kinds('Kokous 12.5.2025', ['Kokous 12.5.', '2025'])).toEqual(['number']);
    expect(kinds('Vuodet 2024–2026', ['Vuodet 2024–', '2026'])).toEqual(['number']);
    expect(kinds('Budjetti 1250000', ['Budjetti 12500-', '00'])).toEqual(['number']);
    expect(kinds('Haku 1.–3.5.', ['Haku 1.–', '3.5.'])).toEqual(['number']);
    expect(kinds('Kokous 12.5. 2025', ['Kokous 12.5.', '2025'])).toEqual([]);
    expect(kinds('2020-luvun strategia', ['2020-', 'luvun strategia'])).toEqual([]);
    expect(kinds('Vuosi-2025', ['Vuosi-', '2025'])).toEqual([]);
  });

  it('text drawn by the layout itself (no source) is not judged; a source drawn nowhere is a fault', () => {
    expect(textFaults(text(null, ['1/2023 alk-', 'aen']))).toEqual([]);
    expect(textFaults(text('Valmistelu', []))).toEqual([{ kind: 'text', where: 'step s', detail: '"Valmistelu" is not drawn' }]);
  });
});

describe('geometry', () => {
  it('text outside its box, beyond a pixel', () => {
    const b = box(0, 0, 100, 40);
    expect(outsideFaults(b, text('a', ['a'], box(0.5, 5, 99.8, 15)))).toEqual([]);
    expect(outsideFaults(b, text('a', ['a'], box(-2, 5, 50, 15)))).toHaveLength(1);
    expect(outsideFaults(b, text('a b', ['a', 'b'], box(10, 20, 50, 15)))).toHaveLength(1); // the second line at y 37…52
  });

  it('overlaps beyond half a pixel between any two occupants; touching is fine', () => {
    const o = (id: string, b: Box) => ({ kind: 'axis' as const, id, label: id, box: b });
    expect(overlapFaults([o('a', box(0, 0, 50, 10)), o('b', box(50, 0, 50, 10)), o('c', box(0, 10.4, 50, 10))])).toEqual([]);
    const f = overlapFaults([o('a', box(0, 0, 50, 10)), o('b', box(48, 5, 50, 10)), o('far', box(500, 0, 5, 5))]);
    expect(f).toHaveLength(1);
    expect(f[0]!.detail).toContain('overlap by 2.0 × 5.0 px');
  });

  it('an arrow sample inside a box other than its ends (shrunk a pixel) is a fault; along its edge or through its own ends is not', () => {
    const steps = [step({ id: 'a', box: box(0, 0, 100, 40) }), step({ id: 'b', box: box(300, 0, 100, 40) }), step({ id: 'x', box: box(150, 0, 100, 40) })];
    const line = (y: number) => Array.from({ length: 101 }, (_, i) => ({ x: 50 + i * 3, y }));
    expect(arrowFaults([{ id: 'l', from: 'a', to: 'b', samples: line(20) }], steps).map((f) => f.detail)).toEqual(['a → b passes through step x at (152, 20)']);
    expect(arrowFaults([{ id: 'l', from: 'a', to: 'b', samples: line(40.5) }], steps)).toEqual([]);
    expect(arrowFaults([{ id: 'l', from: 'a', to: 'b', samples: line(0.5) }], steps)).toEqual([]);
    expect(arrowFaults([{ id: 'l', from: 'a', to: 'x', samples: line(20).filter((p) => p.x < 200) }], steps)).toEqual([]);
  });
});

describe('periods from day counts', () => {
  it('a month date covers its month; no end: the start alone', () => {
    expect(truePeriod('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(truePeriod('2021-11', '2022-01')).toEqual({ first: '2021-11-01', last: '2022-01-31' });
    expect(truePeriod('2021-11-05')).toEqual({ first: '2021-11-05', last: '2021-11-05' });
    expect(xOfDay(AXIS, '2021-01-01')).toBe(100);
    expect(xOfDay(AXIS, '2021-01-11')).toBe(1100);
    expect(xOfDay(AXIS, '2021-01-04')).toBe(400);
  });

  it('a bar within a pixel of its dates; a one-day mark centred on its day; missing or wrong marks are faults', () => {
    const bar = (x: number, w: number, value = '2021-01-02/2021-01-03') => [{ value, box: box(x, 120, w, 6) }];
    expect(periodFaults(AXIS, step({ periods: bar(200.6, 199.5) }))).toEqual([]);
    expect(periodFaults(AXIS, step({ periods: bar(200, 210) }))[0]!.detail).toBe('the bar of 2021-01-02/2021-01-03 runs 200.0…410.0, the dates 200.0…400.0');
    expect(periodFaults(AXIS, step({ periods: [] }))[0]!.detail).toBe('no data-period mark for 2021-01-02/2021-01-03');
    expect(periodFaults(AXIS, step({ periods: bar(200, 200, '2021-01-02/2021-01-04') }))[0]!.detail).toMatch(/the step's dates are/);
    const day = step({ start: '2021-01-05', end: undefined });
    expect(periodFaults(AXIS, { ...day, periods: [{ value: '2021-01-05/2021-01-05', box: box(544, 120, 12, 12) }] })).toEqual([]);
    expect(periodFaults(AXIS, { ...day, periods: [{ value: '2021-01-05/2021-01-05', box: box(500, 120, 12, 12) }] })).toHaveLength(1);
    expect(periodFaults(AXIS, { ...day, periods: [{ value: '2021-01-05/2021-01-05', box: box(500, 120, 100, 6) }] })).toEqual([]);
  });
});

describe('the whole picture', () => {
  const good = () =>
    measured({ steps: [step({ periods: [{ value: '2021-01-02/2021-01-03', box: box(200, 120, 200, 6) }] })] });

  it('a clean picture has no faults', () => {
    expect(findFaults(good(), { ordinary: true })).toEqual([]);
  });

  it('no axis span, too narrow; for ordinary paths the shape and the fitted text size', () => {
    expect(findFaults({ ...good(), axis: null }, { ordinary: false }).map((f) => f.kind)).toEqual(['axis']);
    expect(findFaults({ ...good(), width: 1100, height: 700 }, { ordinary: false }).map((f) => f.kind)).toEqual(['narrow']);
    // 1600 × 1300: 1.23, and fitted 1080/1300 × 14 = 11.6 px
    expect(findFaults({ ...good(), height: 1300 }, { ordinary: true }).map((f) => f.kind)).toEqual(['ratio', 'small-text']);
    expect(findFaults({ ...good(), height: 1300 }, { ordinary: false })).toEqual([]);
    // 4000 × 1000: 4.0, and 1920/4000 × 14 = 6.7 px
    expect(countFaults(findFaults({ ...good(), width: 4000, height: 1000 }, { ordinary: true }))).toMatchObject({ ratio: 1, 'small-text': 1 });
  });

  it('counts faults by kind into a table', () => {
    const t = faultTable([{ name: 'a', faults: [{ kind: 'overlap', where: '', detail: '' }] }, { name: 'b', faults: [] }], ['overlap', 'arrow']);
    expect(t.split('\n')).toEqual(['| diagram | overlap | arrow |', '| --- | ---: | ---: |', '| a | 1 | 0 |', '| b | 0 | 0 |', '| **total** | **1** | **0** |']);
  });
});
