/**
 * The page's shape: a landscape picture for ordinary paths (width/height between 1.4 and 2.2, a slide's
 * 16:9 aimed at), whatever the span and the number of lanes.
 *
 * The shape is chosen from the diagram's STRUCTURE only — its lanes, how many boxes of each lane overlap
 * in time (each box at least the default width), how many arrows, whether it has phases, a depth band, a legend — never
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
/** The narrowest page at zoom 1, and the widest whose 15 px step text (STYLE.step) still reads at 12 px fitted to 1920 px. */
export const MIN_PAGE_WIDTH = 1200;
export const MAX_PAGE_WIDTH = Math.floor((1920 * S.step.size) / 12);
/** What one row of boxes is expected to take (a box of two or three lines, its period mark and the gap below). */
const ROW_EXPECTED = 84;
/** What one row takes at the least (a box of one line, its period mark, the gap below). */
const ROW_LEAST = S.stepMinHeight + S.periodGap + Math.max(S.periodBar, S.periodDiamond) + S.rowGap;
const AIM: readonly [number, number] = [1.75, 2.05];
/** The flattest a page may be at its least height. */
const FLATTEST = MAX_RATIO;
const QUANTUM = 20;
/** The least width a box is expected to take when counting overlaps (a title widens most short boxes past the default). */
const EXPECTED_BOX_WIDTH = 200;

/** The page's width outside the axis: margins, lane headers, the gap between them and the axis. */
export function sideWidth(laneHeaderWidth: number = S.laneHeaderWidth): number {
  return 2 * S.margin + laneHeaderWidth + S.headerGap;
}

/**
 * Rows each lane would stack into on an axis `axisWidth` wide over [t0, t1), with boxes at least
 * `boxWidth` wide (and at least as wide as their period less the gutter, as every box is).
 */
export function estimateRows(d: Diagram, t0: number, t1: number, axisWidth: number, boxWidth: number = EXPECTED_BOX_WIDTH): number[] {
  const px = (t: number) => ((t - t0) / (t1 - t0)) * axisWidth;
  return d.lanes.map((lane) => {
    const spans = d.steps
      .filter((s) => s.lane === lane.id)
      .map((s) => {
        const x = px(startTime(s.start));
        const x2 = px(endTimeExclusive(s.end ?? s.start));
        return { key: s.id, x, width: Math.max(boxWidth, x2 - x - S.stepGap) };
      });
    return assignRows(spans, S.stepGap).count;
  });
}

/**
 * What one arrow is expected to add to the page's height: the tracks and labels of arrows open the free
 * strips between rows (channels.ts). Measured over the generated paths of the legibility test: 6–8 px an
 * arrow. (Its count only, never whether it has a title: typing a label never rescales the axis.)
 */
const ARROW_EXPECTED = 7;
type Estimate = { readonly rowHeight: number; readonly sourceLines: number; readonly arrow: number };
const EXPECTED: Estimate = { rowHeight: ROW_EXPECTED, sourceLines: 2, arrow: ARROW_EXPECTED };
const LEAST: Estimate = { rowHeight: ROW_LEAST, sourceLines: 1, arrow: 0 };

/** The height of the page with these rows, lanes at least `laneMin` tall, rows as `e` says. */
export function estimateHeight(d: Diagram, rows: readonly number[], axisRows: number, laneMin: number, e: Estimate = EXPECTED): number {
  let h = 2 * S.margin + S.title.lineHeight + S.titleGap;
  if (d.subtitle) h += S.subtitle.lineHeight + 4;
  if (d.phases.length > 0) h += S.phaseTitle.lineHeight + S.phaseDates.lineHeight + 2 * S.phaseHeaderPad + 2;
  h += axisRows * S.axisRowHeight;
  for (const r of rows) h += Math.max(laneMin, r * e.rowHeight - (r > 0 ? S.rowGap : 0) + 2 * S.lanePadY);
  h += d.links.length * e.arrow;
  if ((d.depth?.levels.length ?? 0) > 0) h += S.depthGap + S.depthHeight;
  if (d.legend.length > 0) h += S.legendGap + S.legendSwatch + 10;
  if (d.source) h += S.legendGap + e.sourceLines * S.source.lineHeight;
  return h;
}

/**
 * The axis width and lane height for a diagram whose axis shows [t0, t1) in `axisRows` rows.
 * A page expected to be taller or flatter than the aim gets a wider or narrower axis (by its expected
 * height); one that even at its least height (which the page never falls below) would be flatter than
 * the band allows gets taller lanes.
 */
export function pageShape(d: Diagram, t0: number, t1: number, axisRows: number, laneHeaderWidth: number = S.laneHeaderWidth): PageShape {
  // the shape is aimed with the usual lane headers (a lane title is text); only the widest page counts
  // headers a long word in a lane title widens, so that the page never grows past it
  const side = sideWidth();
  const minAxis = MIN_PAGE_WIDTH - side;
  const maxAxis = MAX_PAGE_WIDTH - sideWidth(Math.max(S.laneHeaderWidth, laneHeaderWidth));
  const usual = S.axisTargetWidth + side;
  const quantize = (w: number) => Math.min(maxAxis, Math.max(minAxis, Math.round(w / QUANTUM) * QUANTUM));
  // the expected height at each width tried (its rows sort every step: once a width)
  const heights = new Map<number, number>();
  const expected = (axisWidth: number) => {
    let h = heights.get(axisWidth);
    if (h === undefined) {
      h = estimateHeight(d, estimateRows(d, t0, t1, axisWidth), axisRows, S.laneMinHeight, EXPECTED);
      heights.set(axisWidth, h);
    }
    return h;
  };

  let axisWidth = S.axisTargetWidth;
  if (usual / expected(axisWidth) < AIM[0]) {
    // twice: a wider axis puts more boxes side by side in one row
    for (let round = 0; round < 2; round++) axisWidth = quantize(AIM[0] * expected(axisWidth) - side);
  } else if (usual / expected(axisWidth) > AIM[1]) {
    axisWidth = quantize(AIM[1] * expected(axisWidth) - side);
  }
  // A page that even at its least height would be flatter than the band (less a margin) gets taller
  // lanes (never the texts' room): the page can then never end flatter than that.
  let laneMinHeight = S.laneMinHeight;
  const aimed = (axisWidth + side) / FLATTEST;
  // (only a page expected to be flat: the least height is far below what a page of many lanes takes)
  if (d.lanes.length > 0 && expected(axisWidth) < (axisWidth + side) / AIM[1]) {
    const leastRows = estimateRows(d, t0, t1, axisWidth, S.stepMinWidth);
    while (estimateHeight(d, leastRows, axisRows, laneMinHeight, LEAST) < aimed) laneMinHeight += 4;
  }
  return { axisWidth, laneMinHeight };
}
