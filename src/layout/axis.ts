/**
 * The time axis: which days it shows, its scale, and its rows of ticks.
 *
 * The axis always spans STYLE.axisTargetWidth, whatever the span: a
 * 3-week path is as wide as a 10-year one. The span decides the calendar
 * rows (days → weeks → months → quarters → years, one to three rows, as
 * think-cell does) and the margins (to the enclosing boundaries of the
 * finest unit shown). d3's time intervals do the calendar arithmetic; the
 * labels are Polku's, in the content language, measured with the layout's
 * own font metrics so that none overlaps another or leaves its cell.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { ContentLanguage, Diagram } from '../model/types';
import { textColorOn } from './color';
import { monthName, monthNameLong, weekLabel, weekdayName } from './contentText';
import { axisSegments, segmentBreaks } from './axisSegments';
import type { AxisGeometry, AxisRowGeometry, AxisSegment, AxisUnit, TickGeometry } from './geometry';
import { pageShape } from './pageShape';
import { periodWidth } from './stepBox';
import { firstBaseline, STYLE as S } from './style';
import { fitText } from './textBlock';
import { measureText } from './text/measure';
import { DAY_MS, dayOf, endTimeExclusive, makeSegmentedScale, monthIndex, startTime, type TimeScale } from './time';

export type { AxisUnit } from './geometry';

/** What every part of the layout shares: the content language and the horizontal frame. */
export type Frame = {
  readonly lang: ContentLanguage;
  readonly scale: TimeScale;
  /** the first instant the axis shows, and the instant just after its last (UTC ms) */
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
  /** the scale piece by piece (one segment in time mode; by phase, see axisSegments.ts) */
  readonly segments: readonly AxisSegment[];
  /** the calendar rows, from the top (coarsest) to the bottom (finest) */
  readonly rows: readonly AxisUnit[];
  /** the least height of a lane (taller for flat paths: see pageShape.ts) */
  readonly laneMinHeight: number;
  /** the lane header column's width (laneHeaderWidthFor) */
  readonly laneHeaderWidth: number;
};

const quarter = utcMonth.every(3)!;

const INTERVALS: Record<AxisUnit, TimeInterval> = {
  day: utcDay,
  week: utcMonday,
  month: utcMonth,
  quarter,
  year: utcYear,
};

/** The rows for a span of `days` days, from the top row down. */
export function axisRowsFor(days: number): AxisUnit[] {
  if (days <= 16) return ['month', 'day'];
  if (days <= 45) return ['month', 'week', 'day'];
  if (days <= 200) return ['month', 'week'];
  if (days <= 1100) return ['year', 'month'];
  if (days <= 2900) return ['year', 'quarter'];
  return ['year'];
}

/** The unit the margins round to: the finest row's, but whole months for quarter and year rows. */
function marginInterval(days: number): CountableTimeInterval {
  const finest = axisRowsFor(days).at(-1)!;
  return finest === 'day' ? utcDay : finest === 'week' ? utcMonday : utcMonth;
}

/** The span of a diagram's content (phases, steps, depth levels), in UTC ms: [start, end). */
function contentSpan(d: Diagram): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  const add = (from: string, to: string) => {
    start = Math.min(start, startTime(from));
    end = Math.max(end, endTimeExclusive(to));
  };
  for (const p of d.phases) add(p.start, p.end ?? p.start);
  for (const s of d.steps) add(s.start, s.end ?? s.start);
  for (const l of d.depth?.levels ?? []) add(l.at, l.at);
  return start === Infinity ? null : { start, end };
}

/**
 * The instants the axis shows, [t0, t1): the axis setting widened by the
 * content (never hides content). Without a setting, the content's span with
 * a margin of 3 % of it (at least a day) on each side, rounded out to the
 * finest unit the axis shows. Before steps without an end are fitted (see makeFrame).
 */
