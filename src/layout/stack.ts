/**
 * Stacking overlapping boxes of one lane into rows: interval partitioning.
 * Sorted by left edge, each box goes into the first row that is free at its
 * left edge; for intervals this uses exactly as many rows as the largest
 * number of boxes that overlap at one x (the optimum).
 */
export type Span = { readonly key: string; readonly x: number; readonly width: number };

/** Returns the row of each span (by key) and the number of rows. Boxes closer than `gap` count as overlapping. */
export function assignRows(spans: readonly Span[], gap: number): { rows: Map<string, number>; count: number } {
  const sorted = [...spans].sort((a, b) => a.x - b.x || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const s of sorted) {
    let row = rowEnds.findIndex((end) => end + gap <= s.x + 1e-9);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = s.x + s.width;
    rows.set(s.key, row);
  }
  return { rows, count: rowEnds.length };
}
