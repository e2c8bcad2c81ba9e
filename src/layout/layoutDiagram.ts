/**
 * Diagram → Geometry: the one layout that the screen and every export draw.
 * Pure and deterministic: no DOM, no clock.
 */
import type { ContentLanguage, Diagram, Step } from '../model/types';
import { mix, textColorOn } from './color';
import { monthName, periodLabel } from './contentText';
import type {
  AxisGeometry,
  DepthGeometry,
  Geometry,
  LaneGeometry,
  LegendGeometry,
  LinkGeometry,
  PhaseGeometry,
  Rect,
  StepGeometry,
  TextBlock,
  TickGeometry,
} from './geometry';
import { routeBetween } from './route';
import { assignRows } from './stack';
import { STYLE } from './style';
import { blockHeight, placeBlock, wrap } from './textBlock';
import { measureText } from './text/measure';
import {
  endTimeExclusive,
  makeTimeScale,
  monthFromIndex,
  monthIndex,
  monthStartTime,
  parseDate,
  startTime,
  type TimeScale,
} from './time';

const S = STYLE;
const C = STYLE.colors;

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
  const hasAxisStart = d.axis?.start !== undefined;
  const hasAxisEnd = d.axis?.end !== undefined;
  const contentFirst = starts.length ? Math.min(...starts) : null;
  const contentLast = ends.length ? Math.max(...ends) : null;
  const now = 2021 * 12 + 6; // an empty diagram without an axis: a year from 7/2021
  let first = hasAxisStart ? monthIndex(d.axis!.start!) : contentFirst !== null ? contentFirst - 1 : now;
  let last = hasAxisEnd ? monthIndex(d.axis!.end!) : contentLast !== null ? contentLast + 1 : first + 11;
  if (contentFirst !== null) first = Math.min(first, contentFirst);
  if (contentLast !== null) last = Math.max(last, contentLast);
  if (last < first) last = first;
  return { first, last };
}

function stepSpan(step: Step, scale: TimeScale): { x: number; width: number } {
  const x = scale(new Date(startTime(step.start)));
  if (step.end === undefined) return { x, width: S.stepDefaultWidth };
  // A gutter of one step gap before the end, so that steps of adjacent periods sit side by side in one row.
  const x2 = scale(new Date(endTimeExclusive(step.end)));
  return { x, width: Math.max(S.stepMinWidth, x2 - x - S.stepGap) };
}

function buildTicks(
  first: number,
  last: number,
  scale: TimeScale,
  lang: ContentLanguage,
  monthWidth: number,
  backgroundAt: (x: number) => string,
): TickGeometry[] {
  const ticks: TickGeometry[] = [];
  const labelEvery = monthWidth >= 34 ? 1 : monthWidth >= 20 ? 3 : 6;
  for (let i = first; i <= last; i++) {
    const x = scale(new Date(monthStartTime(i)));
    const next = scale(new Date(monthStartTime(i + 1)));
    const { y, m } = parseDate(monthFromIndex(i));
    if (m === 1 || i === first) {
      ticks.push({ x, kind: 'year', label: String(y), labelX: x + 4, color: textColorOn(backgroundAt(x + 4), C.ink) });
    }
    const label = (m - 1) % labelEvery === 0 ? (labelEvery === 1 ? monthName(lang, m) : String(m)) : '';
    const labelX = (x + next) / 2;
    ticks.push({ x, kind: 'month', label, labelX, color: textColorOn(backgroundAt(labelX), C.muted) });
  }
  return ticks;
}