export function axisDomain(d: Diagram): { t0: number; t1: number } {
  const content = contentSpan(d);
  const setStart = d.axis?.start !== undefined ? startTime(d.axis.start) : null;
  const setEnd = d.axis?.end !== undefined ? endTimeExclusive(d.axis.end) : null;
  const fallback = Date.UTC(2021, 6, 1); // an empty diagram without an axis: a year from 7/2021
  let t0 = setStart ?? content?.start ?? fallback;
  let t1 = setEnd ?? content?.end ?? utcMonth.offset(new Date(t0), 12).getTime();
  if (content) {
    const span = Math.max(t1, content.end) - Math.min(t0, content.start);
    const unit = marginInterval(span / DAY_MS);
    const margin = Math.max(DAY_MS, span * 0.03);
    if (setStart === null) t0 = unit.floor(new Date(content.start - margin)).getTime();
    if (setEnd === null) t1 = unit.ceil(new Date(content.end + margin)).getTime();
    t0 = Math.min(t0, content.start);
    t1 = Math.max(t1, content.end);
  }
  if (t1 <= t0) t1 = utcDay.offset(new Date(t0), 1).getTime();
  return { t0, t1 };
}

/** The months the axis shows, as month indices (first and last, inclusive). */
export function axisMonths(d: Diagram): { first: number; last: number } {
  const f = makeFrame(d);
  return { first: monthIndex(dayOf(f.t0)), last: monthIndex(dayOf(f.t1 - 1)) };
}

/**
 * The lane header column's width: STYLE.laneHeaderWidth, or wider when a
 * lane's (or the depth band's) title holds a word that cannot break legibly
 * in it (text/lineFaults.ts) — for the whole diagram, so that the columns align.
 */
export function laneHeaderWidthFor(d: Diagram): number {
  const lang = d.language ?? 'fi';
  const pad = 2 * S.laneHeaderPad;
  const need = (title: string, style: typeof S.laneTitle) => fitText(title, style, lang, { min: S.laneHeaderWidth - pad }).width + pad;
  let width = S.laneHeaderWidth;
  for (const l of d.lanes) width = Math.max(width, need(l.title, S.laneTitle));
  if (d.depth) width = Math.max(width, need(d.depth.title, S.depthTitle));
  return Math.ceil(width);
}

export function makeFrame(d: Diagram): Frame {
  const lang = d.language ?? 'fi';
  const laneHeaderWidth = laneHeaderWidthFor(d);
  const x0 = S.margin + laneHeaderWidth + S.headerGap;
  const { t0 } = axisDomain(d);
  let { t1 } = axisDomain(d);
  // the page's shape comes from the diagram's structure, never its texts (pageShape.ts)
  const shape = pageShape(d, t0, t1, axisRowsFor((t1 - t0) / DAY_MS).length, laneHeaderWidth);
  const width = shape.axisWidth;
  const x1 = x0 + width;
  // Boxes wider than their period by rule (steps without an end, the shortest steps) must fit: the axis then
  // reaches further in time (at the same width) until the widest overflow fits, rounded to the margin unit.
  // Only what the dates give counts here, never a box's text: a box that its title widens near the end is
  // set back to end at the axis's end instead (lanes.ts), so a longer title never rescales the axis.
  for (let round = 0; round < 6; round++) {
    const segments = axisSegments(d, t0, t1, x0, x1);
    const scale = makeSegmentedScale(segments);
    // the last segment, [ts, t1) at [xs, x1], is the one that stretches
    const { t0: ts, x0: xs } = segments.at(-1)!;
    const room = x1 - xs;
    let need = t1;
    for (const s of d.steps) {
      const x = scale(new Date(startTime(s.start)));
      const w = periodWidth(s, scale);
      if (x + w <= x1 + 0.5 || w >= room) continue;
      // x(start) + w ≤ x1 when (start − ts) / (t1 − ts) ≤ (room − w) / room
      need = Math.max(need, ts + ((Math.max(ts, startTime(s.start)) - ts) * room) / (room - w));
    }
    if (need <= t1) break;
    t1 = marginInterval((need - t0) / DAY_MS).ceil(new Date(need + 1)).getTime();
  }
  const rows = axisRowsFor((t1 - t0) / DAY_MS);
  const segments = axisSegments(d, t0, t1, x0, x1);
  return { lang, scale: makeSegmentedScale(segments), t0, t1, x0, x1, segments, rows, laneMinHeight: shape.laneMinHeight, laneHeaderWidth };
}

