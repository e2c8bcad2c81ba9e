/** The time axis: which months it shows, its scale, and its ticks. */
import type { ContentLanguage, Diagram, Step } from '../model/types';
import { textColorOn } from './color';
import { monthName } from './contentText';
import type { AxisGeometry, TickGeometry } from './geometry';
import { STYLE as S } from './style';
import { endTimeExclusive, makeTimeScale, monthFromIndex, monthIndex, monthStartTime, parseDate, startTime, type TimeScale } from './time';

/** What every part of the layout shares: the content language and the horizontal frame. */
export type Frame = {
  readonly lang: ContentLanguage;
  readonly scale: TimeScale;
  readonly first: number;
  readonly last: number;
  readonly x0: number;
  readonly x1: number;
  readonly monthWidth: number;
};

/** The months the axis shows: the axis setting widened by the content (never hides content). */
export function axisMonths(d: Diagram): { first: number; last: number } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const p of d.phases) {
    starts.push(monthIndex(p.start));
    ends.push(monthIndex(p.end ?? p.start));
  }
  for (const s of d.steps) {
    starts.push(monthIndex(s.start));
    ends.push(monthIndex(s.end ?? s.start));
  }
  for (const l of d.depth?.levels ?? []) {
    starts.push(monthIndex(l.at));
    ends.push(monthIndex(l.at));
  }
  const contentFirst = starts.length ? Math.min(...starts) : null;
  const contentLast = ends.length ? Math.max(...ends) : null;
  const fallback = 2021 * 12 + 6; // an empty diagram without an axis: a year from 7/2021
  const axisStart = d.axis?.start;
  const axisEnd = d.axis?.end;
  // Without an axis setting, the content's span with a month's margin on each side.
  let first = axisStart !== undefined ? monthIndex(axisStart) : contentFirst !== null ? contentFirst - 1 : fallback;
  let last = axisEnd !== undefined ? monthIndex(axisEnd) : contentLast !== null ? contentLast + 1 : first + 11;
  if (contentFirst !== null) first = Math.min(first, contentFirst);
  if (contentLast !== null) last = Math.max(last, contentLast);
  return { first, last: Math.max(first, last) };
}

/** A step's box along the axis: from its start to its inclusive end (less a gutter), or the default width. */
export function stepSpan(step: Step, scale: TimeScale): { x: number; width: number } {
  const x = scale(new Date(startTime(step.start)));
  if (step.end === undefined) return { x, width: S.stepDefaultWidth };
  // A gutter of one step gap before the end, so that steps of adjacent periods sit side by side in one row.
  const x2 = scale(new Date(endTimeExclusive(step.end)));
  return { x, width: Math.max(S.stepMinWidth, x2 - x - S.stepGap) };
}

export function makeFrame(d: Diagram): Frame {
  const lang = d.language ?? 'fi';
  const { first } = axisMonths(d);
  let { last } = axisMonths(d);
  const monthWidth = Math.min(S.maxMonthWidth, Math.max(S.minMonthWidth, S.axisTargetWidth / (last - first + 1)));
  const x0 = S.margin + S.laneHeaderWidth + S.headerGap;
  // Steps without an end are drawn with the default width: widen the axis so that they fit.
  let scale = makeTimeScale(first, last, x0, monthWidth);
  const end = scale.range()[1]!;
  let maxRight = end;
  for (const s of d.steps) {
    const span = stepSpan(s, scale);
    maxRight = Math.max(maxRight, span.x + span.width);
  }
  if (maxRight > end + 0.5) {
    last += Math.ceil((maxRight - end) / monthWidth);
    scale = makeTimeScale(first, last, x0, monthWidth);
  }
  return { lang, scale, first, last, x0, x1: scale.range()[1]!, monthWidth };
}

/** Month and year ticks; each label coloured to be legible on `backgroundAt` its position. */
export function layoutAxis(f: Frame, top: number, backgroundAt: (x: number) => string): AxisGeometry {
  const C = S.colors;
  const ticks: TickGeometry[] = [];
  const labelEvery = f.monthWidth >= 34 ? 1 : f.monthWidth >= 20 ? 3 : 6;
  for (let i = f.first; i <= f.last; i++) {
    const x = f.scale(new Date(monthStartTime(i)));
    const next = f.scale(new Date(monthStartTime(i + 1)));
    const { y, m } = parseDate(monthFromIndex(i));
    if (m === 1 || i === f.first) {
      ticks.push({ x, kind: 'year', label: String(y), labelX: x + 4, color: textColorOn(backgroundAt(x + 4), C.ink) });
    }
    const label = (m - 1) % labelEvery === 0 ? (labelEvery === 1 ? monthName(f.lang, m) : String(m)) : '';
    const labelX = (x + next) / 2;
    ticks.push({ x, kind: 'month', label, labelX, color: textColorOn(backgroundAt(labelX), C.muted) });
  }
  return {
    x: f.x0,
    y: top,
    width: f.x1 - f.x0,
    height: S.axisHeight,
    x0: f.x0,
    x1: f.x1,
    start: monthFromIndex(f.first),
    end: monthFromIndex(f.last),
    ticks,
    monthWidth: f.monthWidth,
  };
}
