/**
 * A step's box and its true period.
 *
 * The true period: start to end; a month-dated step without an end, its
 * month; a day-dated step without an end (or with end = start), that day —
 * a one-day step, drawn as a milestone.
 *
 * The box starts at the period's start. Its width is what the period gives
 * (start to end less a gutter, at least STYLE.stepMinWidth; a step without
 * an end STYLE.stepDefaultWidth) when its title breaks legibly there
 * (text/lineFaults.ts) in at most STEP_MAX_LINES lines. Otherwise the box
 * outgrows its period: to STYLE.stepDefaultWidth at least (as wide as a step
 * without an end), and on to the narrowest width where the title reads well;
 * a title that cannot do that within STEP_MAX_WIDTH takes more lines at that
 * width. The period itself stays drawn (scene/periodMarks.ts), so a box
 * wider than its period never hides when the step happens.
 */
import type { ContentLanguage, Step } from '../model/types';
import type { StepPeriod } from './geometry';
import { STYLE as S } from './style';
import { fitWidth, legalAt } from './text/fitWidth';
import { blockHeight, fitText } from './textBlock';
import { DAY_MS, dayOf, endTimeExclusive, startTime, type TimeScale } from './time';

/** Lines a step title takes before its box widens (up to STEP_MAX_WIDTH). */
export const STEP_MAX_LINES = 4;
/** The widest a box grows for its title before the title takes more lines. */
export const STEP_MAX_WIDTH = 320;
/** Lines a title of a box wider than its period takes, where it can within STEP_MAX_WIDTH. */
export const OUTGROWN_LINES = 2;

/** The instants of a step's true period: [t0, t1) (a day at least, should an end come before its start). */
export function periodTimes(step: Pick<Step, 'start' | 'end'>): { t0: number; t1: number } {
  const t0 = startTime(step.start);
  return { t0, t1: Math.max(t0 + DAY_MS, endTimeExclusive(step.end ?? step.start)) };
}

/** A step's true period along the scale (without its vertical place). */
export function stepPeriod(step: Pick<Step, 'start' | 'end'>, scale: TimeScale): Omit<StepPeriod, 'y'> {
  const { t0, t1 } = periodTimes(step);
  const oneDay = t1 - t0 <= DAY_MS;
  return {
    kind: oneDay ? 'milestone' : 'bar',
    x: scale(new Date(t0)),
    x2: scale(new Date(t1)),
    start: dayOf(t0),
    end: dayOf(t1 - 1),
  };
}

/** The width the period gives a box: start to end less a gutter (adjacent periods sit side by side in one row). */
export function periodWidth(step: Pick<Step, 'start' | 'end'>, scale: TimeScale): number {
  if (step.end === undefined) return S.stepDefaultWidth;
  const x = scale(new Date(startTime(step.start)));
  const x2 = scale(new Date(endTimeExclusive(step.end)));
  return Math.max(S.stepMinWidth, x2 - x - S.stepGap);
}

export type StepBox = {
  readonly x: number;
  readonly width: number;
  readonly lines: readonly string[];
  readonly period: Omit<StepPeriod, 'y'>;
};

/**
 * The box of a step: where it starts, how wide it is, its title's lines, and its true period.
 * `outgrownLines`: the lines a box wider than its period aims at (more lines, a narrower box:
 * lanes.ts tries OUTGROWN_LINES + 1 where narrower boxes stack into fewer rows).
 */
export function stepBox(step: Step, scale: TimeScale, lang: ContentLanguage, outgrownLines: number = OUTGROWN_LINES): StepBox & { readonly outgrown: boolean } {
  const period = stepPeriod(step, scale);
  const byPeriod = periodWidth(step, scale);
  const pad = 2 * S.stepPadX;
  const font = { size: S.step.size, weight: S.step.weight, lang };
  // A box that must outgrow its period grows to the width of a step without an end at least
  // (then the title breaks as little as it does there), and on until its title reads well.
  const fitsPeriod = legalAt(step.title, byPeriod - pad, font, STEP_MAX_LINES);
  const min = fitsPeriod ? byPeriod : Math.max(byPeriod, S.stepDefaultWidth);
  const max = Math.max(STEP_MAX_WIDTH, byPeriod) - pad;
  // A box that outgrows its period anyway is kept to OUTGROWN_LINES lines where its title reads well
  // within the widest box: the page stays low enough for a slide (a row is as tall as its tallest box).
  const short = fitsPeriod ? null : fitWidth(step.title, font, { min: min - pad, max, maxLines: outgrownLines });
  const text = short?.legal ? short : fitText(step.title, S.step, lang, { min: min - pad, max, maxLines: STEP_MAX_LINES });
  const width = Math.max(byPeriod, text.width + pad);
  return { x: period.x, width, lines: text.lines, period, outgrown: width > byPeriod + 0.5 };
}

/** The height of a step's box whose title takes `lines` lines. */
export function boxHeight(lines: number): number {
  return Math.max(S.stepMinHeight, blockHeight(lines, S.step) + 2 * S.stepPadY);
}

/** The room under a box that its period mark takes (the rows leave it free): a bar's, or a milestone's diamond's. */
export function periodZone(kind: StepPeriod['kind']): number {
  return S.periodGap + (kind === 'milestone' ? S.periodDiamond : S.periodBar);
}

/** The vertical centre of a period mark under a box whose bottom is at `boxBottom`. */
export function periodY(kind: StepPeriod['kind'], boxBottom: number): number {
  return boxBottom + S.periodGap + (kind === 'milestone' ? S.periodDiamond : S.periodBar) / 2;
}

/** How far a step reaches along the axis as drawn: its box, its period mark, and both together. */
export function drawnExtent(box: { x: number; width: number; period: Omit<StepPeriod, 'y'> }): {
  x: number;
  x2: number;
  markX: number;
  markX2: number;
} {
  const p = box.period;
  const mid = (p.x + p.x2) / 2;
  const half = S.periodDiamond / 2;
  const markX = p.kind === 'milestone' ? Math.min(p.x, mid - half) : p.x;
  const markX2 = p.kind === 'milestone' ? Math.max(p.x2, mid + half) : p.x2;
  return { x: Math.min(box.x, markX), x2: Math.max(box.x + box.width, markX2), markX, markX2 };
}
