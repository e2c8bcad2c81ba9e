/**
 * Room in a row: a box whose title takes more lines than its row needs
 * widens into the free room beside it, so the row — as tall as its tallest
 * box — gets lower.
 *
 * After stacking (stack.ts) each row holds boxes side by side. A box may
 * widen to the right up to the next box of its row (less the step gap) or the
 * axis's end; a box set back at the axis's end (it already stands left of its
 * dates) widens to the left instead, up to the box before it. Its period mark
 * stays at its dates. The row's floor is the most lines any of its boxes
 * needs even with all its room; every box taller than that floor takes the
 * narrowest legal width (text/fitWidth.ts) that brings it down to the floor.
 * Boxes already at or under the floor are left as they are, so the free
 * room between boxes (where arrows cross the row) shrinks only where it buys
 * height.
 */
import type { ContentLanguage } from '../model/types';
import { STYLE as S } from './style';
import { fitWidth } from './text/fitWidth';
import { breakLines } from './text/breakLines';
import { boxHeight } from './stepBox';

export type RowBox = {
  readonly key: string;
  readonly title: string;
  readonly x: number;
  readonly width: number;
  readonly lines: readonly string[];
  /** true when the box was set back to end at the axis's end */
  readonly setBack: boolean;
};

export type Relief = { readonly x: number; readonly width: number; readonly lines: readonly string[] };

/**
 * New places for the boxes of one row that can lose lines (by key); boxes not in the result keep theirs.
 * `x0`/`x1` are the axis's ends.
 */
export function relieveRow(row: readonly RowBox[], x0: number, x1: number, lang: ContentLanguage): Map<string, Relief> {
  const out = new Map<string, Relief>();
  if (row.length === 0) return out;
  const sorted = [...row].sort((a, b) => a.x - b.x);
  const pad = 2 * S.stepPadX;
  const font = { size: S.step.size, weight: S.step.weight, lang };
  // the room of box i given where the box before it now ends: a box grows to the right up to the next box; a box
  // set back at the axis's end (lanes.ts: it stands left of its dates already) grows to the left, up to the box
  // before it
  const roomOf = (i: number, prevEnd: number) => {
    const b = sorted[i]!;
    const last = i + 1 === sorted.length;
    const right = Math.max(b.x + b.width, last ? x1 : sorted[i + 1]!.x - S.stepGap);
    return { left: b.setBack ? Math.max(x0, Math.min(b.x, prevEnd)) : b.x, right };
  };
  const rooms = sorted.map((_, i) => roomOf(i, i > 0 ? sorted[i - 1]!.x + sorted[i - 1]!.width + S.stepGap : x0));
  const most = Math.max(...sorted.map((b) => b.lines.length));
  // the row's floor: the fewest lines each box could take with all its room (greedy breaking at the widest)
  const floor = Math.max(
    1,
    ...sorted.map((b, i) => {
      const room = rooms[i]!.right - rooms[i]!.left;
      return room > b.width ? Math.min(b.lines.length, breakLines(b.title, room - pad, font).length) : b.lines.length;
    }),
  );
  // every box over the floor must come down to it, or the row stays as tall: try the floor, then one more line
  // (only where the row gets lower by a line at least: one line and two differ by 2 px in a box's least height)
  for (let target = floor; boxHeight(target) + S.step.lineHeight <= boxHeight(most); target++) {
    const fits = new Map<string, Relief>();
    let prevEnd = x0;
    const all = sorted.every((b, i) => {
      const room = roomOf(i, prevEnd);
      prevEnd = b.x + b.width + S.stepGap;
      if (b.lines.length <= target) return true;
      const fit = fitWidth(b.title, font, { min: b.width - pad, max: room.right - room.left - pad, maxLines: target });
      if (!fit.legal || fit.lines.length > target) return false;
      const width = Math.max(b.width, fit.width + pad);
      const x = b.x + width <= room.right ? b.x : room.right - width;
      fits.set(b.key, { x, width, lines: fit.lines });
      prevEnd = x + width + S.stepGap;
      return true;
    });
    if (all) return fits;
  }
  return out;
}
