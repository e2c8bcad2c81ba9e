import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontExtents, measureText, type FontSpec } from '../../../src/layout/text/measure.ts';
import { EMOJI_ADVANCE, FALLBACK_ADVANCE, UNITS_PER_EM, advanceUnits, isCovered } from '../../../src/layout/text/metrics.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const regular: FontSpec = { size: 14, weight: 'regular' };
const bold: FontSpec = { size: 14, weight: 'bold' };

describe('generated font metrics', () => {
  it('match what the generator makes from the installed font (no drift)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'polku-metrics-'));
    try {
      const out = path.join(dir, 'fontMetrics.generated.ts');
      execFileSync(process.execPath, [path.join(root, 'scripts/gen-font-metrics.mjs'), out], { cwd: root, stdio: 'pipe' });
      const fresh = readFileSync(out);
      const committed = readFileSync(path.join(root, 'src/layout/text/fontMetrics.generated.ts'));
      expect(fresh.equals(committed), 'run `npm run font-metrics` and commit the result').toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cover Basic Latin, Latin-1, Latin Extended-A and common punctuation', () => {
    const wanted = [
      ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
      ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i).filter((cp) => cp !== 0xad),
      ...Array.from({ length: 0x180 - 0x100 }, (_, i) => 0x100 + i),
      ...'–—‘’“”…•€'.split('').map((c) => c.codePointAt(0)!),
    ];
    for (const cp of wanted) {
      // Every one has the font's own width, not the fallback guess.
      expect(isCovered(cp), `U+${cp.toString(16)}`).toBe(true);
      expect(advanceUnits(cp, 'regular')).toBeGreaterThan(0);
    }
  });
});

describe('measureText', () => {
  it('measures real advances: W is wider than i, bold is wider', () => {
    expect(measureText('W', regular)).toBeGreaterThan(measureText('i', regular));
    expect(measureText('Järjestöyhteistyö', bold)).toBeGreaterThan(measureText('Järjestöyhteistyö', regular));
    // Arial-compatible: W is 1933/2048 em, space 569/2048 em.
    expect(measureText('W', regular)).toBeCloseTo((1933 * 14) / 2048, 9);
    expect(measureText(' ', regular)).toBeCloseTo((569 * 14) / 2048, 9);
  });

  it('scales linearly with size and adds up', () => {
    const a = measureText('Hyvinvointialue', { size: 10, weight: 'regular' });
    expect(measureText('Hyvinvointialue', { size: 20, weight: 'regular' })).toBeCloseTo(2 * a, 9);
    expect(measureText('Hyvin' + 'vointialue', regular)).toBeCloseTo(measureText('Hyvin', regular) + measureText('vointialue', regular), 9);
    expect(measureText('', regular)).toBe(0);
  });

  it('gives soft hyphens and other invisible format characters no width', () => {
    expect(measureText('\u00AD', regular)).toBe(0);
    expect(measureText('jär\u00ADjes\u00ADtö', regular)).toBe(measureText('järjestö', regular));
    expect(measureText('a\u200Bb\u2060c\u200Dd\uFE0F', regular)).toBe(measureText('abcd', regular));
  });

  it('falls back to 1 em for characters the font lacks', () => {
    expect(isCovered(0x4e2d)).toBe(false);
    expect(advanceUnits(0x4e2d, 'bold')).toBe(FALLBACK_ADVANCE);
  });

  it('iterates code points, not UTF-16 units', () => {
    const emoji = '😀'; // one code point, two UTF-16 units
    expect(emoji.length).toBe(2);
    expect(measureText(emoji, regular)).toBeCloseTo((EMOJI_ADVANCE * 14) / UNITS_PER_EM, 9);
    const cjk = '中'; // not in Arimo: 1 em, so it is never under-measured
    expect(measureText(cjk, regular)).toBe(14);
    expect(measureText('𝔸', regular)).toBe(14); // astral, not in the font: 1 em, counted once
  });

  it('gives combining marks no width of their own', () => {
    expect(measureText('e\u0301', regular)).toBe(measureText('e', regular));
    expect(measureText('a\u0308', regular)).toBe(measureText('a', regular));
  });

  it('gives vertical metrics', () => {
    const { ascent, descent } = fontExtents(20);
    expect(ascent).toBeCloseTo((1854 * 20) / 2048, 9);
    expect(descent).toBeCloseTo((434 * 20) / 2048, 9);
  });
});
