/**
 * Greedy line breaking with the diagram font's own metrics, so that the
 * screen and every export draw exactly the same lines.
 *
 * Rules:
 * - '\n', '\r\n', '\r' (and U+2028/U+2029) are hard breaks, kept as typed;
 *   an empty paragraph is an empty line. Text without any visible character
 *   gives no lines.
 * - Whitespace runs (space, tab, breaking typographic spaces) collapse to one
 *   space, and vanish at line ends: no line starts or ends with a space.
 *   (As in SVG's and HTML's default white-space handling.) No-break spaces
 *   belong to the word.
 * - Words go on a line while they fit. When the next word does not, a prefix
 *   of it may end this line: the highest-priority kind of break (hyphenate.ts)
 *   with a prefix that fits, the longest such prefix; the prefix must keep at
 *   least 3 characters (else the whole word moves on). In a word holding a
 *   typed soft hyphen only soft hyphens and existing hyphens are used for
 *   this, as CSS does.
 * - A word wider than a whole line is cut at the best break that fits
 *   (same priority, any kind; pieces of 3 or more letters if possible), and
 *   as a last resort between clusters. Numbers and dates have no breaks
 *   (hyphenate.ts), so only that last resort cuts them.
 * - A break at a soft hyphen, seam or pattern draws '-' at the line end; a
 *   break after an existing hyphen or between characters draws nothing.
 *   Soft hyphens are never in the returned lines.
 *
 * GUARANTEE: measureText(line, font) <= maxWidth for every line, except
 * a line holding a single cluster (one character with its marks, one emoji
 * sequence) that alone is wider than maxWidth — that only happens when
 * maxWidth is narrower than a character. Clusters and surrogate pairs are
 * never split. maxWidth below 0 or NaN counts as 0.
 */
import { BREAK_PRIORITY, drawsHyphen, findBreaks, type BreakOpportunity } from './hyphenate.ts';
import { UNITS_PER_EM, advanceUnits, textUnits, type FontWeight } from './metrics.ts';
import { Memo } from './memo.ts';
import { patternsVersion, type TextLang } from './patterns.ts';
import { HARD_BREAK_RE, SOFT_HYPHEN, clusterEnd, codePointAt, isCollapsibleSpace, isControl, isExtender } from './unicode.ts';

export type BreakOptions = { size: number; weight: 'regular' | 'bold'; lang: 'fi' | 'sv' | 'en' };

/**
 * How a line ends:
 * 'paragraph' — at a hard break or the end of the text;
 * 'wrap'      — at whitespace;
 * 'hyphen'    — inside a word, with a drawn '-' that is not in the text;
 * 'split'     — inside a word, nothing added (after an existing hyphen or
 *               dash, or between characters as a last resort).
 */
export type LineEnd = 'paragraph' | 'wrap' | 'hyphen' | 'split';

export interface TextLine {
  readonly text: string;
  readonly end: LineEnd;
}

/** Letters or digits each piece of a broken word keeps (both the one ending a line and the rest). */
const MIN_PIECE = 3;
const ALNUM_RE = /[\p{L}\p{N}]/gu;
const HYPHEN = '-';

/** Per-call constants. */
interface Ctx {
  readonly maxUnits: number;
  readonly weight: FontWeight;
  readonly lang: TextLang;
  readonly spaceUnits: number;
  readonly hyphenUnits: number;
  readonly out: TextLine[];
}

/**
 * True if paragraph[i] separates words (collapsible whitespace). A space
 * (not a tab) followed by a combining mark carries the mark: it belongs to
 * the word, so the mark is never separated from its base.
 */
function isSeparator(paragraph: string, i: number): boolean {
  const c = paragraph.charCodeAt(i);
  if (!isCollapsibleSpace(c)) return false;
  return isControl(c) || i + 1 >= paragraph.length || !isExtender(codePointAt(paragraph, i + 1));
}

function visible(s: string): string {
  return s.includes(SOFT_HYPHEN) ? s.replaceAll(SOFT_HYPHEN, '') : s;
}

/** A cut of word[from..]: the piece that ends the line and where the rest starts. */
interface Cut {
  readonly text: string;
  readonly end: LineEnd;
  readonly next: number;
}

