import { describe, expect, it } from 'vitest';
import { breakLines, breakLinesDetailed, clearBreakCache, type BreakOptions } from '../../../src/layout/text/breakLines.ts';
import { measureText } from '../../../src/layout/text/measure.ts';
import { loadPatterns } from '../../../src/layout/text/patterns.ts';
import { FINNISH_TITLES, joinLines, normalize, prng } from './helpers.ts';

const fi14: BreakOptions = { size: 14, weight: 'regular', lang: 'fi' };
const w = (text: string, opts: BreakOptions = fi14) => measureText(text, opts);

describe('breakLines', () => {
  it('fits every line of real Finnish titles at many widths, sizes and weights', () => {
    for (const text of FINNISH_TITLES) {
      for (const size of [10, 12, 14, 18]) {
        for (const weight of ['regular', 'bold'] as const) {
          for (let maxWidth = 60; maxWidth <= 300; maxWidth += 7) {
            const opts: BreakOptions = { size, weight, lang: 'fi' };
            const lines = breakLinesDetailed(text, maxWidth, opts);
            for (const { text: line } of lines) {
              expect(measureText(line, opts), `${JSON.stringify(line)} at ${maxWidth}px`).toBeLessThanOrEqual(maxWidth + 1e-6);
              expect(line).not.toMatch(/^ | $|\u00AD/);
            }
            expect(joinLines(lines)).toBe(normalize(text));
          }
        }
      }
    }
  });

  it('keeps a line that fits whole', () => {
    const text = 'Syvän kumppanuuden hyvinvointialue';
    expect(breakLines(text, w(text), fi14)).toEqual([text]);
    expect(breakLines(text, 10_000, fi14)).toEqual([text]);
  });

  it('breaks compounds at their seams, not where the patterns err', () => {
    const word = 'järjestöyhteistyörakenteiden';
    // Too narrow for "järjestöyhteistyö-", wide enough for "yhteistyö-".
    const width = Math.max(w('järjestö-'), w('yhteistyö-'), w('rakenteiden')) + 1;
    expect(width).toBeLessThan(w('järjestöyhteistyö-'));
    expect(breakLines(word, width, fi14)).toEqual(['järjestö-', 'yhteistyö-', 'rakenteiden']);
    expect(breakLines(word, w('järjestöyhteistyö-'), fi14)).toEqual(['järjestöyhteistyö-', 'rakenteiden']);
    expect(breakLines('hyvinvointialueen', w('hyvinvointi-') + 2, fi14)).toEqual(['hyvinvointi-', 'alueen']);
    for (let width = 40; width < 200; width += 3) {
      for (const line of breakLines(word, width, fi14)) expect(line).not.toMatch(/^töyh|järjestöy-$/);
    }
  });

  it('fills the end of a line with a seam prefix of the next word', () => {
    const text = 'Syvän kumppanuuden hyvinvointialue';
    const width = w('Syvän kumppanuuden hyvinvointi-') + 1;
    expect(breakLines(text, width, fi14)).toEqual(['Syvän kumppanuuden hyvinvointi-', 'alue']);
  });

  it('uses patterns only when no seam or hyphen fits', () => {
    // A pattern break would fill more ("järjestöyhteis-"), but the seam wins.
    const text = 'Pysyvien järjestöyhteistyö';
    expect(breakLines(text, w('Pysyvien järjestöyhteis-') + 1, fi14)).toEqual(['Pysyvien järjestö-', 'yhteistyö']);
    // No seam: the longest pattern prefix that fits.
    const plain = 'keinovalikoiman kartoittaminen';
    expect(breakLines(plain, w('keinovalikoiman kar-') + 1, fi14)).toEqual(['keinovalikoiman kar-', 'toittaminen']);
  });

  it('moves a word on rather than leaving a fragment under 3 characters', () => {
    const text = 'Kumppanuus hyvinvointi';
    // Room for "hy-" after the first word, but not for "hyvin-".
    const width = w('Kumppanuus hy-') + 1;
    expect(width).toBeLessThan(w('Kumppanuus hyvin-'));
    expect(breakLines(text, width, fi14)).toEqual(['Kumppanuus', 'hyvinvointi']);
  });

  it('lets a typed soft hyphen win over seams and patterns', () => {
    const text = 'Pysyvien järjestöyh\u00ADteistyörakenteiden';
    // Room for "Pysyvien järjestö-" (a seam) and for the soft hyphen's prefix.
    const width = w('Pysyvien järjestöyh-') + 1;
    expect(breakLines(text, width, fi14)[0]).toBe('Pysyvien järjestöyh-');
    // Its prefix does not fit: the word moves on whole rather than use a seam…
    const narrow = w('Pysyvien järjestö-') + 1;
    expect(breakLines(text, narrow, fi14)[0]).toBe('Pysyvien');
    // …and soft hyphens never show except as a drawn hyphen at a break.
    expect(breakLines('jär\u00ADjestö', 1000, fi14)).toEqual(['järjestö']);
  });

  it('breaks after an existing hyphen without drawing another', () => {
    const text = 'Järjestöjen sote-muutostuki';
    const width = w('Järjestöjen sote-') + 1;
    const lines = breakLinesDetailed(text, width, fi14);
    expect(lines.map((l) => l.text)).toEqual(['Järjestöjen sote-', 'muutostuki']);
    expect(lines[0]!.end).toBe('split');
  });

  it('keeps hard line breaks as typed and collapses spaces', () => {
    expect(breakLines('Järjestöt\nja   lautakunnat', 1000, fi14)).toEqual(['Järjestöt', 'ja lautakunnat']);
    expect(breakLines('a\r\n\r\nb\rc', 1000, fi14)).toEqual(['a', '', 'b', 'c']);
    expect(breakLines('  a  \t b  ', 1000, fi14)).toEqual(['a b']);
    expect(breakLines('a\u00A0b', 1000, fi14)).toEqual(['a\u00A0b']);
  });

  it('gives no lines for empty or blank text', () => {
    expect(breakLines('', 100, fi14)).toEqual([]);
    expect(breakLines('   \n ', 100, fi14)).toEqual([]);
  });

  it('cuts between characters only as a last resort', () => {
    const lines = breakLines('xxxxxxxxxxxxxxxxxxxx', w('xxxxx'), fi14);
    expect(lines).toEqual(['xxxxx', 'xxxxx', 'xxxxx', 'xxxxx']);
  });

  it('puts one character per line when the box is narrower than a character', () => {
    expect(breakLines('Wi😀e\u0301', 1, fi14)).toEqual(['W', 'i', '😀', 'e\u0301']);
    expect(breakLines('ab', 0, fi14)).toEqual(['a', 'b']);
    expect(breakLines('ab', -5, fi14)).toEqual(['a', 'b']);
    expect(breakLines('ab', Number.NaN, fi14)).toEqual(['a', 'b']);
  });

  it('never splits emoji sequences, flags or combining marks', () => {
    const text = '👨‍👩‍👧🇫🇮e\u0301\u0302x';
    const lines = breakLines(text, 20, fi14);
    expect(lines).toEqual(['👨‍👩‍👧', '🇫🇮', 'e\u0301\u0302x']);
  });

  it('is deterministic and memoised', () => {
    const text = FINNISH_TITLES[0]!;
    const a = breakLines(text, 120, fi14);
    clearBreakCache();
    expect(breakLines(text, 120, fi14)).toEqual(a);
    expect(breakLinesDetailed(text, 120, fi14)).toBe(breakLinesDetailed(text, 120, fi14));
  });

  it('uses Swedish and English patterns once loaded', async () => {
    const en: BreakOptions = { size: 14, weight: 'regular', lang: 'en' };
    const text = 'Hyphenation';
    const width = w('Hyphen-', en) + 1;
    expect(breakLines(text, width, en)).not.toContain('Hyphen-');
    await loadPatterns('en');
    expect(breakLines(text, width, en)).toEqual(['Hyphen-', 'ation']);
  });

  // Speed is measured by `npm run bench` (Node open + validate + layout), not asserted here: timed tests flake.
  it('breaks 5,000 step titles, the same lines again from the memo', () => {
    const random = prng(5000);
    const vocab = FINNISH_TITLES.join(' ').split(/\s+/);
    const titles = Array.from({ length: 5000 }, () =>
      Array.from({ length: 2 + Math.floor(random() * 7) }, () => vocab[Math.floor(random() * vocab.length)]).join(' '),
    );
    const run = (width: number) => {
      const t0 = performance.now();
      let lines = 0;
      for (const title of titles) lines += breakLines(title, width, fi14).length;
      return { ms: performance.now() - t0, lines };
    };
    clearBreakCache();
    const cold = run(150); // includes JIT warm-up and first hyphenation of every word
    const relayout = run(160); // the layout trying another width
    const cached = run(160);
    console.log(
      `5,000 titles: cold ${cold.ms.toFixed(1)} ms, new width ${relayout.ms.toFixed(1)} ms (${relayout.lines} lines), memoised ${cached.ms.toFixed(1)} ms`,
    );
    expect(cached.lines).toBe(relayout.lines);
    expect(relayout.lines).toBeGreaterThan(5000);
  });
});

