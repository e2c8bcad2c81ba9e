/** The legend: a swatch and a title per entry, in rows along the axis. */
import type { LegendEntry } from '../model/types';
import type { Frame } from './axis';
import type { LegendGeometry } from './geometry';
import { STYLE as S } from './style';
import { measureText } from './text/measure';
import { blockHeight, placeBlock, wrap } from './textBlock';

const MAX_LABEL_WIDTH = 360;
const ENTRY_GAP = 24;
const SWATCH_GAP = 8;

export function layoutLegend(entries: readonly LegendEntry[], f: Frame, top: number): LegendGeometry | null {
  if (entries.length === 0) return null;
  let x = f.x0;
  let rowTop = top;
  let rowHeight = 0;
  const placed = entries.map((entry) => {
    const lines = wrap(entry.title, MAX_LABEL_WIDTH, S.legendText, f.lang);
    const textWidth = Math.max(0, ...lines.map((l) => measureText(l, S.legendText)));
    const entryHeight = Math.max(S.legendSwatch, blockHeight(lines.length, S.legendText)) + 10;
    if (x + S.legendSwatch + SWATCH_GAP + textWidth > f.x1 && x > f.x0) {
      x = f.x0;
      rowTop += rowHeight;
      rowHeight = 0;
    }
    rowHeight = Math.max(rowHeight, entryHeight);
    const swatch = { x, y: rowTop, width: S.legendSwatch, height: S.legendSwatch };
    const label = placeBlock(lines, x + S.legendSwatch + SWATCH_GAP, rowTop, S.legendText, { color: S.colors.ink });
    x += S.legendSwatch + SWATCH_GAP + textWidth + ENTRY_GAP;
    return { id: entry.id, swatch, color: entry.color ?? S.colors.defaultLegend, label };
  });
  return { x: f.x0, y: top, width: f.x1 - f.x0, height: rowTop + rowHeight - top, entries: placed };
}
