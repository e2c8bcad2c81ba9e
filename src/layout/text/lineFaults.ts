/**
 * What makes broken text hard to read — the one definition of a "fault" that
 * the layout's width fitter (fitWidth.ts) and the legibility tests share.
 *
 * Given the text as typed and the lines breakLines drew for it, a fault is:
 * - 'pieces':  a word broken into three or more pieces ("Väliar-/viointi/jär-/…");
 * - 'short':   a piece of a broken word with fewer than 3 letters or digits
 *              ("Luo-/n-/nok-", "Vä-/liarviointi"); a whole short word ("ja",
 *              "vk") is no fault;
 * - 'number':  a break inside a number or date: the nearest characters on
 *              either side of the break, past any . , / : – - , are both digits
 *              ("16.8.–/5.9.2021", "3–/12/2022", "20/21");
 * - 'cut':     (given `lang`) a break inside a word where neither the
 *              language's patterns, a compound seam, a typed soft hyphen nor
 *              an existing hyphen allow one (hyphenate.ts findBreaks), or
 *              one drawn without the '-' it needs (or with one it must not
 *              have) — "Samman/ställning" cut between letters;
 * - 'lines':   more lines than `maxLines`.
 * Words are the typed text's runs between whitespace (hard breaks included);
 * soft hyphens are not drawn. Pure; no measuring.
 */
import { breaksNumber, drawsHyphen, findBreaks } from './hyphenate.ts';
import type { TextLang } from './patterns.ts';
import { HARD_BREAK_RE, SOFT_HYPHEN } from './unicode.ts';

export type LineFaultKind = 'pieces' | 'short' | 'number' | 'cut' | 'lines';

export type LineFaultOptions = {
  /** more lines than this is a fault (default: any number) */
  readonly maxLines?: number;
  /** the text's language: with it, a break the language does not allow is a fault ('cut') */
  readonly lang?: TextLang;
};

export { breaksNumber };

export type LineFault = {
  readonly kind: LineFaultKind;
  /** the word concerned (as drawn, soft hyphens left out); '' for 'lines' */
  readonly word: string;
  /** the index of the line where the fault shows */
  readonly line: number;
};

const ALNUM_RE = /[\p{L}\p{N}]/gu;

const letters = (s: string): number => s.match(ALNUM_RE)?.length ?? 0;

/** The words of a text as typed (soft hyphens in): split at whitespace and hard breaks. */
function wordsOf(text: string): string[] {
  return text
    .split(HARD_BREAK_RE)
    .flatMap((p) => p.split(/\s+/u))
    .filter((w) => w.replaceAll(SOFT_HYPHEN, '') !== '');
}

/** Where `typed` may break, as indices into the word as drawn (soft hyphens out), and whether a '-' is drawn there. */
function allowedBreaks(typed: string, lang: TextLang): Map<number, boolean> {
  const drawnIndex: number[] = [];
  let k = 0;
  for (let i = 0; i <= typed.length; i++) {
    drawnIndex.push(k);
    if (i < typed.length && typed[i] !== SOFT_HYPHEN) k++;
  }
  return new Map(findBreaks(typed, lang).map((b) => [drawnIndex[b.index]!, drawsHyphen(b.kind)]));
}

/**
 * The faults of `lines` (as breakLines returns them) drawn for `text`.
 * Empty when the text reads well. Lines that do not come from `text` are
 * matched as far as they can be; the rest is ignored.
 */
export function lineFaults(text: string, lines: readonly string[], opts: LineFaultOptions = {}): LineFault[] {
  const maxLines = opts.maxLines ?? Infinity;
  const { lang } = opts;
  const faults: LineFault[] = [];
  if (lines.length > maxLines) faults.push({ kind: 'lines', word: '', line: maxLines });
  const typedWords = wordsOf(text);
  const words = typedWords.map((w) => w.replaceAll(SOFT_HYPHEN, ''));
  let w = 0;
  let offset = 0; // how much of words[w] earlier lines drew
  let pieces: { text: string; line: number; hyphen: boolean }[] = [];
  const finish = () => {
    const word = words[w]!;
    if (pieces.length >= 2) {
      if (pieces.length >= 3) faults.push({ kind: 'pieces', word, line: pieces[2]!.line });
      let at = 0;
      const allowed = lang ? allowedBreaks(typedWords[w]!, lang) : null;
      pieces.forEach((p, k) => {
        if (letters(p.text) < 3) faults.push({ kind: 'short', word, line: p.line });
        at += p.text.length;
        if (k === pieces.length - 1) return;
        if (breaksNumber(word, at)) faults.push({ kind: 'number', word, line: p.line });
        else if (allowed && allowed.get(at) !== p.hyphen) faults.push({ kind: 'cut', word, line: p.line });
      });
    }
    w++;
    offset = 0;
    pieces = [];
  };
  lines.forEach((line, li) => {
    const tokens = line.split(' ').filter((t) => t !== '');
    for (const token of tokens) {
      if (w >= words.length) return;
      const rest = words[w]!.slice(offset);
      if (token === rest) {
        pieces.push({ text: token, line: li, hyphen: false });
        finish();
      } else if (rest.startsWith(token)) {
        pieces.push({ text: token, line: li, hyphen: false }); // after an existing hyphen, or cut between characters
        offset += token.length;
      } else if (token.endsWith('-') && rest.startsWith(token.slice(0, -1)) && token.length > 1) {
        pieces.push({ text: token.slice(0, -1), line: li, hyphen: true }); // a drawn hyphen
        offset += token.length - 1;
      } else {
        return; // not this text's line
      }
    }
  });
  return faults;
}
