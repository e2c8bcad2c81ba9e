/**
 * The page's shape: a landscape picture for ordinary paths (width/height between 1.4 and 2.2, a slide's
 * 16:9 aimed at), whatever the span and the number of lanes.
 *
 * The shape is chosen from the diagram's STRUCTURE only — its lanes, how many boxes of each lane overlap
 * in time (each box at least the default width), whether it has phases, a depth band, a legend — never
 * from its texts, so that typing a longer title never rescales the axis and moves every box (the lanes
 * below the edited one just move down; see Deliver 7 of issue 11). A tall path gets a wider axis (its
 * boxes then hold their titles in fewer lines); a flat one a narrower axis, down to a page 1,200 px wide,
 * and below that taller lanes.
 */
import type { Diagram } from '../model/types';
import { assignRows } from './stack';
import { STYLE as S } from './style';
import { endTimeExclusive, startTime } from './time';

export type PageShape = {
  /** the width of the time axis, px */
  readonly axisWidth: number;
  /** the least height of a lane, px */
  readonly laneMinHeight: number;
};

/** The band every ordinary path must stay in, and the narrower band the estimate aims at (it can be off a little). */
export const MIN_RATIO = 1.4;
export const MAX_RATIO = 2.2;
/** The narrowest page at zoom 1, and the widest whose 14 px step text still reads at 12 px fitted to 1920 px. */
export const MIN_PAGE_WIDTH = 1200;
export const MAX_PAGE_WIDTH = 2240;
/** What one row of boxes is expected to take (a box of two or three lines, its period mark and the gap below). */
const ROW_ESTIMATE = 84;
const AIM: readonly [number, number] = [1.55, 2.05];
const QUANTUM = 20;
/** The least width a box is expected to take when counting overlaps (a title widens most short boxes past the default). */
const ESTIMATE_MIN_WIDTH = 200;

/** The page's width outside the axis: margins, lane headers, the gap between them and the axis. */
export function sideWidth(laneHeaderWidth: number = S.laneHeaderWidth): number {
  return 2 * S.margin + laneHeaderWidth + S.headerGap;
}

/** Rows each lane would stack into with boxes at least the default width, on an axis `axisWidth` wide over [t0, t1). */
export function estimateRows(d: Diagram, t0: number, t1: number, axisWidth: number): number[] {
  const px = (t: number) => ((t - t0) / (t1 - t0)) * axisWidth;
  return d.lanes.map((lane) => {
    const spans = d.steps
      .filter((s) => s.lane === lane.id)
      .map((s) => {
        const x = px(startTime(s.start));
        const x2 = px(endTimeExclusive(s.end ?? s.start));
        return { key: s.id, x, width: Math.max(ESTIMATE_MIN_WIDTH, x2 - x) };
      });
    return assignRows(spans, S.stepGap).count;
  });
}

/** The height the page is expected to take with these rows, and lanes at least `laneMin` tall. */
export function estimateHeight(d: Diagram, rows: readonly number[], axisRows: number, laneMin: number): number {
  let h = 2 * S.margin + S.title.lineHeight + 16;
  if (d.subtitle) h += S.subtitle.lineHeight + 4;
  if (d.phases.length > 0) h += S.phaseTitle.lineHeight + S.phaseDates.lineHeight + 2 * S.phaseHeaderPad + 2;
  h += axisRows * S.axisRowHeight;
  for (const r of rows) h += Math.max(laneMin, r * ROW_ESTIMATE + 2 * S.lanePadY);
  if ((d.depth?.levels.length ?? 0) > 0) h += S.depthGap + S.depthHeight;
  if (d.legend.length > 0) h += S.legendGap + 26;
  if (d.source) h += S.legendGap + 2 * S.source.lineHeight;
  return h;
}

/** The axis width and lane height for a diagram whose axis shows [t0, t1) in `axisRows` rows. */
export function pageShape(d: Diagram, t0: number, t1: number, axisRows: number, laneHeaderWidth: number = S.laneHeaderWidth): PageShape {
  const side = sideWidth(laneHeaderWidth);
  const minAxis = MIN_PAGE_WIDTH - side;
  const maxAxis = MAX_PAGE_WIDTH - side;
  // twice: the rows depend on the axis width (a wider axis puts fewer boxes side by side in one row)
  let axisWidth = S.axisTargetWidth;
  let height = 0;
  for (let round = 0; round < 2; round++) {
    height = estimateHeight(d, estimateRows(d, t0, t1, round === 0 ? S.axisTargetWidth : axisWidth), axisRows, S.laneMinHeight);
    // the usual width while the page's expected shape is well inside the band; else the nearest edge of the aim
    const ratio = (S.axisTargetWidth + side) / height;
    const aimed = ratio < AIM[0] ? AIM[0] : ratio > AIM[1] ? AIM[1] : null;
    const wanted = aimed === null ? S.axisTargetWidth : Math.round((aimed * height - side) / QUANTUM) * QUANTUM;
    axisWidth = Math.min(maxAxis, Math.max(minAxis, wanted));
  }
  // Flatter than the band even at the narrowest page: the lanes grow (never the texts' room).
  let laneMinHeight = S.laneMinHeight;
  const pageWidth = axisWidth + side;
  const rows = estimateRows(d, t0, t1, axisWidth);
  const aimed = pageWidth / AIM[1];
  if (d.lanes.length > 0 && height < aimed) {
    while (estimateHeight(d, rows, axisRows, laneMinHeight) < aimed) laneMinHeight += 4;
  }
  return { axisWidth, laneMinHeight };
}
