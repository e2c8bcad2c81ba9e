/**
 * Advance widths of the diagram font (Arimo), decoded once from the generated
 * table, plus the rules for code points the table does not cover.
 *
 * All widths here are integers in font units (UNITS_PER_EM per em), so sums
 * are exact and the line breaker and measureText agree to the last bit.
 */
import {
  ADVANCES_BOLD,
  ADVANCES_REGULAR,
  ASCENDER,
  CODE_POINT_COUNT,
  CODE_POINT_RUNS,
  DESCENDER,
  LINE_GAP,
  UNITS_PER_EM,
} from './fontMetrics.generated.ts';

export { ASCENDER, DESCENDER, LINE_GAP, UNITS_PER_EM };

/** CSS font-family of the diagram font; draw with `font-kerning: none`. */
export const FONT_FAMILY = 'Arimo';

export type FontWeight = 'regular' | 'bold';

/**
 * Width of a code point the font does not have: the browser draws it with a
 * fallback font we cannot know. 1 em covers CJK and most scripts.
 */
export const FALLBACK_ADVANCE = UNITS_PER_EM;
/**
 * Emoji (Extended_Pictographic, regional indicators) are wider than 1 em in
 * the common colour fonts (Noto Color Emoji ≈ 1.25 em), so they get 1.35 em
 * to stay on the safe side.
 */
export const EMOJI_ADVANCE = Math.round(UNITS_PER_EM * 1.35);

/** Code points below this are looked up in a dense array. */
const DENSE_LIMIT = 0x250;

/** One weight's lookup: dense array (−1 = not covered) and a map for the rest. */
interface AdvanceTable {
  readonly dense: Int32Array;
  readonly sparse: Map<number, number>;
}

function decode(advances: string): AdvanceTable {
  const dense = new Int32Array(DENSE_LIMIT).fill(-1);
  const sparse = new Map<number, number>();
  let k = 0;
  for (const run of CODE_POINT_RUNS.split(',')) {
    const [startHex, lengthHex] = run.split('+') as [string, string];
    const start = parseInt(startHex, 16);
    const length = parseInt(lengthHex, 16);
    for (let cp = start; cp < start + length; cp++, k++) {
      const units = parseInt(advances.slice(k * 3, k * 3 + 3), 36);
      if (cp < DENSE_LIMIT) dense[cp] = units;
      else sparse.set(cp, units);
    }
  }
  if (k !== CODE_POINT_COUNT || advances.length !== k * 3) {
    throw new Error('fontMetrics.generated.ts is inconsistent; run npm run font-metrics');
  }
  return { dense, sparse };
}

const REGULAR = decode(ADVANCES_REGULAR);
const BOLD = decode(ADVANCES_BOLD);
/** Anything but 'bold' is regular (robust against untyped callers). */
const tableFor = (weight: FontWeight): AdvanceTable => (weight === 'bold' ? BOLD : REGULAR);

const IGNORABLE_RE = /^\p{Default_Ignorable_Code_Point}$/u;
const ZERO_WIDTH_MARK_RE = /^[\p{Mn}\p{Me}]$/u;
const EMOJI_RE = /^[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]$/u;
const fallbackCache = new Map<number, number>();

/**
 * Width of a code point outside the table: 0 for default-ignorables
 * (soft hyphen, ZWSP, ZWJ, variation selectors… never drawn) and for
 * non-spacing marks (they sit on their base, or the browser composes them
 * with it), EMOJI_ADVANCE for emoji, FALLBACK_ADVANCE otherwise.
 */
export function fallbackAdvance(cp: number): number {
  let units = fallbackCache.get(cp);
  if (units === undefined) {
    const s = String.fromCodePoint(cp);
    if (IGNORABLE_RE.test(s) || ZERO_WIDTH_MARK_RE.test(s)) units = 0;
    else if (EMOJI_RE.test(s)) units = EMOJI_ADVANCE;
    else units = FALLBACK_ADVANCE;
    if (fallbackCache.size < 8192) fallbackCache.set(cp, units);
  }
  return units;
}

/** True if the font table has `cp` (its width is the font's, not a guess). */
export function isCovered(cp: number): boolean {
  return cp < DENSE_LIMIT ? REGULAR.dense[cp]! >= 0 : REGULAR.sparse.has(cp);
}

/** Advance of one code point in font units. */
export function advanceUnits(cp: number, weight: FontWeight): number {
  const table = tableFor(weight);
  if (cp < DENSE_LIMIT) {
    const units = table.dense[cp]!;
    return units >= 0 ? units : fallbackAdvance(cp);
  }
  const units = table.sparse.get(cp);
  return units !== undefined ? units : fallbackAdvance(cp);
}

/** Sum of advances of text[start..end) in font units, by code point. */
export function textUnits(text: string, weight: FontWeight, start = 0, end = text.length): number {
  const dense = tableFor(weight).dense;
  let units = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < DENSE_LIMIT) {
      const u = dense[c]!;
      units += u >= 0 ? u : fallbackAdvance(c);
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    units += advanceUnits(cp, weight);
  }
  return units;
}

/** Font units → px at `size` px. */
export function unitsToPx(units: number, size: number): number {
  return (units * size) / UNITS_PER_EM;
}
