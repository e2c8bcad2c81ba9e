/** Lanes and their steps: boxes along the axis, stacked into rows where they overlap. */
import type { Diagram, Lane, Step } from '../model/types';
import type { Frame } from './axis';
import { textColorOn } from './color';
import type { LaneGeometry, Rect, StepGeometry } from './geometry';
import { relieveRow, type Relief, type RowBox } from './rowRoom';
import { assignRows } from './stack';
import { arrangedOnce, boxOf, orderOnce } from './reuse';
import { boxHeight, drawnExtent, OUTGROWN_LINES, periodY, periodZone, type stepBox } from './stepBox';
import { STYLE as S } from './style';
import { blockHeight, placeBlock, wrap } from './textBlock';
import { startTime } from './time';

/** Steps in time order (start, then lane, then id): the reading and tab order (taken over after an edit of a text: reuse.ts). */
export function timeOrder(d: Diagram): Map<string, number> {
  return orderOnce(d, sortedInTime);
}

function sortedInTime(d: Diagram): Map<string, number> {
  const laneIndex = new Map(d.lanes.map((l, i) => [l.id, i]));
  // decorate once, then sort: no date parsing inside the comparator
  const keyed = d.steps.map((s) => ({ id: s.id, t: startTime(s.start), lane: laneIndex.get(s.lane) ?? 0 }));
  keyed.sort((a, b) => a.t - b.t || a.lane - b.lane || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(keyed.map((s, i) => [s.id, i]));
}

type Ctx = { f: Frame; order: Map<string, number>; legendColor: Map<string, string>; legendKey: string; setBack: boolean };

/**
 * The lane's boxes stacked into rows, each box taller than its row needs given the room beside it
 * (rowRoom.ts), with the rows' heights.
 */
function arrange(steps: readonly Step[], boxes: readonly ReturnType<typeof stepBox>[], ctx: Ctx) {
  const { f } = ctx;
  const items = steps.map((s, i) => {
    const box = boxes[i]!;
    const height = boxHeight(box.lines.length);
    // A box its title widens past the axis's end is set back to end there (its period mark stays at its
    // dates): the axis reaches further only for what the dates give (makeFrame), never for a text.
    // (Not while a drag holds the frame: the dragged box follows the pointer past the end, and the axis
    // takes it in when the pointer is let go.)
    const x = ctx.setBack && box.x <= f.x1 && box.x + box.width > f.x1 ? Math.max(f.x0, f.x1 - box.width) : box.x;
    return { step: s, x, width: box.width, lines: box.lines, period: box.period, height, setBack: x !== box.x };
  });
  // Rows keep the boxes apart and the period marks under them apart.
  const { rows, count } = assignRows(
    items.map((it) => {
      const drawn = drawnExtent(it);
      return { key: it.step.id, x: it.x, width: it.width, mark: { x: drawn.markX, x2: drawn.markX2 } };
    }),
    S.stepGap,
  );
  // a box taller than its row needs takes the room beside it (rowRoom.ts)
  const byRow: RowBox[][] = Array.from({ length: count }, () => []);
  for (const it of items) byRow[rows.get(it.step.id)!]!.push({ key: it.step.id, title: it.step.title, x: it.x, width: it.width, lines: it.lines, setBack: it.setBack });
  const relief = new Map<string, Relief>();
  for (const row of byRow) for (const [k, r] of relieveRow(row, f.x0, f.x1, f.lang)) relief.set(k, r);
  for (let i = 0; i < items.length; i++) {
    const r = relief.get(items[i]!.step.id);
    if (r) items[i] = { ...items[i]!, ...r, height: boxHeight(r.lines.length) };
  }
  const rowHeights = new Array<number>(count).fill(0);
  // the room under a row for its period marks: a bar's, or a diamond's where the row holds a one-day step
  const rowZones = new Array<number>(count).fill(0);
  for (const it of items) {
    const r = rows.get(it.step.id)!;
    rowHeights[r] = Math.max(rowHeights[r]!, it.height);
    rowZones[r] = Math.max(rowZones[r]!, periodZone(it.period.kind));
  }
  let content = 0;
  rowHeights.forEach((h, r) => (content += h + rowZones[r]! + S.rowGap));
  return { items, rows, count, rowHeights, rowZones, content };
}

type LaneOut = { geometry: LaneGeometry; boxes: StepGeometry[] };
/** By arrangement (arrangedOnce gives the same object for an unchanged lane): the lane laid out from it last. */
const laidFrom = new WeakMap<object, { lane: Lane; index: number; top: number; f: Frame; legend: string; order: number[]; out: LaneOut }>();

/**
 * The lane laid out, or the very objects of the last time when it was arranged alike and stands where it
 * stood, with the same header, legend colours and its steps' places in the time order: an edit elsewhere
 * builds none of its boxes again.
 */
function layoutLane(lane: Lane, index: number, steps: readonly Step[], top: number, ctx: Ctx): LaneOut {
  const { f } = ctx;
  // Boxes their titles widen past their periods aim at OUTGROWN_LINES lines; where the lane's rows are
  // lower with those boxes one line taller and narrower (they then stack into fewer rows), it takes that.
  // (the same steps in the same frame are arranged as the last time: an edit in another lane arranges only that lane)
  const arranged = arrangedOnce(lane.id, steps, f, ctx.setBack, () => {
    const first = steps.map((s) => boxOf(s, f, OUTGROWN_LINES));
    let arranged = arrange(steps, first, ctx);
    if (arranged.count > 1 && first.some((b) => b.outgrown)) {
      // (only the outgrown boxes change)
      const narrower = arrange(steps, first.map((b, i) => (b.outgrown ? boxOf(steps[i]!, f, OUTGROWN_LINES + 1) : b)), ctx);
      if (narrower.content < arranged.content) arranged = narrower;
    }
    return arranged;
  });
  const order = steps.map((s) => ctx.order.get(s.id) ?? 0);
  const was = laidFrom.get(arranged);
  if (was && was.lane === lane && was.index === index && was.top === top && was.f === f && was.legend === ctx.legendKey && sameNumbers(was.order, order))
    return was.out;
  const out = layOut(lane, index, arranged, top, ctx);
  laidFrom.set(arranged, { lane, index, top, f, legend: ctx.legendKey, order, out });
  return out;
}

const sameNumbers = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function layOut(lane: Lane, index: number, arranged: ReturnType<typeof arrange>, top: number, ctx: Ctx): LaneOut {
  const { f } = ctx;
  const laneColor = lane.color ?? S.colors.defaultLane;
  const { items, rows, count, rowHeights, rowZones } = arranged;
  const rowTops: number[] = [];
  let ry = top + S.lanePadY;
  rowHeights.forEach((h, r) => {
    rowTops.push(ry);
    ry += h + rowZones[r]! + S.rowGap;
  });
  const contentHeight = count ? ry - S.rowGap - top + S.lanePadY : 0;
  const labelLines = wrap(lane.title, f.laneHeaderWidth - 2 * S.laneHeaderPad, S.laneTitle, f.lang);
  const labelHeight = blockHeight(labelLines.length, S.laneTitle) + 2 * S.laneHeaderPad;
  const height = Math.max(f.laneMinHeight, contentHeight, labelHeight);

  const boxes: StepGeometry[] = items.map((it) => {
    const row = rows.get(it.step.id)!;
    const legend = it.step.legend !== undefined ? (ctx.legendColor.get(it.step.legend) ?? null) : null;
    const fill = it.step.color ?? legend ?? S.colors.defaultStep;
    const textColor = textColorOn(fill);
    const y = rowTops[row]!;
    // The text is centred vertically in its box.
    const textTop = y + (it.height - blockHeight(it.lines.length, S.step)) / 2;
    return {
      id: it.step.id,
      lane: lane.id,
      row,
      x: it.x,
      y,
      width: it.width,
      height: it.height,
      fill,
      border: laneColor,
      textColor,
      legendColor: legend,
      label: placeBlock(it.lines, it.x + S.stepPadX, textTop, S.step, { color: textColor }),
      order: ctx.order.get(it.step.id) ?? 0,
      period: { ...it.period, y: periodY(it.period.kind, y + it.height) },
    };
  });

  const header: Rect = { x: S.margin, y: top, width: f.laneHeaderWidth, height };
  const geometry: LaneGeometry = {
    id: lane.id,
    index,
    x: f.x0,
    y: top,
    width: f.x1 - f.x0,
    height,
    color: laneColor,
    header,
    label: placeBlock(
      labelLines,
      S.margin + S.laneHeaderPad,
      top + (height - blockHeight(labelLines.length, S.laneTitle)) / 2,
      S.laneTitle,
      { color: textColorOn(laneColor) },
    ),
    rows: count,
  };
  return { geometry, boxes };
}

/** All lanes from `top` down; steps come back in time order. */
export function layoutLanes(d: Diagram, f: Frame, top: number, held = false): { lanes: LaneGeometry[]; steps: StepGeometry[]; bottom: number } {
  const ctx: Ctx = {
    f,
    setBack: !held,
    order: timeOrder(d),
    legendColor: new Map(d.legend.map((l) => [l.id, l.color ?? S.colors.defaultLegend])),
    legendKey: JSON.stringify(d.legend.map((l) => [l.id, l.color])),
  };
  const byLane = new Map<string, Step[]>(d.lanes.map((l) => [l.id, []]));
  for (const s of d.steps) byLane.get(s.lane)?.push(s);
  const lanes: LaneGeometry[] = [];
  const steps: StepGeometry[] = [];
  let y = top;
  d.lanes.forEach((lane, i) => {
    const { geometry, boxes } = layoutLane(lane, i, byLane.get(lane.id) ?? [], y, ctx);
    lanes.push(geometry);
    steps.push(...boxes);
    y += geometry.height;
  });
  steps.sort((a, b) => a.order - b.order);
  return { lanes, steps, bottom: y };
}