describe('breakLines property test', () => {
  const PIECES = [
    'a', 'ä', 'W', 'i', 'o', 'järjestö', 'yhteistyö', 'alue', 'hyvinvointi', 'rakenteiden', 'Kissa',
    ' ', '  ', '\t', '\n', '\r\n', '-', '—', '\u00AD', '\u200B', '\u00A0',
    'e\u0301', '\u0301', '\u0308\u0301', '😀', '👨‍👩‍👧', '👍🏽', '🇫🇮', '❤️', '中文', 'Œ', 'ŋ', '𝔸',
  ];

  const isExtenderStart = (s: string) => /^(?:\p{M}|\u200D|\uFE0F|\p{Emoji_Modifier})/u.test(s);
  const wellFormed = (s: string) => !/\p{Cs}/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

  it('holds the guarantees for random text', () => {
    const random = prng(42);
    for (let round = 0; round < 2000; round++) {
      const n = Math.floor(random() * 30);
      let text = '';
      for (let k = 0; k < n; k++) text += PIECES[Math.floor(random() * PIECES.length)];
      const opts: BreakOptions = {
        size: [8, 11, 14, 20][Math.floor(random() * 4)]!,
        weight: random() < 0.5 ? 'regular' : 'bold',
        lang: random() < 0.8 ? 'fi' : random() < 0.5 ? 'sv' : 'en',
      };
      const maxWidth = random() < 0.1 ? random() * 10 : random() * 300;
      const lines = breakLinesDetailed(text, maxWidth, opts);
      // A mark after a control, a format character or whitespace has no base
      // (UAX #29): it may start a line.
      const orphanMarks = /(^|[\p{Cc}\p{Cf}\s])\p{M}/u.test(text);
      const where = `round ${round}: ${JSON.stringify(text)} at ${maxWidth} ${JSON.stringify(opts)} → ${JSON.stringify(lines)}`;

      lines.forEach(({ text: line, end }, i) => {
        const singleCluster = [...new Intl.Segmenter().segment(line)].length <= 1;
        if (!singleCluster) expect(measureText(line, opts), where).toBeLessThanOrEqual(maxWidth + 1e-6);
        expect(wellFormed(line), where).toBe(true);
        expect(line.includes('\u00AD'), where).toBe(false);
        expect(/^[ \t]|[ \t]$/.test(line) && !/^ \p{M}/u.test(line), where).toBe(false);
        const next = lines[i + 1];
        if (next && (end === 'hyphen' || end === 'split')) {
          if (!orphanMarks) expect(isExtenderStart(next.text), where).toBe(false);
          expect(line.endsWith('\u200D'), where).toBe(false);
        }
      });

      const strip = (s: string) => s.replace(/[\s\u00AD]/g, '');
      expect(strip(joinLines(lines)), where).toBe(strip(text));
      expect(breakLinesDetailed(text, maxWidth, opts), where).toEqual(lines);
    }
  }, 30_000);
});
