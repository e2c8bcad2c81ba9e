/**
 * Stacking overlapping boxes of one lane into rows: interval partitioning.
 * Sorted by left edge, each box goes into the first row that is free at its
 * left edge; for intervals this uses exactly as many rows as the largest
 * number of boxes that overlap at one x (the optimum).
 *
 * A box may carry the mark of its period drawn under it (scene/periodMarks.ts):
 * a row is free only if the box keeps `gap` from the row's last box and its
 * mark does not overlap the row's last mark (marks may touch: adjacent periods).
 */
export type Span = {
  readonly key: string;
  readonly x: number;
  readonly width: number;
  /** the drawn extent of the period mark under the box, if any */
  readonly mark?: { readonly x: number; readonly x2: number };
};

/** Returns the row of each span (by key) and the number of rows. Boxes closer than `gap` count as overlapping. */
export function assignRows(spans: readonly Span[], gap: number): { rows: Map<string, number>; count: number } {
  const sorted = [...spans].sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const boxEnds: number[] = [];
  const markEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const s of sorted) {
    let row = boxEnds.findIndex((end, r) => end + gap <= s.x + 1e-9 && (!s.mark || markEnds[r]! <= s.mark.x + 1e-9));
    if (row === -1) {
      row = boxEnds.length;
      boxEnds.push(0);
      markEnds.push(-Infinity);
    }
    boxEnds[row] = s.x + s.width;
    if (s.mark) markEnds[row] = Math.max(markEnds[row]!, s.mark.x2);
    rows.set(s.key, row);
  }
  return { rows, count: boxEnds.length };
}
