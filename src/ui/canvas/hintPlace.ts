/**
 * Where the "choose the target step" words go beside the source step, in
 * screen px: above or below it, starting at its left or ending at its right
 * edge, whichever covers the least of the other steps and the levels' titles
 * (so that the possible targets stay readable), above and left-aligned when that is a tie; always
 * inside the canvas.
 */
export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
export type HintPlace = { readonly x: number; readonly y: number; readonly below: boolean; readonly end: boolean };

/** How far the hint stays from the source box and from the canvas's edges, in px. */
export const HINT_GAP = 8;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** `source` and `others` in screen px; `size` the hint's; `pane` the canvas's width and height. */
export function placeHint(source: Rect, others: Iterable<Rect>, size: { w: number; h: number }, pane: { width: number; height: number }): HintPlace {
  const fit = (x: number, y: number) => ({
    x: clamp(x, HINT_GAP, pane.width - size.w - HINT_GAP),
    y: clamp(y, HINT_GAP, pane.height - size.h - HINT_GAP),
  });
  const candidates = [false, true].flatMap((below) =>
    [false, true].map((end) => {
      const want = {
        x: end ? source.x + source.width - size.w : source.x,
        y: below ? source.y + source.height + HINT_GAP : source.y - HINT_GAP - size.h,
      };
      const at = fit(want.x, want.y);
      // moved by the canvas's edge: it may cover the source itself
      const moved = Math.abs(at.x - want.x) + Math.abs(at.y - want.y);
      return { ...at, below, end, moved };
    }),
  );
  const covered = candidates.map(() => 0);
  const rects = candidates.map((c) => ({ x: c.x, y: c.y, width: size.w, height: size.h }));
  for (const o of others) {
    if (o.x > pane.width || o.y > pane.height || o.x + o.width < 0 || o.y + o.height < 0) continue;
    rects.forEach((r, i) => (covered[i]! += overlap(r, o)));
  }
  rects.forEach((r, i) => (covered[i]! += 4 * overlap(r, source) + candidates[i]!.moved));
  let best = 0;
  for (let i = 1; i < candidates.length; i++) if (covered[i]! < covered[best]!) best = i;
  const { x, y, below, end } = candidates[best]!;
  return { x, y, below, end };
}
