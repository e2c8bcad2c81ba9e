/**
 * Planning one arrow's way through the channels (see channels.ts).
 *
 * An arrow leaves its source at a side that reads with time — the right side
 * or the bottom (the top when it goes up), never the left, "from behind" —
 * and enters its target at the left side or the top (the bottom when it
 * comes from below). Between the two it is a sequence of vertical runs, each
 * at one x where every band it crosses is free, joined by horizontal jogs in
 * channels. A plan fixes the sides, which bands each run crosses, the x
 * intervals each run may use and where it would like to be; the x of each
 * run, the y of each jog (its track in the channel) and the y of side ports
 * are chosen later for all arrows together (links.ts), so that no two arrows
 * share a line.
 *
 * Several pairs of sides are tried; the plan with the shortest length plus a
 * price for each bend wins. An arrow between boxes that touch is never
 * shorter than MIN_VISIBLE: it takes a detour that can be seen and clicked.
 */
import { CLEAR, freeNear, intersectFree as intersectBand, intersectSets, subtractSet, type Band, type Box, type Channels } from './channels';

/** Per band, x intervals an arrow must keep out of (taken by other arrows' runs). */
export type Blocked = ReadonlyMap<number, readonly number[]>;

export type Exit = 'right' | 'bottom' | 'top';
export type Entry = 'left' | 'top' | 'bottom';

/** A vertical run of an arrow: one x, chosen later within `free`. */
export type Run = {
  /** x intervals the run may use, flat [l0, r0, l1, r1, …] */
  readonly free: readonly number[];
  /** where the run would like to be */
  readonly ideal: number;
  /** vertical extent in levels: channel k is level 2k, band k is level 2k + 1 */
  readonly lo: number;
  readonly hi: number;
  /** which way the arrow goes on after this run (−1 left, +1 right, 0 straight on) */
  readonly pull: number;
};

export type Plan = {
  readonly from: Box;
  readonly to: Box;
  /** a straight horizontal arrow between neighbours in one row */
  readonly straight: boolean;
  readonly exit: Exit;
  readonly entry: Entry;
  /** true when a side port is reached from above (right exit going down, left entry coming from above) */
  readonly exitDown: boolean;
  readonly entryFromAbove: boolean;
  readonly runs: readonly Run[];
  /** channel of the jog between run i and run i + 1 */
  readonly jogs: readonly number[];
  readonly cost: number;
};

/** Arrows shorter than this (outside every box) would hide between boxes that nearly touch. */
export const MIN_VISIBLE = 16;
/** What a plan aims for, so that strokes and rounding never bring an arrow under MIN_VISIBLE. */
const AIM_VISIBLE = MIN_VISIBLE + 4;
/** Price of one bend, in px of length. */
const BEND = 28;
/** A bottom or top port keeps this far from the box's corners. */
const PORT_INSET = 10;
/** A side port's horizontal stub before the arrow turns: leaving, and arriving (room for the head). */
const STUB_OUT = 10;
const STUB_IN = 14;
/** Room one vertical run would like to have on each side. */
const RUN_ROOM = 8;
/** How many free intervals a run starting after a jog considers. */
const NEAR = 3;

/** The point of a set of intervals (flat [l0, r0, l1, r1, …]) nearest to x. */
export const clampTo = (x: number, set: readonly number[]): number => {
  let best = x;
  let dist = Infinity;
  for (let i = 0; i < set.length; i += 2) {
    const c = Math.min(set[i + 1]!, Math.max(set[i]!, x));
    const d = Math.abs(c - x);
    if (d < dist) {
      dist = d;
      best = c;
    }
  }
  return best;
};

const centre = (b: Box) => (b.x + b.right) / 2;

type EndSpec = {
  /** the channel the arrow reaches from this end */
  readonly channel: number;
  /** level of the port */
  readonly level: number;
  /** x interval of the vertical run at this end */
  readonly free: readonly number[];
  readonly ideal: number;
  /** bends of the port itself (1 for a side port) */
  readonly bends: number;
  /** y of the port, for the length estimate */
  readonly y: number;
};

function ownRange(b: Box): number[] {
  const inset = Math.min(PORT_INSET, (b.right - b.x) / 2);
  return [b.x + inset, b.right - inset];
}

function exitSpec(ch: Channels, s: Box, t: Box, exit: Exit, down: boolean): EndSpec | null {
  const band = ch.bands[s.band]!;
  const st = s.step;
  if (exit === 'right') {
    const next = band.boxes[s.pos + 1];
    const l = s.right + STUB_OUT;
    const r = (next ? next.x : ch.xmax + CLEAR) - CLEAR;
    if (r < l) return null;
    const free = [l, r];
    return { channel: down ? s.band + 1 : s.band, level: 2 * s.band + 1, free, ideal: clampTo(centre(t), free), bends: 1, y: st.y + st.height / 2 };
  }
  const free = ownRange(s);
  const y = exit === 'bottom' ? st.y + st.height : st.y;
  return { channel: exit === 'bottom' ? s.band + 1 : s.band, level: 2 * s.band + 1, free, ideal: clampTo(t.x, free), bends: 0, y };
}

