/** Phase columns: a header strip with titles and dates, and a band down through the lanes. */
import type { Phase } from '../model/types';
import type { Frame } from './axis';
import { textColorOn } from './color';
import { periodLabel } from './contentText';
import type { PhaseGeometry } from './geometry';
import { STYLE as S } from './style';
import { assignRows } from './stack';
import { blockHeight, fitText, placeBlock } from './textBlock';
import { endTimeExclusive, startTime } from './time';

export type PhaseHeader = {
  readonly phase: Phase;
  readonly x: number;
  readonly width: number;
  readonly titleLines: readonly string[];
  readonly dateLines: readonly string[];
  /** where the title and dates stand (x, width), and on which header row */
  readonly boxX: number;
  readonly boxWidth: number;
  readonly row: number;
};

/** Lines a phase title takes before its label widens beyond its column. */
const PHASE_TITLE_LINES = 3;
/** The widest a phase label grows for its title before the title takes more lines. */
const PHASE_LABEL_MAX = 260;

/** The height of one phase label (title and dates, padded). */
function labelHeight(h: Pick<PhaseHeader, 'titleLines' | 'dateLines'>): number {
  return blockHeight(h.titleLines.length, S.phaseTitle) + blockHeight(h.dateLines.length, S.phaseDates) + 2 * S.phaseHeaderPad;
}

/**
 * The phase headers: each phase's column at its true dates, and its title
 * and dates broken legibly (text/lineFaults.ts). A phase too short for them
 * gets a label as wide as they need; labels that would then overlap stand
 * on header rows of their own (stack.ts), so none covers another's text.
 */
export function measurePhases(
  phases: readonly Phase[],
  f: Frame,
): { headers: PhaseHeader[]; height: number; rowTops: number[] } {
  const pad = 2 * S.phaseHeaderPad;
  const measured = phases.map((p) => {
    const x = f.scale(new Date(startTime(p.start)));
    const x2 = p.end === undefined ? f.x1 : f.scale(new Date(endTimeExclusive(p.end)));
    const inner = Math.max(24, x2 - x - pad);
    const title = fitText(p.title, S.phaseTitle, f.lang, { min: inner, max: Math.max(inner, PHASE_LABEL_MAX), maxLines: PHASE_TITLE_LINES });
    const dates = fitText(periodLabel(f.lang, p.start, p.end), S.phaseDates, f.lang, { min: inner, max: Math.max(inner, PHASE_LABEL_MAX), maxLines: 2 });
    const boxWidth = Math.max(inner, title.width, dates.width) + pad;
    // a label wider than its column reaches right, but not beyond the axis
    const boxX = Math.max(f.x0, Math.min(x, f.x1 - boxWidth));
    return { phase: p, x, width: x2 - x, titleLines: title.lines, dateLines: dates.lines, boxX, boxWidth };
  });
  const { rows, count } = assignRows(
    measured.map((m, i) => ({ key: String(i), x: m.boxX, width: m.boxWidth })),
    0,
  );
  const headers: PhaseHeader[] = measured.map((m, i) => ({ ...m, row: rows.get(String(i)) ?? 0 }));
  const rowHeights = new Array<number>(count).fill(0);
  for (const h of headers) rowHeights[h.row] = Math.max(rowHeights[h.row]!, labelHeight(h));
  const rowTops: number[] = [];
  let y = 0;
  for (const rh of rowHeights) {
    rowTops.push(y);
    y += rh;
  }
  return { headers, height: headers.length ? y + 2 : 0, rowTops };
}

/** The colour under x: the last phase drawn there (phases are drawn in file order), or the page. */
export function phaseColorAt(headers: readonly PhaseHeader[], x: number): string {
  let bg = '#ffffff';
  for (const h of headers) if (x >= h.x && x < h.x + h.width) bg = h.phase.color ?? S.colors.defaultPhase;
  return bg;
}

export function placePhases(
  headers: readonly PhaseHeader[],
  rowTops: readonly number[],
  top: number,
  headerHeight: number,
  bottom: number,
): PhaseGeometry[] {
  return headers.map((p) => {
    const color = p.phase.color ?? S.colors.defaultPhase;
    const ink = textColorOn(color);
    const boxTop = top + (rowTops[p.row] ?? 0);
    const titleTop = boxTop + S.phaseHeaderPad;
    const dateTop = titleTop + blockHeight(p.titleLines.length, S.phaseTitle);
    return {
      id: p.phase.id,
      x: p.x,
      y: top,
      width: p.width,
      height: bottom - top,
      color,
      openEnded: p.phase.end === undefined,
      header: { x: p.x, y: top, width: p.width, height: headerHeight },
      labelBox: { x: p.boxX, y: boxTop, width: p.boxWidth, height: labelHeight(p) },
      label: placeBlock(p.titleLines, p.boxX + S.phaseHeaderPad, titleTop, S.phaseTitle, { color: ink }),
      dates: placeBlock(p.dateLines, p.boxX + S.phaseHeaderPad, dateTop, S.phaseDates, { color: ink }),
    };
  });
}
