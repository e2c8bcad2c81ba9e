import { beforeAll, describe, expect, it } from 'vitest';
import { breakLines } from '../../../src/layout/text/breakLines.ts';
import { fitWidth, legalAt } from '../../../src/layout/text/fitWidth.ts';
import { breaksNumber, findBreaks } from '../../../src/layout/text/hyphenate.ts';
import { lineFaults } from '../../../src/layout/text/lineFaults.ts';
import { loadPatterns } from '../../../src/layout/text/patterns.ts';

beforeAll(async () => {
  await loadPatterns('sv');
  await loadPatterns('en');
});

const kinds = (text: string, lines: string[], opts = {}) => lineFaults(text, lines, opts).map((f) => f.kind);
const step = { size: 14, weight: 'regular', lang: 'fi' } as const;

describe('lineFaults', () => {
  it('finds no fault in text broken at spaces or in two pieces of 3+ letters', () => {
    expect(kinds('Luonnokset kommentoitavana', ['Luonnokset', 'kommentoi-', 'tavana'])).toEqual([]);
    expect(kinds('Sosiaali- ja terveysjärjestöt', ['Sosiaali- ja', 'terveys-', 'järjestöt'])).toEqual([]);
    expect(kinds('a b ja', ['a', 'b ja'])).toEqual([]); // short whole words are words
  });

  it('a word in three or more pieces', () => {
    expect(kinds('Väliarviointi järjestökyselyllä', ['Väliar-', 'viointi', 'jär-', 'jestö-', 'kyse-', 'lyllä'])).toEqual(['pieces']);
  });

  it('a piece of one or two letters ("Luo-/n-/nok-" and "Vä-")', () => {
    expect(kinds('Luonnokset', ['Luo', 'n-', 'nok-', 'set'])).toEqual(['pieces', 'short']);
    expect(kinds('Väliarviointi', ['Vä-', 'liarviointi'])).toEqual(['short']);
    expect(kinds('kommentoitavana', ['kommentoitava-', 'na'])).toEqual(['short']);
  });

  it('a break inside a number or a date', () => {
    expect(kinds('16.8.–5.9.2021', ['16.8.–', '5.9.2021'])).toEqual(['number']);
    expect(kinds('3–12/2022', ['3–12/', '2022'])).toEqual(['number']);
    expect(kinds('vuosi 2021–2022', ['vuosi 2021–', '2022'])).toEqual(['number']);
    // between two words, or between a number and a word, is no break inside a number
    expect(kinds('vk 34', ['vk', '34'])).toEqual([]);
    expect(kinds('COVID-19-pandemia', ['COVID-19-', 'pandemia'])).toEqual([]);
    expect(breaksNumber('16.8.–5.9.2021', 6)).toBe(true);
    expect(breaksNumber('COVID-19-pandemia', 9)).toBe(false);
  });

  it('a break the language does not allow, given the language', () => {
    expect(kinds('Sammanställning', ['Samman', 'ställning'], { lang: 'sv' })).toEqual(['cut']);
    expect(kinds('Sammanställning', ['Samman-', 'ställning'], { lang: 'sv' })).toEqual([]);
    expect(kinds('Luonnokset', ['Luonno-', 'kset'], { lang: 'fi' })).toEqual(['cut']);
  });

  it('too many lines', () => {
    expect(kinds('a b c d e', ['a', 'b', 'c', 'd', 'e'], { maxLines: 4 })).toEqual(['lines']);
    expect(kinds('a b c d', ['a', 'b', 'c', 'd'], { maxLines: 4 })).toEqual([]);
  });

  it('reads the lines breakLines draws, soft hyphens and typed line breaks included', () => {
    const text = 'Asukas\u00ADkysely\nRovaniemellä ja Sodankylässä';
    for (let w = 40; w < 260; w += 3) {
      const lines = breakLines(text, w, step);
      // every drawn character is matched: the pieces join up to the words again
      expect(lineFaults(text, lines).every((f) => f.kind !== 'lines')).toBe(true);
    }
    expect(kinds(text, ['Asukas-', 'kysely', 'Rovaniemellä ja', 'Sodankylässä'], { lang: 'fi' })).toEqual([]);
  });
});

describe('breaking never inside a number or a date', () => {
  it('offers no break there', () => {
    expect(findBreaks('16.8.–5.9.2021', 'fi')).toEqual([]);
    expect(findBreaks('3–12/2022', 'fi')).toEqual([]);
    expect(findBreaks('COVID-19-pandemia', 'fi').map((b) => b.index)).toContain(9);
  });

  it('keeps 3 letters on each piece of a broken word where a break allows it', () => {
    // 'vä-liar-viointi': the 2-letter piece is no longer taken to fill a line
    const text = 'Uusi väliarviointi';
    let tried = 0;
    for (let w = 40; w < 140; w += 1) {
      const lines = breakLines(text, w, step);
      expect(lines.some((l) => l.endsWith(' vä-'))).toBe(false);
      if (lineFaults(text, lines, { lang: 'fi' }).length === 0) tried++;
    }
    expect(tried).toBeGreaterThan(0);
  });
});

describe('fitWidth: the narrowest legal width', () => {
  it('never breaks "Luonnokset kommentoitavana" as "Luo-/n…" (regression)', () => {
    for (let min = 10; min <= 200; min += 1) {
      const fit = fitWidth('Luonnokset kommentoitavana', step, { min, max: 320, maxLines: 4 });
      expect(fit.legal).toBe(true);
      expect(fit.lines.some((l) => /^Luo-?$/.test(l))).toBe(false);
      expect(lineFaults('Luonnokset kommentoitavana', fit.lines, { maxLines: 4, lang: 'fi' })).toEqual([]);
    }
  });

  it('widens a Satakunta-like narrow step until no word is in 3 pieces', () => {
    const text = 'Väliarviointi järjestökyselyllä';
    expect(legalAt(text, 46, step, 4)).toBe(false); // the 64 px box of today
    const fit = fitWidth(text, step, { min: 46, max: 302, maxLines: 4 });
    expect(fit.legal).toBe(true);
    expect(fit.width).toBeGreaterThan(46);
    expect(fit.lines.length).toBeLessThanOrEqual(4);
    // the narrowest: 2 px less is not legal
    expect(legalAt(text, fit.width - 2, step, 4)).toBe(false);
  });

  it('fits a Swedish title with the Swedish patterns', () => {
    const sv = { ...step, lang: 'sv' } as const;
    const text = 'Sammanställning av enkäten och dialogmötena';
    const fit = fitWidth(text, sv, { min: 46, max: 302, maxLines: 4 });
    expect(fit.legal).toBe(true);
    expect(lineFaults(text, fit.lines, { maxLines: 4, lang: 'sv' })).toEqual([]);
    expect(fit.lines.length).toBeLessThanOrEqual(4);
  });

  it('gives an 80-character Finnish title at most 4 lines', () => {
    const text = 'Sosiaali- ja terveysjärjestöjen yhteistoimintaverkoston kokoontuminen Iisalmessa';
    expect(text.length).toBe(80);
    const fit = fitWidth(text, step, { min: 46, max: 302, maxLines: 4 });
    expect(fit.legal).toBe(true);
    expect(fit.lines.length).toBeLessThanOrEqual(4);
    expect(lineFaults(text, fit.lines, { lang: 'fi' })).toEqual([]);
  });

  it('keeps the given width when the text is legal there', () => {
    expect(fitWidth('Jatkuu', step, { min: 134, max: 302, maxLines: 4 }).width).toBe(134);
  });
});