export function layoutDiagram(d: Diagram): Geometry {
  const lang: ContentLanguage = d.language ?? 'fi';
  const { first, last: lastRaw } = axisMonths(d);
  let last = lastRaw;
  const monthCount0 = last - first + 1;
  const monthWidth = Math.min(S.maxMonthWidth, Math.max(S.minMonthWidth, S.axisTargetWidth / monthCount0));
  const x0 = S.margin + S.laneHeaderWidth + S.headerGap;

  // Steps without an end are drawn with the default width: widen the axis so they fit.
  let scale = makeTimeScale(first, last, x0, monthWidth);
  let maxRight = scale.range()[1]!;
  for (const s of d.steps) {
    const span = stepSpan(s, scale);
    maxRight = Math.max(maxRight, span.x + span.width);
  }
  if (maxRight > scale.range()[1]! + 0.5) {
    last += Math.ceil((maxRight - scale.range()[1]!) / monthWidth);
    scale = makeTimeScale(first, last, x0, monthWidth);
  }
  const x1 = scale.range()[1]!;
  const width = x1 + S.margin;
  const innerWidth = width - 2 * S.margin;

  // Title and subtitle
  let y = S.margin;
  const titleLines = wrap(d.title, innerWidth, S.title, lang);
  const title = placeBlock(titleLines, S.margin, y, S.title, { color: C.ink });
  y += blockHeight(titleLines.length, S.title);
  let subtitle: TextBlock | null = null;
  if (d.subtitle) {
    y += 4;
    const lines = wrap(d.subtitle, innerWidth, S.subtitle, lang);
    subtitle = placeBlock(lines, S.margin, y, S.subtitle, { color: C.muted });
    y += blockHeight(lines.length, S.subtitle);
  }
  y += 16;

  // Phase headers: one strip, as high as the tallest phase title needs.
  const phaseTop = y;
  const phaseSpans = d.phases.map((p) => {
    const px = scale(new Date(startTime(p.start)));
    const px2 = p.end === undefined ? x1 : scale(new Date(endTimeExclusive(p.end)));
    const textWidth = Math.max(24, px2 - px - 2 * S.phaseHeaderPad);
    return {
      phase: p,
      x: px,
      width: px2 - px,
      titleLines: wrap(p.title, textWidth, S.phaseTitle, lang),
      dateLines: wrap(periodLabel(lang, p.start, p.end), textWidth, S.phaseDates, lang),
    };
  });
  const phaseHeaderHeight = phaseSpans.length
    ? Math.max(
        ...phaseSpans.map(
          (p) => blockHeight(p.titleLines.length, S.phaseTitle) + blockHeight(p.dateLines.length, S.phaseDates),
        ),
      ) +
      2 * S.phaseHeaderPad +
      2
    : 0;
  y += phaseHeaderHeight;

  // Axis
  const axisTop = y;
  const axis: AxisGeometry = {
    x: x0,
    y: axisTop,
    width: x1 - x0,
    height: S.axisHeight,
    x0,
    x1,
    start: monthFromIndex(first),
    end: monthFromIndex(last),
    ticks: buildTicks(first, last, scale, lang, monthWidth, (x) => {
      // the last phase drawn over x decides the background (phases are drawn in file order)
      let bg = '#ffffff';
      for (const p of phaseSpans) if (x >= p.x && x < p.x + p.width) bg = p.phase.color ?? C.defaultPhase;
      return bg;
    }),
    monthWidth,
  };
  y += S.axisHeight;

  // Lanes and their steps
  const laneIndex = new Map(d.lanes.map((l, i) => [l.id, i]));
  const legendColor = new Map(d.legend.map((l) => [l.id, l.color ?? C.defaultLegend]));
  const stepsByLane = new Map<string, Step[]>(d.lanes.map((l) => [l.id, []]));
  for (const s of d.steps) stepsByLane.get(s.lane)?.push(s);

  const ordered = [...d.steps].sort(
    (a, b) =>
      startTime(a.start) - startTime(b.start) ||
      (laneIndex.get(a.lane) ?? 0) - (laneIndex.get(b.lane) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const orderOf = new Map(ordered.map((s, i) => [s.id, i]));

  const lanes: LaneGeometry[] = [];
  const steps: StepGeometry[] = [];
  const stepRect = new Map<string, Rect>();
  const textWidthOf = (w: number) => Math.max(1, w - 2 * S.stepPadX);

  d.lanes.forEach((lane, li) => {
    const laneColor = lane.color ?? C.defaultLane;
    const items = (stepsByLane.get(lane.id) ?? []).map((s) => {
      const span = stepSpan(s, scale);
      const lines = wrap(s.title, textWidthOf(span.width), S.step, lang);
      const height = Math.max(S.stepMinHeight, blockHeight(lines.length, S.step) + 2 * S.stepPadY);
      return { step: s, ...span, lines, height };
    });
    const { rows, count } = assignRows(
      items.map((it) => ({ key: it.step.id, x: it.x, width: it.width })),
      S.stepGap,
    );
    const rowHeights = new Array<number>(count).fill(0);
    for (const it of items) {
      const r = rows.get(it.step.id)!;
      rowHeights[r] = Math.max(rowHeights[r]!, it.height);
    }
    const rowTops: number[] = [];
    let ry = y + S.lanePadY;
    for (let r = 0; r < count; r++) {
      rowTops.push(ry);
      ry += rowHeights[r]! + S.rowGap;
    }
    const contentHeight = count ? ry - S.rowGap - y + S.lanePadY : 0;
    const labelLines = wrap(lane.title, S.laneHeaderWidth - 2 * S.laneHeaderPad, S.laneTitle, lang);
    const labelHeight = blockHeight(labelLines.length, S.laneTitle) + 2 * S.laneHeaderPad;
    const height = Math.max(S.laneMinHeight, contentHeight, labelHeight);

    for (const it of items) {
      const r = rows.get(it.step.id)!;
      const legend = it.step.legend !== undefined ? (legendColor.get(it.step.legend) ?? null) : null;
      const fill = it.step.color ?? legend ?? C.defaultStep;
      const textColor = textColorOn(fill);
      const top = rowTops[r]!;
      // Centre the text vertically in the box.
      const textTop = top + (it.height - blockHeight(it.lines.length, S.step)) / 2;
      const geom: StepGeometry = {
        id: it.step.id,
        lane: lane.id,
        row: r,
        x: it.x,
        y: top,
        width: it.width,
        height: it.height,
        fill,
        border: laneColor,
        textColor,
        legendColor: legend,
        label: placeBlock(it.lines, it.x + S.stepPadX, textTop, S.step, { color: textColor }),
        order: orderOf.get(it.step.id) ?? 0,
      };
      steps.push(geom);
      stepRect.set(geom.id, geom);
    }

    const header: Rect = { x: S.margin, y, width: S.laneHeaderWidth, height };
    lanes.push({
      id: lane.id,
      index: li,
      x: x0,
      y,
      width: x1 - x0,
      height,
      color: laneColor,
      header,
      label: placeBlock(
        labelLines,
        S.margin + S.laneHeaderPad,
        y + (height - blockHeight(labelLines.length, S.laneTitle)) / 2,
        S.laneTitle,
        { color: textColorOn(laneColor) },
      ),
      rows: count,
    });
    y += height;
  });
  const bodyTop = axisTop + S.axisHeight;
  const body: Rect = { x: x0, y: bodyTop, width: x1 - x0, height: y - bodyTop };
  steps.sort((a, b) => a.order - b.order);

  // Phase columns: from the header strip down through the lanes.
  const phases: PhaseGeometry[] = phaseSpans.map((p) => {
    const color = p.phase.color ?? C.defaultPhase;
    const ink = textColorOn(color);
    const titleTop = phaseTop + S.phaseHeaderPad;
    const dateTop = titleTop + blockHeight(p.titleLines.length, S.phaseTitle);
    return {
      id: p.phase.id,
      x: p.x,
      y: phaseTop,
      width: p.width,
      height: y - phaseTop,
      color,
      openEnded: p.phase.end === undefined,
      header: { x: p.x, y: phaseTop, width: p.width, height: phaseHeaderHeight },
      label: placeBlock(p.titleLines, p.x + S.phaseHeaderPad, titleTop, S.phaseTitle, { color: ink }),
      dates: placeBlock(p.dateLines, p.x + S.phaseHeaderPad, dateTop, S.phaseDates, { color: ink }),
    };
  });

  // Depth band along the same axis
  let depth: DepthGeometry | null = null;
  if (d.depth && d.depth.levels.length > 0) {
    y += S.depthGap;
    const top = y;
    const h = S.depthHeight;
    const levels = d.depth.levels;
    const n = levels.length;
    const bandEnd = x1 - S.depthTip;
    const levelGeoms = levels.map((lvl, i) => {
      const lx = i === 0 ? x0 : Math.min(bandEnd, Math.max(x0, scale(new Date(startTime(lvl.at)))));
      const next = levels[i + 1];
      const rx = next ? Math.min(bandEnd, Math.max(x0, scale(new Date(startTime(next.at))))) : bandEnd;
      const intensity = n === 1 ? 1 : i / (n - 1);
      const fill = mix(C.depthLight, C.depthDark, intensity);
      const ink = textColorOn(fill);
      const textWidth = Math.max(24, rx - lx - 16);
      const lines = wrap(lvl.title, textWidth, S.depthLevel, lang);
      const textTop = top + (h - blockHeight(lines.length, S.depthLevel)) / 2;
      return {
        index: i,
        x: lx,
        y: top,
        width: Math.max(0, rx - lx),
        height: h,
        intensity,
        fill,
        label: placeBlock(lines, lx + 8, textTop, S.depthLevel, { color: ink }),
      };
    });
    const titleLines = wrap(d.depth.title, S.laneHeaderWidth - 2 * S.laneHeaderPad, S.depthTitle, lang);
    const headerHeight = Math.max(h, blockHeight(titleLines.length, S.depthTitle) + 8);
    depth = {
      x: x0,
      y: top,
      width: x1 - x0,
      height: h,
      header: { x: S.margin, y: top, width: S.laneHeaderWidth, height: headerHeight },
      title: placeBlock(
        titleLines,
        S.margin,
        top + (headerHeight - blockHeight(titleLines.length, S.depthTitle)) / 2,
        S.depthTitle,
        { color: C.ink },
      ),
      levels: levelGeoms,
      tip: [
        { x: bandEnd - 0.5, y: top },
        { x: x1, y: top + h / 2 },
        { x: bandEnd - 0.5, y: top + h },
      ],
      tipFill: levelGeoms[levelGeoms.length - 1]!.fill,
    };
    y += headerHeight;
  }

  // Links
  const links: LinkGeometry[] = [];
  for (const link of d.links) {
    const a = stepRect.get(link.from);
    const b = stepRect.get(link.to);
    if (!a || !b) continue;
    const route = routeBetween(a, b);
    let label: TextBlock | null = null;
    if (link.title) {
      const lines = wrap(link.title, 140, S.linkLabel, lang);
      const h = blockHeight(lines.length, S.linkLabel);
      // Beside a vertical arrow, on a horizontal or diagonal one centred on it.
      const vertical = Math.abs(Math.cos(route.endAngle)) < 0.2;
      label = vertical
        ? placeBlock(lines, route.mid.x + 6, route.mid.y - h / 2, S.linkLabel, { color: C.ink, anchor: 'start' })
        : placeBlock(lines, route.mid.x, route.mid.y - h / 2, S.linkLabel, { color: C.ink, anchor: 'middle' });
    }
    links.push({
      id: link.id,
      from: link.from,
      to: link.to,
      path: route.path,
      start: route.start,
      end: route.end,
      endAngle: route.endAngle,
      label,
      color: C.link,
    });
  }

  // Legend and credit
  let legend: LegendGeometry | null = null;
  if (d.legend.length) {
    y += S.legendGap;
    const top = y;
    let lx = x0;
    let rowTop = top;
    const entries = d.legend.map((entry) => {
      const lines = wrap(entry.title, 360, S.legendText, lang);
      const textWidth = Math.max(...lines.map((l) => measureText(l, S.legendText)), 0);
      if (lx + S.legendSwatch + 8 + textWidth > x1 && lx > x0) {
        lx = x0;
        rowTop += 28;
      }
      const swatch = { x: lx, y: rowTop, width: S.legendSwatch, height: S.legendSwatch };
      const label = placeBlock(lines, lx + S.legendSwatch + 8, rowTop, S.legendText, { color: C.ink });
      lx += S.legendSwatch + 8 + textWidth + 24;
      return { id: entry.id, swatch, color: entry.color ?? C.defaultLegend, label };
    });
    const height = rowTop + 28 - top;
    legend = { x: x0, y: top, width: x1 - x0, height, entries };
    y += height;
  }
  let source: TextBlock | null = null;
  if (d.source) {
    y += legend ? 4 : S.legendGap;
    const lines = wrap(d.source, innerWidth, S.source, lang);
    source = placeBlock(lines, S.margin, y, S.source, { color: C.muted });
    y += blockHeight(lines.length, S.source);
  }
  const height = y + S.margin;

  return { width, height, title, subtitle, source, axis, lanes, phases, depth, steps, links, legend, body };
}