/** Letters and digits in s (what a piece of a broken word must keep MIN_PIECE of). */
function alnumCount(s: string): number {
  return s.match(ALNUM_RE)?.length ?? 0;
}

/**
 * The best break of word[from..] whose piece (plus a drawn hyphen) fits in
 * `avail` units: first kind in priority order that has a fitting break, the
 * longest piece of that kind. `strict`: both the piece and the rest of the
 * word must keep MIN_PIECE letters or digits (lineFaults.ts: no line of one
 * or two letters). `tail`: the piece ends a partly filled line, so in words
 * with a typed soft hyphen only 'soft' and 'hyphen' breaks count.
 */
function bestBreak(ctx: Ctx, word: string, from: number, avail: number, tail: boolean, strict: boolean): Cut | undefined {
  const breaks = findBreaks(word, ctx.lang);
  if (breaks.length === 0) return undefined;
  // In a word with a typed soft hyphen only 'soft' and 'hyphen' breaks may end a partly filled line.
  const worst = tail && word.includes(SOFT_HYPHEN) ? BREAK_PRIORITY.hyphen : BREAK_PRIORITY.pattern;
  // One pass, breaks ascending: the longest fitting piece of each kind.
  let best: BreakOpportunity | undefined;
  let bestPriority = worst + 1;
  let pos = from;
  let units = 0;
  for (let k = 0; k < breaks.length; k++) {
    const b = breaks[k]!;
    if (b.index <= from) continue;
    const priority = BREAK_PRIORITY[b.kind];
    if (priority > worst || priority > bestPriority) continue;
    units += textUnits(word, ctx.weight, pos, b.index);
    pos = b.index;
    if (units > avail) break; // wider from here on
    if (units + (drawsHyphen(b.kind) ? ctx.hyphenUnits : 0) > avail) continue;
    if (strict && (alnumCount(word.slice(from, b.index)) < MIN_PIECE || alnumCount(word.slice(b.index)) < MIN_PIECE)) continue;
    // Ascending: a later break of the same or a better kind is preferred.
    best = b;
    bestPriority = priority;
  }
  if (!best) return undefined;
  const piece = visible(word.slice(from, best.index));
  return drawsHyphen(best.kind)
    ? { text: piece + HYPHEN, end: 'hyphen', next: best.index }
    : { text: piece, end: 'split', next: best.index };
}

/** Last resort: the longest run of whole clusters that fits (at least one). */
function clusterCut(ctx: Ctx, word: string, from: number): Cut {
  let end = clusterEnd(word, from);
  let units = textUnits(word, ctx.weight, from, end);
  while (end < word.length) {
    const next = clusterEnd(word, end);
    const more = textUnits(word, ctx.weight, end, next);
    if (units + more > ctx.maxUnits) break;
    units += more;
    end = next;
  }
  return { text: visible(word.slice(from, end)), end: 'split', next: end };
}

/**
 * Breaks one paragraph (no hard breaks in it) into ctx.out. Words are
 * scanned in place; while a line is the paragraph's own text with single
 * spaces and no soft hyphens it stays a slice (no string building), which
 * keeps the common case nearly allocation-free.
 */
