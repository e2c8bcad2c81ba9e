/**
 * The narrowest width at which a text breaks legibly: breakLines' lines have
 * no fault (lineFaults.ts, with the language's own breaks) and at most `maxLines` lines. The layout gives
 * every text container (step, phase header, lane header, arrow label, depth
 * level) at least this width, so no word is cut into three pieces, no line
 * holds one or two letters of a word, and no date breaks.
 *
 * Legibility is not monotone in the width (one more px can move a break to a
 * 2-letter piece), so the search walks the widths upward from `min` in `step`
 * px (after a binary search for the first width with few enough lines, which
 * is monotone for greedy breaking) and takes the first legal one.
 */
import { breakLines, type BreakOptions } from './breakLines.ts';
import { lineFaults } from './lineFaults.ts';
import { measureText } from './measure.ts';
import { Memo } from './memo.ts';
import { patternsVersion } from './patterns.ts';

export type FitOptions = {
  /** the narrowest width to consider (e.g. what the step's period gives) */
  readonly min: number;
  /** the widest; when nothing is legal up to it, the result is `max` (legal: false) */
  readonly max: number;
  readonly maxLines?: number;
  /** px between the widths tried (default 2) */
  readonly step?: number;
};

export type Fit = { readonly width: number; readonly lines: readonly string[]; readonly legal: boolean };

/** True if `text` broken at `width` has no fault and at most maxLines lines. */
export function legalAt(text: string, width: number, font: BreakOptions, maxLines = Infinity): boolean {
  return lineFaults(text, breakLines(text, width, font), { maxLines, lang: font.lang }).length === 0;
}

const memo = new Memo<Fit>(4096);

/** The narrowest width in [min, max] (in `step` px from min) where `text` breaks legally. Memoised (bounded). */
export function fitWidth(text: string, font: BreakOptions, opts: FitOptions): Fit {
  const group = `${font.size}|${font.weight}|${font.lang}|${opts.min}|${opts.max}|${opts.maxLines ?? ''}|${opts.step ?? ''}|${patternsVersion()}`;
  let fit = memo.get(group, text);
  if (!fit) {
    fit = search(text, font, opts);
    memo.set(group, text, fit);
  }
  return fit;
}

function search(text: string, font: BreakOptions, opts: FitOptions): Fit {
  const step = opts.step ?? 2;
  const maxLines = opts.maxLines ?? Infinity;
  const min = Math.max(0, opts.min);
  const max = Math.max(min, opts.max);
  const at = (w: number): Fit => {
    const lines = breakLines(text, w, font);
    return { width: w, lines, legal: lineFaults(text, lines, { maxLines, lang: font.lang }).length === 0 };
  };
  const first = at(min);
  if (first.legal) return first;
  // No line needs to be wider than the whole text on one line.
  const whole = Math.ceil(Math.max(...text.split(/\r\n|[\n\r\u2028\u2029]/u).map((p) => measureText(p, font))));
  const top = Math.min(max, Math.max(min, whole));
  // Binary search (in steps) for the first width with few enough lines: fewer lines as the width grows.
  let lo = 0;
  let hi = Math.ceil((top - min) / step);
  if (Number.isFinite(maxLines)) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breakLines(text, Math.min(top, min + mid * step), font).length <= maxLines) hi = mid;
      else lo = mid + 1;
    }
  }
  for (let k = lo; min + k * step < top; k++) {
    const fit = at(min + k * step);
    if (fit.legal) return fit;
  }
  const last = at(top);
  return last.legal || top >= max ? last : at(max);
}
