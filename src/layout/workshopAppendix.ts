/**
 * The room's comments and votes as a list under an exported picture, when
 * the person asks for workshop notes in it: a heading, then per phase (in
 * time order) its comments and its steps with votes or comments, by votes —
 * the groups of the workshop summary (workshopGroups.ts). Text blocks broken
 * by the diagram font's metrics, in the diagram's content language; the
 * picture grows downwards by `height`, and nothing above it moves.
 */
import type { Comment, ContentLanguage, Diagram } from '../model/types';
import { workshopWords, type WorkshopWords } from './contentText';
import type { Geometry, TextBlock } from './geometry';
import { STYLE as S } from './style';
import { blockHeight, placeBlock, wrap, type TextStyle } from './textBlock';
import { summaryGroups } from './workshopGroups';

const HEADING: TextStyle = { size: 20, lineHeight: 26, weight: 'bold' };
const GROUP: TextStyle = { size: 16, lineHeight: 21, weight: 'bold' };
const STEP: TextStyle = { size: 14, lineHeight: 18, weight: 'bold' };
const COMMENT: TextStyle = { size: 14, lineHeight: 18, weight: 'regular' };
/** A comment's dash, under its step; the comment's lines hang right of it. */
const DASH_AT = 18;
const TEXT_AT = 34;
/** Lines longer than this are hard to read, however wide the diagram. */
const MAX_WIDTH = 1000;

export type WorkshopAppendix = {
  readonly y: number;
  readonly height: number;
  readonly blocks: readonly TextBlock[];
};

/** A comment as one paragraph: ”text” — author. */
function commentText(c: Comment, words: WorkshopWords): string {
  const text = words.quoted(c.text.trim());
  return c.author === undefined || c.author.trim() === '' ? text : `${text} — ${c.author.trim()}`;
}

/** The list under `g` (whose last `S.margin` px are its bottom margin), or null when the diagram has no comments or votes. */
export function layoutWorkshopAppendix(d: Diagram, g: Geometry): WorkshopAppendix | null {
  const groups = summaryGroups(d);
  if (groups.length === 0) return null;
  const lang: ContentLanguage = d.language ?? 'fi';
  const words = workshopWords(lang);
  const left = S.margin;
  const width = Math.min(MAX_WIDTH, g.width - 2 * S.margin);
  const blocks: TextBlock[] = [];
  const top = g.height - S.margin + 28;
  let y = top;
  const add = (text: string, style: TextStyle, indent: number, gapBefore: number) => {
    y += gapBefore;
    const lines = wrap(text, width - indent, style, lang);
    blocks.push(placeBlock(lines, left + indent, y, style, { color: S.colors.ink }));
    y += blockHeight(lines.length, style);
  };
  const comment = (c: Comment, gapBefore: number) => {
    blocks.push(placeBlock(['–'], left + DASH_AT, y + gapBefore, COMMENT, { color: S.colors.muted }));
    add(commentText(c, words), COMMENT, TEXT_AT, gapBefore);
  };
  add(words.heading, HEADING, 0, 0);
  for (const group of groups) {
    const title = group.phase === null ? words.outsidePhases : `${group.phase.title} (${group.phase.period})`;
    add(title, GROUP, 0, 14);
    for (const c of group.comments) comment(c, 4);
    for (const step of group.steps) {
      add(step.votes > 0 ? `${step.title} · ${words.votes(step.votes)}` : step.title, STEP, 0, 8);
      for (const c of step.comments) comment(c, 3);
    }
  }
  return { y: top, height: y - top + S.margin, blocks };
}
