/**
 * The free space arrows run in. Lanes are stacked into rows of boxes
 * (`lanes.ts`); from the top of the body down, the layout alternates
 *
 *   channel · band · channel · band · … · channel
 *
 * where a band is one row of one lane (its boxes, all top-aligned, and the
 * row's height) or a lane border (a band of height 0 without boxes), and a
 * channel is the free strip between two bands: a lane's top padding, the gap
 * between two rows, a lane's bottom padding (and any room the lane has to
 * spare), or the whole of an empty lane. A channel is free across the whole
 * width; a band is free between its boxes. Arrows run along channels and
 * cross bands between boxes.
 *
 * Channels open up to hold what runs in them (tracks of arrows, arrow
 * labels): `openChannels` moves every band below a channel down by what the
 * channel gained, and lanes grow by what their channels gained.
 */
import type { LaneGeometry, StepGeometry } from './geometry';
import { periodZone } from './stepBox';
import { STYLE as S } from './style';

/** How far an arrow keeps from a box it passes (diagram px). */
export const CLEAR = 5;

export type Box = {
  readonly id: string;
  readonly step: StepGeometry;
  readonly x: number;
  readonly right: number;
  readonly band: number;
  /** index of the box in its band, left to right */
  readonly pos: number;
};

export type Band = {
  readonly index: number;
  readonly lane: number;
  /** true for the border between two lanes (height 0, no boxes) */
  readonly border: boolean;
  readonly top: number;
  readonly bottom: number;
  readonly boxes: readonly Box[];
  /** free x intervals, flat [l0, r0, l1, r1, …], left to right, kept CLEAR from every box */
  readonly free: Float64Array;
};

export type Channel = {
  readonly index: number;
  readonly lane: number;
  readonly top: number;
  readonly bottom: number;
};

export type Channels = {
  /** bands top to bottom; channel k lies above band k, channel bands.length below the last */
  readonly bands: readonly Band[];
  readonly channels: readonly Channel[];
  readonly boxes: ReadonlyMap<string, Box>;
  /** the x range arrows may use (a little beyond the axis on both sides) */
  readonly xmin: number;
  readonly xmax: number;
};

function freeIntervals(boxes: readonly Box[], xmin: number, xmax: number): Float64Array {
  const out: number[] = [];
  let from = xmin;
  for (const b of boxes) {
    const to = b.x - CLEAR;
    if (to > from) out.push(from, to);
    from = Math.max(from, b.right + CLEAR);
  }
  if (xmax > from) out.push(from, xmax);
  return Float64Array.from(out);
}

export function buildChannels(lanes: readonly LaneGeometry[], steps: readonly StepGeometry[], x0: number, x1: number): Channels {
  const xmin = x0 - S.headerGap / 2 - CLEAR;
  const xmax = x1 + S.margin / 2;
  const byLaneRow = new Map<string, StepGeometry[][]>();
  for (const s of steps) {
    let rows = byLaneRow.get(s.lane);
    if (!rows) byLaneRow.set(s.lane, (rows = []));
    (rows[s.row] ??= []).push(s);
  }
  const bands: Band[] = [];
  const channels: Channel[] = [];
  const boxes = new Map<string, Box>();
  const top = lanes[0]?.y ?? 0;
  let channelTop = top;
  const addBand = (lane: number, border: boolean, bandTop: number, bandBottom: number, members: readonly StepGeometry[]) => {
    // the channel above a lane border is the bottom of the lane before it
    channels.push({ index: channels.length, lane: border ? lane - 1 : lane, top: channelTop, bottom: bandTop });
    const index = bands.length;
    const sorted = [...members].sort((a, b) => a.x - b.x);
    const list: Box[] = sorted.map((step, pos) => ({ id: step.id, step, x: step.x, right: step.x + step.width, band: index, pos }));
    for (const b of list) boxes.set(b.id, b);
    bands.push({ index, lane, border, top: bandTop, bottom: bandBottom, boxes: list, free: freeIntervals(list, xmin, xmax) });
    channelTop = bandBottom;
  };
  lanes.forEach((lane, li) => {
    if (li > 0) addBand(li, true, lane.y, lane.y, []);
    const rows = byLaneRow.get(lane.id) ?? [];
    for (const members of rows) {
      if (!members?.length) continue;
      const bandTop = members[0]!.y;
      let bandBottom = bandTop;
      // a row's band holds its boxes and the period marks under them: arrows run in the channels below the marks
      for (const s of members) bandBottom = Math.max(bandBottom, s.y + s.height + periodZone(s.period.kind));
      addBand(li, false, bandTop, bandBottom, members);
    }
  });
  const last = lanes[lanes.length - 1];
  channels.push({ index: channels.length, lane: Math.max(0, lanes.length - 1), top: channelTop, bottom: last ? last.y + last.height : top });
  return { bands, channels, boxes, xmin, xmax };
}

/** A step moved down by `dy` (its box, its text and its period mark): the step itself when dy is 0. */
export function shiftStep(s: StepGeometry, dy: number): StepGeometry {
  if (dy === 0) return s;
  return { ...s, y: s.y + dy, label: { ...s.label, y: s.label.y + dy }, period: { ...s.period, y: s.period.y + dy } };
}

/** `l` moved down by `dy` and grown by `dh` (its title stays centred). */
export function shiftLane(l: LaneGeometry, dy: number, dh: number): LaneGeometry {
  if (dy === 0 && dh === 0) return l;
  return {
    ...l,
    y: l.y + dy,
    height: l.height + dh,
    header: { ...l.header, y: l.header.y + dy, height: l.header.height + dh },
    label: { ...l.label, y: l.label.y + dy + dh / 2 },
  };
}