/** ISO 8601 week number of the week a UTC instant lies in (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(t: number): number {
  const day = new Date(t);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = utcDay.floor(new Date(t - weekday * DAY_MS + 3 * DAY_MS));
  const yearStart = utcYear.floor(thursday);
  return 1 + Math.floor(Math.round((thursday.getTime() - yearStart.getTime()) / DAY_MS) / 7);
}

/** The ways a cell can be labelled, longest first: "elokuu" → "elo" → "8". */
function labelForms(kind: AxisUnit, start: Date, lang: ContentLanguage, top: boolean): string[] {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + 1;
  switch (kind) {
    case 'year':
      return [String(y)];
    case 'quarter':
      return [`Q${Math.floor((m - 1) / 3) + 1}`];
    case 'month':
      return top
        ? [`${monthNameLong(lang, m)} ${y}`, `${monthName(lang, m)} ${y}`, `${m}/${y}`]
        : [monthNameLong(lang, m), monthName(lang, m), String(m)];
    case 'week':
      return [weekLabel(lang, isoWeek(start.getTime())), String(isoWeek(start.getTime()))];
    case 'day':
      return [`${weekdayName(lang, (start.getUTCDay() + 6) % 7)} ${start.getUTCDate()}`, String(start.getUTCDate())];
  }
}

/** Every k-th cell labelled (by an absolute count, so that labelled cells are evenly spaced and calendar-aligned). */
const STRIDES: Record<AxisUnit, readonly number[]> = {
  day: [1, 2, 7],
  week: [1, 2, 4],
  month: [1, 2, 3, 6],
  quarter: [1, 2, 4],
  year: [1, 2, 5, 10, 20, 50, 100],
};

/** A Monday: days and weeks are counted from it, so that every 7th day labelled is a Monday. */
const MONDAY = Date.UTC(1970, 0, 5);

function ordinal(kind: AxisUnit, start: Date): number {
  switch (kind) {
    case 'day':
      return Math.round((start.getTime() - MONDAY) / DAY_MS);
    case 'week':
      return Math.round((start.getTime() - MONDAY) / (7 * DAY_MS));
    case 'month':
      return start.getUTCFullYear() * 12 + start.getUTCMonth();
    case 'quarter':
      return start.getUTCFullYear() * 4 + Math.floor(start.getUTCMonth() / 3);
    case 'year':
      return start.getUTCFullYear();
  }
}

/** Room a label leaves on each side inside its cell. */
export const AXIS_LABEL_PAD = 3;

type Cell = { x: number; x2: number; forms: string[]; ordinal: number; partial: boolean };
type Labelled = { label: string; labelX: number; anchor: 'start' | 'middle' };

/**
 * Labels for one row: the longest form that every whole cell can hold
 * (a cut cell at either end takes that form or a shorter one, or none),
 * centred in its cell or, `atStart`, at its start; failing that, every 2nd,
 * 3rd … cell labelled at its start, with the room up to the next labelled
 * one. Null when nothing fits.
 */
function fitLabels(
  kind: AxisUnit,
  cells: readonly Cell[],
  font: { size: number; weight: 'regular' | 'bold' },
  atStart: boolean,
): (Labelled | null)[] | null {
  const width = (s: string) => measureText(s, font);
  const formCount = Math.max(...cells.map((c) => c.forms.length));
  for (const stride of STRIDES[kind]) {
    const labelled = cells.map((c) => ((c.ordinal % stride) + stride) % stride === 0);
    // the room of each labelled cell: to the next labelled cell's start (or the row's end)
    const room: number[] = cells.map((c) => c.x2 - c.x);
    if (stride > 1) {
      let next = cells.at(-1)?.x2 ?? 0;
      for (let i = cells.length - 1; i >= 0; i--) {
        if (labelled[i]) {
          room[i] = next - cells[i]!.x;
          next = cells[i]!.x;
        }
      }
    }
    const fits = (i: number, form: number) => {
      const text = cells[i]!.forms[Math.min(form, cells[i]!.forms.length - 1)]!;
      return width(text) + 2 * AXIS_LABEL_PAD <= room[i]! + 1e-9;
    };
    for (let form = 0; form < formCount; form++) {
      const whole = cells.map((_c, i) => i).filter((i) => labelled[i] && !cells[i]!.partial);
      if (whole.length === 0 && stride > 1) break;
      if (!whole.every((i) => fits(i, form))) continue;
      const out = cells.map((c, i): Labelled | null => {
        if (!labelled[i]) return null;
        for (let f = form; f < c.forms.length; f++) {
          if (!fits(i, f)) continue;
          const label = c.forms[f]!;
          return stride === 1 && !atStart
            ? { label, labelX: (c.x + c.x2) / 2, anchor: 'middle' }
            : { label, labelX: c.x + AXIS_LABEL_PAD, anchor: 'start' };
        }
        return null;
      });
      if (out.some((l) => l !== null)) return out;
    }
  }
  return null;
}

