/** Phase columns: a header strip with titles and dates, and a band down through the lanes. */
import type { Phase } from '../model/types';
import type { Frame } from './axis';
import { textColorOn } from './color';
import { periodLabel } from './contentText';
import type { PhaseGeometry } from './geometry';
import { STYLE as S } from './style';
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
/** A label that outgrows its column, or moves aside in it, is this wide at least (its title then breaks little). */
const PHASE_LABEL_MIN = 120;
/** The widest a phase label grows for its title before the title takes more lines. */
const PHASE_LABEL_MAX = 260;

/** The height of one phase label (title and dates, padded). */
function labelHeight(h: Pick<PhaseHeader, 'titleLines' | 'dateLines'>): number {
  return blockHeight(h.titleLines.length, S.phaseTitle) + blockHeight(h.dateLines.length, S.phaseDates) + 2 * S.phaseHeaderPad;
}

type Label = { width: number; titleLines: readonly string[]; dateLines: readonly string[] };

/** A phase's title and dates broken legibly in `inner` px or, if they cannot be, in the narrowest width from PHASE_LABEL_MIN on where they can. */
function fitLabel(p: Phase, inner: number, f: Frame): Label {
  const dates = periodLabel(f.lang, p.start, p.end);
  const fit = (min: number) => {
    const max = Math.max(min, PHASE_LABEL_MAX);
    const title = fitText(p.title, S.phaseTitle, f.lang, { min, max, maxLines: PHASE_TITLE_LINES });
    const when = fitText(dates, S.phaseDates, f.lang, { min, max, maxLines: 2 });
    return { width: Math.max(min, title.width, when.width), titleLines: title.lines, dateLines: when.lines };
  };
  const own = fit(inner);
  return own.width <= inner + 1e-6 ? own : fit(Math.max(inner, PHASE_LABEL_MIN));
}

type Placed = { x: number; x2: number };

/**
 * The phase headers: each phase's column at its true dates, and its title
 * and dates broken legibly (text/lineFaults.ts). A phase too short for them
 * gets a label as wide as they need (a tab over its neighbours' columns).
 * Labels never overlap: a label whose place is taken moves right within its
 * own column if there is room, else onto the next header row.
 */
export function measurePhases(
  phases: readonly Phase[],
  f: Frame,
): { headers: PhaseHeader[]; height: number; rowTops: number[] } {
  const pad = 2 * S.phaseHeaderPad;
  const measured = phases.map((p, index) => {
    const x = f.scale(new Date(startTime(p.start)));
    const x2 = p.end === undefined ? f.x1 : f.scale(new Date(endTimeExclusive(p.end)));
    return { p, index, x, x2, label: fitLabel(p, Math.max(24, x2 - x - pad), f) };
  });
  const rows: Placed[][] = [];
  const headers: PhaseHeader[] = new Array<PhaseHeader>(phases.length);
  const order = [...measured].sort((a, b) => a.x - b.x || a.index - b.index);
  for (const m of order) {
    const boxWidth = m.label.width + pad;
    // a label wider than its column reaches right, but not beyond the axis
    const boxX = Math.max(f.x0, Math.min(m.x, f.x1 - boxWidth));
    let placed: { row: number; x: number; width: number; label: Label } | null = null;
    for (let row = 0; !placed; row++) {
      const taken = rows[row] ?? [];
      const free = (a: number, b: number) => taken.every((t) => t.x2 <= a + 1e-6 || t.x >= b - 1e-6);
      if (free(boxX, boxX + boxWidth)) {
        placed = { row, x: boxX, width: boxWidth, label: m.label };
        break;
      }
      // move aside within the own column, after whatever stands at its start
      let from = boxX;
      for (const t of taken) if (t.x < from + 1e-6 && t.x2 > from) from = t.x2;
      const room = m.x2 - from - pad;
      if (from > boxX && room >= Math.min(PHASE_LABEL_MIN, m.x2 - m.x - pad)) {
        const label = fitLabel(m.p, room, f);
        if (label.width <= room + 1e-6 && free(from, m.x2)) placed = { row, x: from, width: m.x2 - from, label };
      }
    }
    (rows[placed.row] ??= []).push({ x: placed.x, x2: placed.x + placed.width });
    headers[m.index] = {
      phase: m.p,
      x: m.x,
      width: m.x2 - m.x,
      titleLines: placed.label.titleLines,
      dateLines: placed.label.dateLines,
      boxX: placed.x,
      boxWidth: placed.width,
      row: placed.row,
    };
  }
  const rowHeights = rows.map(() => 0);
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