function entrySpec(ch: Channels, s: Box, t: Box, entry: Entry, fromAbove: boolean): EndSpec | null {
  const band = ch.bands[t.band]!;
  const tt = t.step;
  if (entry === 'left') {
    const prev = band.boxes[t.pos - 1];
    const l = (prev ? prev.right : ch.xmin - CLEAR) + CLEAR;
    const r = t.x - STUB_IN;
    if (r < l) return null;
    const free = [l, r];
    return { channel: fromAbove ? t.band : t.band + 1, level: 2 * t.band + 1, free, ideal: clampTo(s.right, free), bends: 1, y: tt.y + tt.height / 2 };
  }
  const free = ownRange(t);
  const y = entry === 'top' ? tt.y : tt.y + tt.height;
  return { channel: entry === 'top' ? t.band : t.band + 1, level: 2 * t.band + 1, free, ideal: clampTo(s.right, free), bends: 0, y };
}

/** Bands crossed going from channel a to channel b, in order. */
function crossed(a: number, b: number): number[] {
  const out: number[] = [];
  if (b > a) for (let k = a; k < b; k++) out.push(k);
  else for (let k = a - 1; k >= b; k--) out.push(k);
  return out;
}

const channelHeight = (ch: Channels, k: number) => ch.channels[k]!.bottom - ch.channels[k]!.top;
const channelMid = (ch: Channels, k: number) => (ch.channels[k]!.top + ch.channels[k]!.bottom) / 2;

function plan(ch: Channels, s: Box, t: Box, exit: Exit, entry: Entry, exitDown: boolean, entryFromAbove: boolean, blocked: Blocked): Plan | null {
  const a0 = exitSpec(ch, s, t, exit, exitDown);
  const b0 = entrySpec(ch, s, t, entry, entryFromAbove);
  if (!a0 || !b0) return null;
  const cut = (set: readonly number[], band: number) => {
    const out = blocked.get(band);
    return out ? subtractSet(set, out) : set;
  };
  const a = { ...a0, free: cut(a0.free, s.band) };
  const b = { ...b0, free: cut(b0.free, t.band) };
  if (a.free.length === 0 || b.free.length === 0) return null;
  const intersectFree = (set: readonly number[], band: Band) => cut(intersectBand(set, band), band.index);
  const bands = crossed(a.channel, b.channel);
  const path: Band[] = bands.map((k) => ch.bands[k]!);
  // channel before crossing i is `via[i]`; via[bands.length] = b.channel
  const via: number[] = [a.channel];
  for (const k of bands) via.push(b.channel > a.channel ? k + 1 : k);

  // forward greedy: each run goes on as long as one x serves all its bands
  let f: readonly number[] = a.free;
  const jogs: number[] = [];
  let detour = false;
  const frees: (readonly number[])[] = [];
  for (let i = 0; i < path.length; i++) {
    const g = intersectFree(f, path[i]!);
    if (g.length === 0) {
      jogs.push(via[i]!);
      frees.push(f);
      f = cut(freeNear(path[i]!, b.ideal, NEAR), path[i]!.index);
    } else f = g;
  }
  let last = intersectSets(f, b.free);
  if (last.length === 0) {
    jogs.push(via[path.length]!);
    frees.push(f);
    last = [...b.free];
  }
  frees.push(last);

  // one jog: it may be anywhere between the earliest and the latest channel that leaves both runs a free x
  if (jogs.length === 1) {
    let back: readonly number[] = b.free;
    let earliest = 0;
    for (let i = path.length - 1; i >= 0; i--) {
      const g = intersectFree(back, path[i]!);
      if (g.length === 0) {
        earliest = i + 1;
        break;
      }
      back = g;
    }
    const latest = via.indexOf(jogs[0]!);
    let best = latest;
    let bestScore = -Infinity;
    for (let j = earliest; j <= latest; j++) {
      const h = Math.min(24, channelHeight(ch, via[j]!));
      const score = h * 4 - (latest - j) * 0.5;
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best !== latest) {
      let f1: readonly number[] = a.free;
      for (let i = 0; i < best; i++) f1 = intersectFree(f1, path[i]!);
      let f2: readonly number[] = b.free;
      for (let i = path.length - 1; i >= best; i--) f2 = intersectFree(f2, path[i]!);
      jogs[0] = via[best]!;
      frees[0] = f1;
      frees[1] = f2;
    }
  }

  // A straight arrow between boxes that nearly touch would hide between them: give it a jog it can be seen by.
  if (jogs.length === 0 && Math.abs(b.y - a.y) + (exit === 'right' ? STUB_OUT : 0) + (entry === 'left' ? STUB_IN : 0) < AIM_VISIBLE) {
    jogs.push(via[Math.floor(via.length / 2)]!);
    frees.push(frees[0]!);
    detour = true;
  }

  // runs: levels, ideals, and a length estimate
  const runs: Run[] = [];
  const levels = [a.level, ...jogs.map((c) => 2 * c), b.level];
  const xs: number[] = [];
  for (let i = 0; i < frees.length; i++) {
    const ideal = frees.length === 1 ? clampTo((a.ideal + b.ideal) / 2, frees[0]!) : i === 0 ? clampTo(a.ideal, frees[0]!) : clampTo(b.ideal, frees[i]!);
    xs.push(ideal);
  }
  // a run after a jog would rather stay near the run before it than go all the way
  for (let i = 1; i < xs.length - 1; i++) xs[i] = clampTo(xs[i - 1]!, frees[i]!);
  if (detour) {
    const mid = (a.ideal + b.ideal) / 2;
    const dir = centre(t) >= centre(s) ? 1 : -1;
    xs[0] = clampTo(mid - (dir * AIM_VISIBLE) / 2, frees[0]!);
    xs[1] = clampTo(xs[0] + dir * AIM_VISIBLE, frees[1]!);
  }
  let length = 0;
  let bends = a.bends + b.bends + 2 * jogs.length;
  for (let i = 0; i < frees.length; i++) {
    const lo = Math.min(levels[i]!, levels[i + 1]!);
    const hi = Math.max(levels[i]!, levels[i + 1]!);
    const next = i + 1 < xs.length ? xs[i + 1]! : b.ideal;
    runs.push({ free: frees[i]!, ideal: xs[i]!, lo, hi, pull: Math.sign(next - xs[i]!) });
    const y0 = i === 0 ? a.y : channelMid(ch, jogs[i - 1]!);
    const y1 = i === frees.length - 1 ? b.y : channelMid(ch, jogs[i]!);
    length += Math.abs(y1 - y0);
    if (i + 1 < xs.length) length += Math.abs(xs[i + 1]! - xs[i]!);
  }
  if (exit === 'right') length += Math.abs(xs[0]! - s.right);
  if (entry === 'left') length += Math.abs(t.x - xs[xs.length - 1]!);
  // a jog of zero length is no bend at all
  for (let i = 0; i + 1 < xs.length; i++) if (Math.abs(xs[i + 1]! - xs[i]!) < 0.5) bends -= 2;
  let cost = length + BEND * bends;
  // a run with little room leaves none for another arrow: prefer a way with more
  for (const r of runs) {
    let w = 0;
    for (let i = 0; i < r.free.length; i += 2) w += r.free[i + 1]! - r.free[i]!;
    if (w < 2 * RUN_ROOM) cost += (2 * RUN_ROOM - w) * 2;
  }
  if (length < AIM_VISIBLE) cost += 10_000;
  // against time: an arrow to an earlier step costs a little more when it leaves to the right
  if (exit === 'right' && t.right < s.right) cost += 40;
  return { from: s, to: t, straight: false, exit, entry, exitDown, entryFromAbove, runs, jogs, cost };
}

