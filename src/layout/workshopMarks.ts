/**
 * Where the room's marks go on the diagram: a step's dot votes along its
 * bottom edge (ten dots, then the number), its comment count in a badge on
 * its top right corner, and a phase's comment count in its header. Plain
 * data, drawn alike by present mode (React) and the exported SVG.
 */
import type { Rect } from './geometry';

/** How many dots a step shows before the rest is a number. */
export const MAX_DOTS = 10;

export const MARKS = {
  dot: { r: 7, gap: 17, fill: '#c2410c', stroke: '#ffffff', strokeWidth: 2 },
  count: { size: 14, color: '#9a3412' },
  badge: { fill: '#164a6d', stroke: '#ffffff', strokeWidth: 1.5, size: 13, color: '#ffffff' },
} as const;

export type Dot = { readonly cx: number; readonly cy: number };

export type Badge = Rect & {
  readonly rx: number;
  /** a speech bubble's tail (SVG path data), or null */
  readonly tail: string | null;
  readonly text: string;
  /** the centre of the text's baseline */
  readonly textX: number;
  readonly textY: number;
};

export type StepMarks = {
  readonly dots: readonly Dot[];
  /** the number of votes after the dots, when there are more than MAX_DOTS */
  readonly count: { readonly x: number; readonly y: number; readonly text: string } | null;
  readonly badge: Badge | null;
};

export function stepMarksOf(s: Rect, votes: number, comments: number): StepMarks {
  const shown = Math.min(Math.max(0, votes), MAX_DOTS);
  const y = s.y + s.height;
  const dots = Array.from({ length: shown }, (_, i) => ({ cx: s.x + 14 + i * MARKS.dot.gap, cy: y }));
  const count = votes > MAX_DOTS ? { x: s.x + 6 + shown * MARKS.dot.gap, y: y + 5, text: String(votes) } : null;
  let badge: Badge | null = null;
  if (comments > 0) {
    const width = comments > 9 ? 30 : 24;
    const x = s.x + s.width - 16;
    badge = {
      x,
      y: s.y - 11,
      width,
      height: 22,
      rx: 11,
      tail: `M ${s.x + s.width - 8} ${s.y + 10} l -3 6 l 9 -6 z`,
      text: String(comments),
      textX: x + width / 2,
      textY: s.y + 5,
    };
  }
  return { dots, count, badge };
}

/** A phase's comment count at the right of its header strip; null without comments. */
export function phaseBadgeOf(header: Rect, comments: number): Badge | null {
  if (comments <= 0) return null;
  const x = header.x + header.width - 34;
  return { x, y: header.y + 6, width: 28, height: 22, rx: 11, tail: null, text: String(comments), textX: x + 14, textY: header.y + 22 };
}