/**
 * Labels fitted segment by segment (by the segment a cell starts in): a
 * segment at a compressed rate may show shorter labels, or every n-th, or
 * none, without taking the labels of the others with it. One segment: fitLabels.
 */
function fitLabelsBySegment(
  kind: AxisUnit,
  cells: readonly Cell[],
  segments: readonly AxisSegment[],
  font: { size: number; weight: 'regular' | 'bold' },
  atStart: boolean,
): (Labelled | null)[] | null {
  if (segments.length <= 1) return fitLabels(kind, cells, font, atStart);
  const out: (Labelled | null)[] = [];
  let any = false;
  let from = 0;
  for (let i = 0; i < segments.length && from < cells.length; i++) {
    const last = i === segments.length - 1;
    let to = from;
    while (to < cells.length && (last || cells[to]!.x < segments[i]!.x1 - 1e-6)) to++;
    if (to === from) continue;
    const part = fitLabels(kind, cells.slice(from, to), font, atStart);
    any ||= part !== null;
    out.push(...(part ?? new Array<null>(to - from).fill(null)));
    from = to;
  }
  return any ? out : null;
}

/**
 * The axis rows and their cells (ticks); each label coloured to be legible on
 * `backgroundAt` its position. Ticks come finest row first, the order they are
 * drawn in (the top row's boundaries, which run down through the lanes, on top).
 */
export function layoutAxis(f: Frame, top: number, backgroundAt: (x: number) => string): AxisGeometry {
  const C = S.colors;
  const built: { kind: AxisUnit; cells: Cell[]; labels: (Labelled | null)[] | null }[] = [];
  f.rows.forEach((kind, index) => {
    const interval = INTERVALS[kind];
    const isTop = index === 0;
    const font = isTop ? S.axisYear : S.axisMonth;
    const starts = interval.range(interval.floor(new Date(f.t0)), new Date(f.t1));
    const cells: Cell[] = [];
    for (const start of starts) {
      const end = interval.offset(start, 1).getTime();
      const a = Math.max(start.getTime(), f.t0);
      const b = Math.min(end, f.t1);
      if (b <= a) continue;
      cells.push({
        x: f.scale(new Date(a)),
        x2: f.scale(new Date(b)),
        forms: labelForms(kind, start, f.lang, isTop && kind === 'month'),
        ordinal: ordinal(kind, start),
        partial: a > start.getTime() || b < end,
      });
    }
    // the top row's labels (years, or months over days) head their cells from the start, as a calendar's do
    built.push({ kind, cells, labels: fitLabelsBySegment(kind, cells, f.segments, font, isTop) });
  });
  // A row that can hold no label at all is dropped (unless it is the only one).
  const kept = built.filter((r, i) => r.labels !== null || (i === 0 && built.every((o) => o.labels === null)));
  const rows: AxisRowGeometry[] = kept.map((r, index) => {
    const font = index === 0 ? S.axisYear : S.axisMonth;
    const y = top + index * S.axisRowHeight;
    return {
      index,
      kind: r.kind,
      y,
      height: S.axisRowHeight,
      baseline: firstBaseline(y, font.size, S.axisRowHeight),
      size: font.size,
      weight: font.weight,
    };
  });
  const ticks: TickGeometry[] = [];
  for (let index = kept.length - 1; index >= 0; index--) {
    const r = kept[index]!;
    const ink = index === 0 ? C.ink : C.muted;
    r.cells.forEach((c, i) => {
      const l = r.labels?.[i] ?? null;
      const labelX = l?.labelX ?? (c.x + c.x2) / 2;
      ticks.push({
        row: index,
        kind: r.kind,
        x: c.x,
        x2: c.x2,
        label: l?.label ?? '',
        labelX,
        anchor: l?.anchor ?? 'middle',
        color: textColorOn(backgroundAt(labelX), ink),
      });
    });
  }
  return {
    x: f.x0,
    y: top,
    width: f.x1 - f.x0,
    height: rows.length * S.axisRowHeight,
    x0: f.x0,
    x1: f.x1,
    start: dayOf(f.t0),
    end: dayOf(f.t1 - 1),
    startTime: f.t0,
    endTime: f.t1,
    segments: f.segments,
    breaks: segmentBreaks(f.segments),
    unit: rows.at(-1)?.kind ?? 'month',
    rows,
    ticks,
  };
}
