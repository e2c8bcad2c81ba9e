/**
 * Small, deterministic Unicode helpers for line breaking: code points,
 * "clusters" (what must never be split across lines) and whitespace classes.
 *
 * Clusters are a conservative approximation of extended grapheme clusters
 * (UAX #29): a code point plus every following combining mark, variation
 * selector, emoji modifier, tag character or ZWJ-joined code point, and
 * regional-indicator pairs; controls and format characters (soft hyphen,
 * ZWSP…) take no marks. Implemented here rather than with Intl.Segmenter so
 * that results do not depend on each runtime's ICU segmentation rules.
 */

/** U+00AD SOFT HYPHEN: an invisible break opportunity typed by the person. */
export const SOFT_HYPHEN = '\u00AD';

const ZWJ = 0x200d;

/** The code point at UTF-16 index `i` (a lone surrogate is returned as is). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Controls in the sense of UAX #29 (GB4/GB5): C0/C1 controls and the usual
 * format characters (soft hyphen, ZWSP, bidi marks, word joiner, BOM). They
 * never take combining marks; ZWJ and ZWNJ are not among them.
 */
export function isControl(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    cp === 0xad ||
    cp === 0x200b ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff
  );
}

/** UTF-16 length of a code point. */
export function cpLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

const MARK_RE = /^(?:\p{M}|\p{Emoji_Modifier})$/u;
const PICTO_RE = /^\p{Extended_Pictographic}$/u;
const classCache = new Map<number, number>();
const EXTEND = 1;
const PICTO = 2;

function classify(cp: number): number {
  let k = classCache.get(cp);
  if (k === undefined) {
    const s = String.fromCodePoint(cp);
    const extend =
      cp === 0x200c || // ZWNJ
      cp === 0x200d || // ZWJ
      (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
      (cp >= 0xe0020 && cp <= 0xe007f) || // tags
      MARK_RE.test(s);
    k = (extend ? EXTEND : 0) | (PICTO_RE.test(s) ? PICTO : 0);
    if (classCache.size < 8192) classCache.set(cp, k);
  }
  return k;
}

/** True for code points that attach to the previous one (marks, ZWJ, VS…). */
export function isExtender(cp: number): boolean {
  // Nothing below U+0300 extends, which keeps Latin text on the fast path.
  return cp >= 0x300 && (classify(cp) & EXTEND) !== 0;
}

function isPictographic(cp: number): boolean {
  return cp >= 0xa9 && (classify(cp) & PICTO) !== 0;
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/**
 * The UTF-16 index where the cluster starting at `i` ends. Never splits a
 * surrogate pair, a base from its combining marks, a ZWJ emoji sequence or a
 * flag.
 */
export function clusterEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Fast path: nothing below U+0300 is an extender or a surrogate.
  if (c < 0x300 && c !== 0x0d && !(text.charCodeAt(i + 1) >= 0x300)) return i + 1;
  const n = text.length;
  let cp = codePointAt(text, i);
  let j = i + cpLength(cp);
  if (cp === 0x0d && text.charCodeAt(j) === 0x0a) return j + 1;
  if (isControl(cp)) return j; // controls take no marks (UAX #29 GB4)
  if (isRegionalIndicator(cp) && j < n) {
    const next = codePointAt(text, j);
    if (isRegionalIndicator(next)) j += 2;
  }
  while (j < n) {
    const next = codePointAt(text, j);
    if (isExtender(next)) {
      cp = next;
      j += cpLength(next);
    } else if (cp === ZWJ && isPictographic(next)) {
      cp = next;
      j += cpLength(next);
    } else {
      break;
    }
  }
  return j;
}

/**
 * Cluster boundaries of `text`: result[i] === 1 iff a line may end between
 * text[i-1] and text[i] (indices 0 and text.length are always boundaries).
 */
export function clusterBoundaries(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1);
  out[0] = 1;
  for (let i = 0; i < text.length; ) {
    i = clusterEnd(text, i);
    out[i] = 1;
  }
  return out;
}

/**
 * Whitespace that separates words and collapses (space, tab, the breaking
 * typographic spaces). No-break spaces (U+00A0, U+2007, U+202F) are not in
 * it: they belong to the word.
 */
export function isCollapsibleSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    (c >= 0x2000 && c <= 0x200a && c !== 0x2007) ||
    c === 0x1680 ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Hard line breaks, kept as typed: LF, CR, CRLF, LINE/PARAGRAPH SEPARATOR. */
export const HARD_BREAK_RE = /\r\n|[\n\r\u2028\u2029]/;

/** Letters for the purpose of hyphenation (lower/upper case tests). */
export function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Lower-cases `text` code point by code point, keeping the UTF-16 length
 * (a code point whose lower case has another length is kept as is), so that
 * indices in the result are indices in `text`. Locale-independent.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; ) {
    const cp = codePointAt(text, i);
    const s = String.fromCodePoint(cp);
    const l = s.toLowerCase();
    out += l.length === s.length ? l : s;
    i += s.length;
  }
  return out;
}