/** Index of the free interval of `band` holding x, or -1. */
export function freeIndexAt(band: Band, x: number): number {
  const f = band.free;
  let lo = 0;
  let hi = f.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (f[2 * mid + 1]! < x) lo = mid + 1;
    else if (f[2 * mid]! > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Intervals (flat [l, r, …]) ∩ the free intervals of `band`. */
export function intersectFree(set: readonly number[], band: Band): number[] {
  if (band.boxes.length === 0) return [...set];
  const f = band.free;
  const n = f.length / 2;
  const out: number[] = [];
  for (let i = 0; i < set.length; i += 2) {
    const l = set[i]!;
    const r = set[i + 1]!;
    // first free interval ending at or after l
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f[2 * mid + 1]! < l) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < n && f[2 * k]! <= r; k++) {
      const a = Math.max(l, f[2 * k]!);
      const b = Math.min(r, f[2 * k + 1]!);
      if (b >= a) out.push(a, b);
    }
  }
  return out;
}

/** The intersection of two flat interval lists (each sorted, disjoint). */
export function intersectSets(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const l = Math.max(a[i]!, b[j]!);
    const r = Math.min(a[i + 1]!, b[j + 1]!);
    if (r >= l) out.push(l, r);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** `a` (sorted, disjoint) without the intervals of `b` (flat list, in any order, may overlap itself). */
export function subtractSet(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a];
  const cuts: [number, number][] = [];
  for (let j = 0; j < b.length; j += 2) cuts.push([b[j]!, b[j + 1]!]);
  cuts.sort((p, q) => p[0] - q[0]);
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let l = a[i]!;
    const r = a[i + 1]!;
    // cuts ending before this interval cannot touch it or any later one
    while (j < cuts.length && cuts[j]![1] <= l) j++;
    for (let k = j; k < cuts.length && cuts[k]![0] < r; k++) {
      const [cl, cr] = cuts[k]!;
      if (cr <= l) continue;
      if (cl > l) out.push(l, cl);
      l = Math.max(l, cr);
      if (l >= r) break;
    }
    if (l < r) out.push(l, r);
  }
  return out;
}

/** The free intervals of `band` nearest to x (at most `count`), as a flat list. */
export function freeNear(band: Band, x: number, count: number): number[] {
  const f = band.free;
  const n = f.length / 2;
  if (n === 0) return [];
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f[2 * mid + 1]! < x) lo = mid + 1;
    else hi = mid;
  }
  // lo: first interval ending at or after x; widen alternately left and right
  let a = lo;
  let b = lo;
  const dist = (k: number) => (k < 0 || k >= n ? Infinity : Math.max(0, f[2 * k]! - x, x - f[2 * k + 1]!));
  const picked: number[] = [];
  while (picked.length < count && (a - 1 >= 0 || b < n)) {
    if (dist(b) <= dist(a - 1)) picked.push(b++);
    else picked.push(--a);
  }
  picked.sort((p, q) => p - q);
  const out: number[] = [];
  for (const k of picked) out.push(f[2 * k]!, f[2 * k + 1]!);
  return out;
}

export type Opened = {
  readonly lanes: LaneGeometry[];
  readonly steps: StepGeometry[];
  readonly bottom: number;
  /** final y range of each channel */
  readonly channelTop: Float64Array;
  readonly channelBottom: Float64Array;
  /** how far each band moved down */
  readonly bandShift: Float64Array;
};

/**
 * Channels made at least `need[k]` px tall: each channel keeps its own
 * height or grows to its need; everything below moves down by what the
 * channels above it gained, and a lane grows by what its channels gained
 * (its title stays centred).
 */
export function openChannels(ch: Channels, lanes: readonly LaneGeometry[], steps: readonly StepGeometry[], need: ArrayLike<number>): Opened {
  const nc = ch.channels.length;
  const gain = new Float64Array(nc);
  for (let k = 0; k < nc; k++) {
    const c = ch.channels[k]!;
    gain[k] = Math.max(0, (need[k] ?? 0) - (c.bottom - c.top));
  }
  const channelTop = new Float64Array(nc);
  const channelBottom = new Float64Array(nc);
  const bandShift = new Float64Array(ch.bands.length);
  let shift = 0;
  for (let k = 0; k < nc; k++) {
    const c = ch.channels[k]!;
    channelTop[k] = c.top + shift;
    shift += gain[k]!;
    channelBottom[k] = c.bottom + shift;
    if (k < ch.bands.length) bandShift[k] = shift;
  }
  const laneShift = new Float64Array(lanes.length);
  const laneGain = new Float64Array(lanes.length);
  let before = 0;
  for (let k = 0; k < nc; k++) {
    const lane = ch.channels[k]!.lane;
    laneGain[lane] = laneGain[lane]! + gain[k]!;
  }
  for (let i = 0; i < lanes.length; i++) {
    laneShift[i] = before;
    before += laneGain[i]!;
  }
  const outLanes = lanes.map((l, i) => shiftLane(l, laneShift[i]!, laneGain[i]!));
  const outSteps = steps.map((s) => {
    const b = ch.boxes.get(s.id);
    return shiftStep(s, b ? bandShift[b.band]! : 0);
  });
  const lastLane = outLanes[outLanes.length - 1];
  return { lanes: outLanes, steps: outSteps, bottom: lastLane ? lastLane.y + lastLane.height : 0, channelTop, channelBottom, bandShift };
}