/**
 * The least gap between neighbours a straight arrow takes. On screen, the arrow handle that shows
 * beside a hovered box's right side (24 px, ArrowDrawing.tsx) lies over the arrow's first stretch:
 * at the zoom a large diagram fits the window at (about 0.6), 40 px leave some of it to click.
 */
const STRAIGHT_GAP = 2 * AIM_VISIBLE;

/** A straight arrow from the right side of a box to the left side of its neighbour in the same row. */
function straightPlan(ch: Channels, s: Box, t: Box): Plan | null {
  if (s.band !== t.band || t.pos !== s.pos + 1) return null;
  const gap = t.x - s.right;
  if (gap < STRAIGHT_GAP) return null;
  void ch;
  return { from: s, to: t, straight: true, exit: 'right', entry: 'left', exitDown: false, entryFromAbove: false, runs: [], jogs: [], cost: gap };
}

/**
 * The best plan for an arrow from `s` to `t`, or null for an arrow from a
 * box to itself. When even the best plan would be shorter than MIN_VISIBLE,
 * the best of the detours is taken and its runs are pushed apart.
 */
export function planLink(ch: Channels, s: Box, t: Box, blocked: Blocked = new Map()): Plan | null {
  if (s === t) return null;
  const candidates: (Plan | null)[] = [straightPlan(ch, s, t)];
  if (t.band > s.band) {
    for (const exit of ['right', 'bottom'] as const)
      for (const entry of ['top', 'left'] as const) candidates.push(plan(ch, s, t, exit, entry, true, true, blocked));
  } else if (t.band < s.band) {
    for (const exit of ['right', 'top'] as const)
      for (const entry of ['bottom', 'left'] as const) candidates.push(plan(ch, s, t, exit, entry, false, false, blocked));
  } else {
    // one row: below it, or above it
    for (const exit of ['right', 'bottom'] as const)
      for (const entry of ['bottom', 'left'] as const) candidates.push(plan(ch, s, t, exit, entry, true, false, blocked));
    for (const exit of ['right', 'top'] as const)
      for (const entry of ['top', 'left'] as const) {
        const p = plan(ch, s, t, exit, entry, false, true, blocked);
        // above the row costs a little more than below it, so that a row's arrows keep to one side
        candidates.push(p && { ...p, cost: p.cost + 12 });
      }
  }
  let best: Plan | null = null;
  for (const p of candidates) if (p && (!best || p.cost < best.cost)) best = p;
  return best;
}
