import { describe, expect, it } from 'vitest';
import { fitToPage, PAPER, paperSize } from '../../../src/io/export/pdfPage';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngSize } from '../../../src/io/export/pngSize';

describe('fitToPage', () => {
  it('knows A4 and A3 landscape in points', () => {
    expect(PAPER.A4).toEqual({ width: 842, height: 595 });
    expect(PAPER.A3).toEqual({ width: 1191, height: 842 });
    expect(paperSize('A4', 'portrait')).toEqual({ width: 595, height: 842 });
  });

  it('fits a wide diagram to the width inside the margins, centred vertically', () => {
    const p = fitToPage(1742, 798, 'A4', 24);
    expect(p.scale).toBeCloseTo((842 - 48) / 1742, 10);
    expect(p.w).toBeCloseTo(794, 10);
    expect(p.x).toBeCloseTo(24, 10);
    expect(p.h).toBeCloseTo(798 * p.scale, 10);
    expect(p.y).toBeCloseTo((595 - p.h) / 2, 10);
  });

  it('fits a tall diagram to the height, centred horizontally, and scales a small one up', () => {
    const p = fitToPage(400, 1000, 'A3', 36);
    expect(p.h).toBeCloseTo(842 - 72, 10);
    expect(p.y).toBeCloseTo(36, 10);
    expect(p.x).toBeCloseTo((1191 - p.w) / 2, 10);
    expect(fitToPage(100, 50, PAPER.A4, 0).scale).toBeCloseTo(8.42, 10);
  });
});

describe('pngSize', () => {
  it('is the diagram at the scale asked for, in whole pixels, with its dpi', () => {
    expect(pngSize(1742, 798, 2)).toEqual({ width: 3484, height: 1596, scale: 2, scaledDown: false, dpi: 192 });
    expect(pngSize(1741.5, 797.25, 3)).toMatchObject({ width: 5225, height: 2392, scaledDown: false });
  });

  it('scales down a diagram too long for a canvas side', () => {
    const s = pngSize(20000, 3000, 3);
    expect(s.scaledDown).toBe(true);
    expect(s.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(s.width).toBeGreaterThan(MAX_CANVAS_SIDE - 2);
    expect(s.scale).toBeCloseTo(MAX_CANVAS_SIDE / 20000, 3);
    expect(s.height).toBe(Math.floor(3000 * s.scale));
    expect(s.dpi).toBeCloseTo(96 * s.scale, 10);
  });

  it('scales down a diagram too large in area, keeping its proportions', () => {
    const s = pngSize(12000, 12000, 2);
    expect(s.scaledDown).toBe(true);
    expect(s.width * s.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(s.width * s.height).toBeGreaterThan(MAX_CANVAS_AREA * 0.999);
    expect(s.width).toBe(s.height);
    expect(s.scale).toBeLessThan(2);
    // at 1× the same diagram fits
    expect(pngSize(12000, 12000, 1).scaledDown).toBe(false);
  });

  it('full resolution (no limits): the scale asked for, however large, since the image is drawn in tiles', () => {
    expect(pngSize(20000, 3000, 3, null)).toEqual({ width: 60000, height: 9000, scale: 3, scaledDown: false, dpi: 288 });
    expect(pngSize(2240, 28791, 2, null)).toMatchObject({ width: 4480, height: 57582, scaledDown: false });
  });

  it('takes other limits (e.g. a browser with a smaller canvas)', () => {
    const s = pngSize(5000, 2000, 2, { maxSide: 32767, maxArea: 4096 * 4096 });
    expect(s.width * s.height).toBeLessThanOrEqual(4096 * 4096);
    expect(s.scaledDown).toBe(true);
  });
});