function breakParagraph(ctx: Ctx, p: string): void {
  const { out, maxUnits, spaceUnits, weight } = ctx;
  const n = p.length;
  // The current line is p.slice(lineStart, lineEnd) while `built` is null.
  let built: string | null = null;
  let lineStart = 0;
  let lineEnd = 0;
  let lineUnits = 0;
  let empty = true;
  const lineText = (): string => built ?? p.slice(lineStart, lineEnd);

  for (let i = 0; i < n; ) {
    if (isSeparator(p, i)) {
      i++;
      continue;
    }
    let ws = i;
    let shy = 0;
    for (; i < n; i++) {
      const c = p.charCodeAt(i);
      if (c === 0xad) shy++;
      else if ((c <= 0x20 || c >= 0x1680) && isSeparator(p, i)) break;
    }
    let we = i;
    if (shy === we - ws) continue; // only soft hyphens: nothing to draw
    if (shy) {
      // Soft hyphens at either end of a word can never be used: drop them.
      for (; p.charCodeAt(ws) === 0xad; ws++) shy--;
      for (; p.charCodeAt(we - 1) === 0xad; we--) shy--;
    }
    const wordUnits = textUnits(p, weight, ws, we);

    if (empty && wordUnits <= maxUnits) {
      built = shy ? visible(p.slice(ws, we)) : null;
      lineStart = ws;
      lineEnd = we;
      lineUnits = wordUnits;
      empty = false;
      continue;
    }
    if (!empty && lineUnits + spaceUnits + wordUnits <= maxUnits) {
      if (built === null && !shy && ws === lineEnd + 1 && p.charCodeAt(lineEnd) === 0x20) lineEnd = we;
      else built = lineText() + ' ' + visible(p.slice(ws, we));
      lineUnits += spaceUnits + wordUnits;
      continue;
    }

    // The word does not fit: end the line, with a prefix of the word if one fits.
    const word = p.slice(ws, we);
    let from = 0;
    if (!empty) {
      const cut = bestBreak(ctx, word, 0, maxUnits - lineUnits - spaceUnits, true, true);
      if (cut) {
        out.push({ text: lineText() + ' ' + cut.text, end: cut.end });
        from = cut.next;
      } else {
        out.push({ text: lineText(), end: 'wrap' });
      }
    }
    // The rest starts a new line; cut it while it is wider than a line.
    let restUnits = textUnits(word, weight, from);
    while (restUnits > maxUnits) {
      const cut =
        bestBreak(ctx, word, from, maxUnits, false, true) ??
        bestBreak(ctx, word, from, maxUnits, false, false) ??
        clusterCut(ctx, word, from);
      if (cut.next >= word.length) break; // a last cluster wider than the line: it is the line
      out.push({ text: cut.text, end: cut.end });
      from = cut.next;
      restUnits = textUnits(word, weight, from);
    }
    built = shy ? visible(word.slice(from)) : null;
    lineStart = ws + from;
    lineEnd = we;
    lineUnits = restUnits;
    empty = false;
  }
  out.push({ text: empty ? '' : lineText(), end: 'paragraph' });
}

/** Some character that is drawn (not whitespace, not a soft hyphen). */
const VISIBLE_RE = /[^\s\u00AD]/u;

function compute(text: string, maxWidth: number, opts: BreakOptions): TextLine[] {
  if (!VISIBLE_RE.test(text)) return [];
  const size = opts.size;
  const width = maxWidth >= 0 ? maxWidth : 0;
  // Integer budget in font units; the tiny epsilon absorbs float noise in
  // maxWidth (e.g. a width computed as measureText(sameText)).
  const maxUnits = size > 0 ? Math.floor((width * UNITS_PER_EM) / size + 1e-7) : Infinity;
  const ctx: Ctx = {
    maxUnits,
    weight: opts.weight,
    lang: opts.lang,
    spaceUnits: advanceUnits(0x20, opts.weight),
    hyphenUnits: advanceUnits(0x2d, opts.weight),
    out: [],
  };
  if (HARD_BREAK_RE.test(text)) for (const paragraph of text.split(HARD_BREAK_RE)) breakParagraph(ctx, paragraph);
  else breakParagraph(ctx, text);
  return ctx.out;
}

const memo = new Memo<readonly TextLine[]>(8192);

/**
 * The lines to draw for `text` in a box `maxWidth` px wide, with where and
 * how each line ends. Memoised (bounded); the result is frozen.
 */
export function breakLinesDetailed(text: string, maxWidth: number, opts: BreakOptions): readonly TextLine[] {
  const group = `${opts.size}|${opts.weight}|${opts.lang}|${maxWidth}|${patternsVersion()}`;
  let lines = memo.get(group, text);
  if (!lines) {
    lines = Object.freeze(compute(text, maxWidth, opts));
    memo.set(group, text, lines);
  }
  return lines;
}

/**
 * The lines to draw for `text` in a box `maxWidth` px wide, in the diagram
 * font at opts.size px and opts.weight, hyphenated for opts.lang. See the
 * module comment for the rules and the width guarantee. Empty text → [].
 */
export function breakLines(text: string, maxWidth: number, opts: BreakOptions): string[] {
  return breakLinesDetailed(text, maxWidth, opts).map((l) => l.text);
}

/** Clears the memo (for benchmarks and tests). */
export function clearBreakCache(): void {
  memo.clear();
}
