/**
 * Break opportunities inside one word, by priority class:
 *   'soft'    after a soft hyphen U+00AD typed by the person (draws '-');
 *   'hyphen'  after an existing hyphen or dash (- ‐ – —) or a zero-width
 *             space; nothing extra is drawn;
 *   'seam'    between the parts of a known compound (compounds.ts; draws '-');
 *   'pattern' where the language's TeX patterns allow (patterns.ts; draws '-').
 *
 * Patterns are applied to each compound part separately, at least 3 letters
 * from a seam, so their known errors at compound boundaries
 * ("jär-jes-töyh-teis-työ") cannot occur; a pattern break needs 2 letters
 * before it and 3 after it within its run of letters. All-capital runs
 * (acronyms) get no pattern breaks. Breaks never split a cluster
 * (unicode.ts), nor a number or date (breaksNumber). Synchronous; results are cached.
 */
import { compoundSeams } from './compounds.ts';
import { Memo } from './memo.ts';
import { patternPositions, patternsVersion, type TextLang } from './patterns.ts';
import { SOFT_HYPHEN, clusterBoundaries, isAllCaps, isExtender, lowerSameLength } from './unicode.ts';

export type BreakKind = 'soft' | 'hyphen' | 'seam' | 'pattern';

/** A place where `word` may be split: word.slice(0, index) | word.slice(index). */
export interface BreakOpportunity {
  readonly index: number;
  readonly kind: BreakKind;
}

/** Priority of each kind; lower is preferred. */
export const BREAK_PRIORITY: Readonly<Record<BreakKind, number>> = { soft: 0, hyphen: 1, seam: 2, pattern: 3 };

/** True if a break of this kind draws a '-' at the end of the line. */
export function drawsHyphen(kind: BreakKind): boolean {
  return kind !== 'hyphen';
}

/** Punctuation inside numbers and dates (skipped when looking for the digits on either side of a break). */
const PUNCT_RE = /[.,/:\-–—‐\u00AD]/u;
const DIGIT_RE = /\p{Nd}/u;


/**
 * True if a break between word[0..at) and word[at..] lies inside a number or
 * date: the nearest characters on either side, past any . , / : dash or soft
 * hyphen, are both digits ("16.8.–|5.9.2021", "3–|12/2022", "20|21").
 */
export function breaksNumber(word: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && PUNCT_RE.test(word[i]!)) i--;
  let j = at;
  while (j < word.length && PUNCT_RE.test(word[j]!)) j++;
  return i >= 0 && j < word.length && DIGIT_RE.test(word[i]!) && DIGIT_RE.test(word[j]!);
}

const PATTERN_LEFT_MIN = 2;
const PATTERN_RIGHT_MIN = 3;
/** Letters a pattern break keeps from a seam on either side (a break within 2 letters of a seam is dropped). */
const SEAM_MARGIN = 3;

const LETTERS_RE = /[\p{L}\p{M}]+/gu;

function isDashOrZwsp(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0x200b;
}

/** Non-mark code points in s[a..b) (a cluster count for letter runs). */
function letterCount(s: string, a: number, b: number): number {
  let count = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (!isExtender(s.codePointAt(i)!)) count++;
  }
  return count;
}

/** Seam and pattern breaks inside a run of letters, as run-relative indices. */
function letterRunBreaks(run: string, lang: TextLang, add: (index: number, kind: BreakKind) => void): void {
  const seams = compoundSeams(lowerSameLength(run), lang);
  for (const s of seams) add(s, 'seam');
  const bounds = [0, ...seams, run.length];
  const total = letterCount(run, 0, run.length);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    const part = run.slice(a, b);
    if (isAllCaps(part)) continue;
    const leftMin = a === 0 ? PATTERN_LEFT_MIN : SEAM_MARGIN;
    const rightMin = b === run.length ? PATTERN_RIGHT_MIN : SEAM_MARGIN;
    for (const p of patternPositions(lowerSameLength(part), lang)) {
      const before = letterCount(part, 0, p);
      const after = letterCount(part, p, part.length);
      const inRunAfter = total - letterCount(run, 0, a + p);
      if (before >= leftMin && after >= rightMin && inRunAfter >= PATTERN_RIGHT_MIN) add(a + p, 'pattern');
    }
  }
}

function computeBreaks(word: string, lang: TextLang): BreakOpportunity[] {
  const n = word.length;
  const best = new Map<number, BreakKind>();
  const add = (index: number, kind: BreakKind): void => {
    const seen = best.get(index);
    if (seen === undefined || BREAK_PRIORITY[kind] < BREAK_PRIORITY[seen]) best.set(index, kind);
  };

  // The word without soft hyphens, and where each of its units was in `word`.
  let stripped = '';
  const origin: number[] = [];
  let firstVisible = -1;
  let lastVisible = -1;
  for (let i = 0; i < n; i++) {
    if (word[i] === SOFT_HYPHEN) continue;
    stripped += word[i];
    origin.push(i);
    if (firstVisible < 0) firstVisible = i;
    lastVisible = i;
  }
  origin.push(n);
  if (firstVisible < 0) return [];

  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xad) {
      if (i > firstVisible && i < lastVisible) add(i + 1, 'soft');
    } else if (isDashOrZwsp(c) && i + 1 <= lastVisible) {
      let hasBefore = false;
      for (let j = i - 1; j >= 0 && !hasBefore; j--) hasBefore = !isDashOrZwsp(word.charCodeAt(j)) && word[j] !== SOFT_HYPHEN;
      if (hasBefore) add(i + 1, 'hyphen');
    }
  }

  for (const m of stripped.matchAll(LETTERS_RE)) {
    const start = m.index;
    letterRunBreaks(m[0], lang, (index, kind) => add(origin[start + index]!, kind));
  }

  const boundary = clusterBoundaries(word);
  const out: BreakOpportunity[] = [];
  for (const [index, kind] of best) {
    // never inside a number or a date ("16.8.–5.9.2021", "3–12/2022")
    if (index > 0 && index < n && boundary[index] === 1 && !breaksNumber(word, index)) out.push({ index, kind });
  }
  return out.sort((x, y) => x.index - y.index);
}

const memo = new Memo<readonly BreakOpportunity[]>(4096);
let memoVersion = -1;

/**
 * Every place `word` (no whitespace) may be broken across lines, ascending by
 * index, one entry per index (the highest-priority kind there).
 */
export function findBreaks(word: string, lang: TextLang): readonly BreakOpportunity[] {
  if (memoVersion !== patternsVersion()) {
    memo.clear();
    memoVersion = patternsVersion();
  }
  let result = memo.get(lang, word);
  if (!result) {
    result = Object.freeze(computeBreaks(word, lang));
    memo.set(lang, word, result);
  }
  return result;
}

/**
 * `word` with every break shown: '|' at seams, '-' at soft, hyphen and
 * pattern breaks after the character (soft hyphens themselves removed).
 * For tests and debugging: showBreaks('järjestöyhteistyön', 'fi') →
 * "jär-jes-tö|yh-teis-työn".
 */
export function showBreaks(word: string, lang: TextLang): string {
  let out = '';
  let last = 0;
  for (const { index, kind } of findBreaks(word, lang)) {
    out += word.slice(last, index).replaceAll(SOFT_HYPHEN, '');
    out += kind === 'seam' ? '|' : kind === 'hyphen' ? '' : '-';
    last = index;
  }
  return out + word.slice(last).replaceAll(SOFT_HYPHEN, '');
}
