/**
 * Arrows between steps, routed through the channels between rows and lanes
 * (channels.ts) so that no arrow passes under a box, with their titles.
 *
 * 1. Each arrow gets a plan (route.ts): its sides and the x intervals of its
 *    vertical runs.
 * 2. Runs are set apart (`placeRuns`): two runs that share a stretch of
 *    height are at least RUN_GAP apart, each as near as it can to where it
 *    would like to be — so arrows leaving one box's bottom are PORT_GAP-like
 *    apart, in the order of where they go.
 * 3. Arrows leaving or entering one side of a box are spread along it
 *    (`sidePorts`), in the order that keeps them from crossing.
 * 4. The horizontal jogs in each channel get tracks (`assignTracks`): jogs
 *    whose extents overlap are on different tracks, ordered to cross as
 *    little as possible.
 * 5. Each channel opens to hold its tracks and any arrow labels placed in
 *    it, moving what lies below (channels.ts `openChannels`).
 * 6. Labels go where nothing else is (linkLabels.ts).
 */
import type { ContentLanguage, Link } from '../model/types';
import { buildChannels, CLEAR, openChannels, type Channels } from './channels';
import type { LaneGeometry, LinkGeometry, Point, Rect, StepGeometry, TextBlock } from './geometry';
import { labelWrapWidth, placeLabels, type LabelRequest, type LabelShape } from './linkLabels';
import { roundedPath, simplify } from './polyline';
import { clampTo, planLink, type Plan, type Run } from './route';
import { STYLE as S } from './style';
import { blockHeight, placeBlock, wrap } from './textBlock';
import { measureText } from './text/measure';

/** How far apart arrows that leave or enter one side of a box are set (diagram px). */
export const PORT_GAP = 10;
/** How far apart two vertical runs of different arrows are kept where they share a stretch of height. */
export const RUN_GAP = 8;
/** Runs closer than this after placing are too near to tell apart: their arrows are planned again. */
const CLASH = RUN_GAP / 2;
/**
 * Arrows squeezed onto another's line are planned again, out of its way, in
 * up to REPLAN_ROUNDS rounds — when there are at most REPLAN_MAX of them:
 * in a diagram of thousands of crossing arrows replanning frees no line and
 * costs seconds.
 */
const REPLAN_ROUNDS = 2;
const REPLAN_MAX = 64;
/** A run with less free width than this is placed before the others. */
const NARROW = 3 * RUN_GAP;
/** How far (in half gaps) a run may move from where it would like to be to keep RUN_GAP from others. */
const SEARCH = 16;
/** Height of a cell of the index of placed runs, in levels (a channel and a band are one level each). */
const LEVELS = 32;
/** Width of a cell of that index (px); at least RUN_GAP, so that a run's neighbours within RUN_GAP are in the cells beside it. */
const XCELL = 32;
/** How far apart the tracks of a channel are. */
export const TRACK_GAP = 6;
/**
 * The most tracks a channel opens to. A diagram with thousands of long arrows
 * would otherwise grow channels hundreds of px tall; past this, jogs share tracks.
 */
export const MAX_TRACKS = 10;
/**
 * How far the outer tracks of a channel keep from what is above and below it: room for a corner
 * (the channel's top already lies under the period marks of the row above), or, where an arrow
 * enters the box right above or below the channel, for a corner and the arrowhead.
 */
export const TRACK_CLEAR = { above: 3, below: 5, head: 11 } as const;
/** Room a label keeps from what it is beside. */
const LABEL_PAD = 3;


type Placed = { readonly plan: number; readonly lo: number; readonly hi: number; readonly x: number };

/** The x of every run of every plan, runs of different arrows kept RUN_GAP apart where their heights overlap. */
function placeRuns(plans: readonly (Plan | null)[]): { xs: Float64Array[]; clashes: Map<number, Placed[]> } {
  const xs = plans.map((p) => new Float64Array(p ? p.runs.length : 0));
  /** plan → the runs of other arrows one of its runs could not keep RUN_GAP from */
  const clashes = new Map<number, Placed[]>();
  const all: { plan: number; run: number; r: Run }[] = [];
  plans.forEach((p, i) => p?.runs.forEach((r, j) => all.push({ plan: i, run: j, r })));
  // runs with little room first (a side port's stub between two boxes can go nowhere else), then
  // left to right; of runs wanting one x, the one going farthest takes it, so that it is the outer one
  const room = (r: Run) => {
    let w = 0;
    for (let i = 0; i < r.free.length; i += 2) w += r.free[i + 1]! - r.free[i]!;
    return w < NARROW ? 0 : 1;
  };
  // (`all` is in plan and run order: of two runs alike, the one first in it goes first; the keys in typed
  // arrays, the order sorted as indices — a 10,000-step diagram has a quarter of a million runs)
  const narrow = Uint8Array.from(all, (a) => room(a.r));
  const ideals = Float64Array.from(all, (a) => a.r.ideal);
  const pulls = Float64Array.from(all, (a) => a.r.pull);
  const order = Uint32Array.from(all, (_, i) => i).sort((i, j) => narrow[i]! - narrow[j]! || ideals[i]! - ideals[j]! || pulls[j]! - pulls[i]! || i - j);
  // runs placed so far, by x (XCELL wide) and by height (LEVELS levels), a run in every cell it spans;
  // in a cell, the runs at one x together (in a dense diagram many runs end up on one x: a query then
  // looks at each x once, not at each of its runs)
  /** a cell: its distinct x, the runs at each (same index), and where each x is */
  type Cell = { readonly xs: number[]; readonly lists: Placed[][]; readonly at: Map<number, number> };
  const grid = new Map<number, Cell>();
  const cell = (bx: number, by: number) => bx * 65_536 + by;
  const bucket = (x: number) => Math.floor(x / XCELL);
  /** whether a run of another arrow than `plan` in `list` shares some height with [lo, hi] */
  const meets = (list: readonly Placed[], plan: number, lo: number, hi: number): boolean => {
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (p.hi >= lo && hi >= p.lo && p.plan !== plan) return true;
    }
    return false;
  };
  const each = (x: number, lo: number, hi: number, visit: (p: Placed) => void) => {
    const k = bucket(x);
    const seen = hi - lo >= LEVELS ? new Set<Placed>() : null;
    for (let b = k - 1; b <= k + 1; b++)
      for (let c = Math.floor(lo / LEVELS); c <= Math.floor(hi / LEVELS); c++)
        for (const list of grid.get(cell(b, c))?.lists ?? [])
          for (const p of list) {
            if (p.hi < lo || hi < p.lo) continue;
            if (seen) {
              if (seen.has(p)) continue;
              seen.add(p);
            }
            visit(p);
          }
  };
  // the runs of other arrows on (nearly) one line with a run at x, over the height they share
  const clashing = (x: number, plan: number, lo: number, hi: number): Placed[] => {
    const out: Placed[] = [];
    each(x, lo, hi, (p) => {
      if (p.plan !== plan && Math.abs(p.x - x) < CLASH) out.push({ plan: p.plan, x: p.x, lo: Math.max(lo, p.lo), hi: Math.min(hi, p.hi) });
    });
    return out;
  };
  // the distance to the nearest run of another arrow sharing some height with a run at x (a run may be met in several cells)
  const nearest = (x: number, plan: number, lo: number, hi: number): number => {
    let d = Infinity;
    const k = bucket(x);
    const c0 = Math.floor(lo / LEVELS);
    const c1 = Math.floor(hi / LEVELS);
    for (let b = k - 1; b <= k + 1; b++)
      for (let c = c0; c <= c1; c++) {
        const here = grid.get(cell(b, c));
        if (!here) continue;
        const { xs, lists } = here;
        for (let i = 0; i < xs.length; i++) {
          const e = Math.abs(xs[i]! - x);
          if (e < d && meets(lists[i]!, plan, lo, hi)) d = e;
        }
      }
    return d;
  };
  // the x of every run of another arrow sharing some height with [lo, hi], between x0 and x1, sorted
  // (into one buffer, grown as needed: a quarter of a million runs search at 10,000 steps)
  let buffer = new Float64Array(256);
  const gather = (x0: number, x1: number, plan: number, lo: number, hi: number): Float64Array => {
    let n = 0;
    const c0 = Math.floor(lo / LEVELS);
    const c1 = Math.floor(hi / LEVELS);
    for (let b = bucket(x0); b <= bucket(x1); b++)
      for (let c = c0; c <= c1; c++) {
        const here = grid.get(cell(b, c));
        if (!here) continue;
        const { xs, lists } = here;
        for (let i = 0; i < xs.length; i++) {
          const px = xs[i]!;
          if (px < x0 || px > x1 || !meets(lists[i]!, plan, lo, hi)) continue;
          if (n === buffer.length) {
            const grown = new Float64Array(2 * n);
            grown.set(buffer);
            buffer = grown;
          }
          buffer[n++] = px;
        }
      }
    return buffer.subarray(0, n).sort();
  };
  const distance = (sorted: Float64Array, x: number): number => {
    let a = 0;
    let b = sorted.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sorted[m]! < x) a = m + 1;
      else b = m;
    }
    let d = Infinity;
    if (a < sorted.length) d = sorted[a]! - x;
    if (a > 0) d = Math.min(d, x - sorted[a - 1]!);
    return d;
  };
  const reach = SEARCH * (RUN_GAP / 2);
  /** the x tried for one run: the ideal, then at most two a half gap further out each time */
  const tried = new Float64Array(1 + 2 * SEARCH);
  for (const k of order) {
    const { plan, run, r } = all[k]!;
    const ideal = clampTo(r.ideal, r.free);
    let x = ideal;
    let bestD = nearest(x, plan, r.lo, r.hi);
    if (bestD < RUN_GAP) {
      // every candidate lies within 2 reach of the ideal (the ideal is free, so clamping moves a point at most its own distance)
      const near = gather(ideal - 2 * reach - RUN_GAP, ideal + 2 * reach + RUN_GAP, plan, r.lo, r.hi);
      const sign = r.pull < 0 ? -1 : 1;
      tried[0] = x;
      let triedCount = 1;
      let found = false;
      // outwards from where the run would like to be, in half gaps, each x once (a narrow gap clamps many to one)
      for (let k = 1; k <= SEARCH && !found; k++) {
        let fresh = false;
        for (let side = 0; side < 2; side++) {
          const c = clampTo(ideal + (side === 0 ? sign : -sign) * k * (RUN_GAP / 2), r.free);
          if (tried.subarray(0, triedCount).includes(c)) continue;
          tried[triedCount++] = c;
          fresh = true;
          const d = distance(near, c);
          if (d > bestD + 1e-9) {
            bestD = d;
            x = c;
          }
          if (d >= RUN_GAP) {
            found = true;
            break;
          }
        }
        if (!fresh && k > 1) break;
      }
      // (past REPLAN_MAX clashing arrows none is planned again: no need to know with whom)
      if (!found && clashes.size <= REPLAN_MAX) {
        const c = clashing(x, plan, r.lo, r.hi);
        if (c.length) {
          const list = clashes.get(plan);
          if (list) list.push(...c);
          else clashes.set(plan, c);
        }
      }
    }
    xs[plan]![run] = x;
    const placed = { plan, lo: r.lo, hi: r.hi, x };
    const b = bucket(x);
    for (let c = Math.floor(r.lo / LEVELS); c <= Math.floor(r.hi / LEVELS); c++) {
      const key = cell(b, c);
      let here = grid.get(key);
      if (!here) grid.set(key, (here = { xs: [], lists: [], at: new Map() }));
      const i = here.at.get(x);
      if (i !== undefined) here.lists[i]!.push(placed);
      else {
        here.at.set(x, here.xs.length);
        here.xs.push(x);
        here.lists.push([placed]);
      }
    }
  }
  return { xs, clashes };
}

type SidePort = { readonly plan: number; readonly end: 'from' | 'to'; readonly key: number };

/**
 * The y of each side port, as an offset from its box's middle: ports on one
 * side PORT_GAP apart (closer on a low box), ordered so that their arrows
 * do not cross each other.
 */
function sidePorts(plans: readonly (Plan | null)[], xs: readonly Float64Array[]): { from: Float64Array; to: Float64Array } {
  const from = new Float64Array(plans.length);
  const to = new Float64Array(plans.length);
  const sides = new Map<string, SidePort[]>();
  const add = (key: string, p: SidePort) => {
    let list = sides.get(key);
    if (!list) sides.set(key, (list = []));
    list.push(p);
  };
  plans.forEach((p, i) => {
    if (!p) return;
    const runs = xs[i]!;
    if (p.exit === 'right') {
      // top to bottom: arrows going up (nearest first), straight ones, arrows going down (farthest first)
      const x = p.straight ? p.to.x : runs[0]!;
      const key = p.straight ? 1e7 : p.exitDown ? 2e7 - x : x;
      add(`${p.from.id}|r`, { plan: i, end: 'from', key });
    }
    if (p.entry === 'left') {
      // top to bottom: arrows from above (nearest first), straight ones, arrows from below (farthest first)
      const x = p.straight ? p.from.right : runs[runs.length - 1]!;
      const key = p.straight ? 1e7 : p.entryFromAbove ? -x : 2e7 + x;
      add(`${p.to.id}|l`, { plan: i, end: 'to', key });
    }
  });
  for (const [key, list] of sides) {
    list.sort((a, b) => a.key - b.key || a.plan - b.plan);
    const p0 = plans[list[0]!.plan]!;
    const box = key.endsWith('|r') ? p0.from.step : p0.to.step;
    const n = list.length;
    const gap = n > 1 ? Math.min(PORT_GAP, (box.height - 12) / (n - 1)) : 0;
    list.forEach((sp, k) => {
      const dy = (k - (n - 1) / 2) * gap;
      (sp.end === 'from' ? from : to)[sp.plan] = dy;
    });
  }
  return { from, to };
}

/**
 * In the gap between two neighbours of a row, an arrow leaving the left one's
 * right side and an arrow entering the right one's left side run horizontally
 * at their boxes' middles — one line when the boxes are as tall. Where their
 * stubs overlap, the leaving ones move up and the entering ones down.
 */
function separateGapPorts(plans: readonly (Plan | null)[], xs: readonly Float64Array[], ports: { from: Float64Array; to: Float64Array }) {
  type Stub = { plan: number; y: number; l: number; r: number };
  const gaps = new Map<string, { out: Stub[]; in: Stub[] }>();
  const gap = (key: string) => {
    let g = gaps.get(key);
    if (!g) gaps.set(key, (g = { out: [], in: [] }));
    return g;
  };
  plans.forEach((p, i) => {
    if (!p || p.straight) return;
    const runs = xs[i]!;
    if (p.exit === 'right') {
      const s = p.from.step;
      gap(`${p.from.band}|${p.from.pos}`).out.push({ plan: i, y: s.y + s.height / 2 + ports.from[i]!, l: s.x + s.width, r: runs[0]! });
    }
    if (p.entry === 'left') {
      const t = p.to.step;
      gap(`${p.to.band}|${p.to.pos - 1}`).in.push({ plan: i, y: t.y + t.height / 2 + ports.to[i]!, l: runs[runs.length - 1]!, r: t.x });
    }
  });
  for (const g of gaps.values()) {
    if (!g.out.length || !g.in.length) continue;
    const clash = g.out.some((a) => g.in.some((b) => Math.abs(a.y - b.y) < PORT_GAP / 2 && a.l < b.r && b.l < a.r));
    if (!clash) continue;
    const room = (plan: number, end: 'from' | 'to') => {
      const p = plans[plan]!;
      const box = end === 'from' ? p.from.step : p.to.step;
      return box.height / 2 - 6;
    };
    for (const a of g.out) ports.from[a.plan] = Math.max(-room(a.plan, 'from'), ports.from[a.plan]! - PORT_GAP / 2);
    for (const b of g.in) ports.to[b.plan] = Math.min(room(b.plan, 'to'), ports.to[b.plan]! + PORT_GAP / 2);
  }
}

/** Flags of a channel in `Tracks.heads`: an arrow enters the box right above it, or right below it. */
const HEAD_ABOVE = 1;
const HEAD_BELOW = 2;
type Tracks = {
  /** per plan, the track of each jog (-1: none) */
  readonly track: Int32Array[];
  /** per channel, how many tracks */
  readonly tracks: Int32Array;
  /** per channel, HEAD_ABOVE | HEAD_BELOW */
  readonly heads: Uint8Array;
};

type Jog = { readonly plan: number; readonly jog: number; readonly l: number; readonly r: number; readonly ends: readonly { x: number; up: boolean }[] };

/** Tracks of the jogs in each channel: overlapping jogs on different tracks, ordered to cross as little as possible. */
function assignTracks(ch: Channels, plans: readonly (Plan | null)[], xs: readonly Float64Array[]): Tracks {
  const track = plans.map((p) => new Int32Array(p ? p.jogs.length : 0).fill(-1));
  const tracks = new Int32Array(ch.channels.length);
  const heads = new Uint8Array(ch.channels.length);
  const byChannel = new Map<number, Jog[]>();
  plans.forEach((p, i) => {
    if (!p) return;
    // the arrowhead right under the last jog's channel (entering the box of the band below it) or right above it
    const last = p.jogs[p.jogs.length - 1];
    if (last !== undefined && p.entry === 'top' && p.to.band === last) heads[last]! |= HEAD_BELOW;
    if (last !== undefined && p.entry === 'bottom' && p.to.band === last - 1) heads[last]! |= HEAD_ABOVE;
    p.jogs.forEach((c, j) => {
      const xa = xs[i]![j]!;
      const xb = xs[i]![j + 1]!;
      if (Math.abs(xa - xb) < 0.5) return;
      const before = p.runs[j]!;
      const after = p.runs[j + 1]!;
      const level = 2 * c;
      // the run before comes from above when it ends at the channel's level from a lower level
      const beforeUp = before.lo < level;
      const afterUp = after.lo < level;
      const ends = [
        { x: xa, up: beforeUp },
        { x: xb, up: afterUp },
      ];
      let list = byChannel.get(c);
      if (!list) byChannel.set(c, (list = []));
      list.push({ plan: i, jog: j, l: Math.min(xa, xb), r: Math.max(xa, xb), ends });
    });
  });
  for (const [c, jogs] of byChannel) {
    jogs.sort((a, b) => a.l - b.l || a.plan - b.plan);
    // clusters of overlapping jogs
    let start = 0;
    let reach = -Infinity;
    let most = 0;
    const flush = (end: number) => {
      const cluster = jogs.slice(start, end);
      most = Math.max(most, orderCluster(cluster, track));
    };
    for (let i = 0; i < jogs.length; i++) {
      if (i > start && jogs[i]!.l > reach + RUN_GAP) {
        flush(i);
        start = i;
        reach = -Infinity;
      }
      reach = Math.max(reach, jogs[i]!.r);
    }
    if (jogs.length) flush(jogs.length);
    tracks[c] = most;
  }
  return { track, tracks, heads };
}

const overlapping = (a: Jog, b: Jog) => a.l < b.r + RUN_GAP && b.l < a.r + RUN_GAP;

/** Crossings if `a` runs above `b`: a's ends going down inside b, b's ends going up inside a. */
function crossingsAbove(a: Jog, b: Jog): number {
  let n = 0;
  for (const e of a.ends) if (!e.up && e.x > b.l && e.x < b.r) n++;
  for (const e of b.ends) if (e.up && e.x > a.l && e.x < a.r) n++;
  return n;
}

/** Tracks for one cluster (top track 0); returns the number of tracks used. */
function orderCluster(cluster: Jog[], track: Int32Array[]): number {
  if (cluster.length === 1) {
    track[cluster[0]!.plan]![cluster[0]!.jog] = 0;
    return 1;
  }
  let order = cluster;
  if (cluster.length <= 60) {
    const score = new Map<Jog, number>();
    for (const a of cluster) {
      let s = 0;
      for (const b of cluster) if (a !== b && overlapping(a, b)) s += Math.sign(crossingsAbove(b, a) - crossingsAbove(a, b));
      score.set(a, s);
    }
    order = [...cluster].sort((a, b) => score.get(b)! - score.get(a)! || a.l - b.l || a.plan - b.plan);
    let most = 0;
    const placed: { j: Jog; t: number }[] = [];
    for (const j of order) {
      let t = 0;
      for (const p of placed) if (overlapping(p.j, j)) t = Math.max(t, p.t + 1);
      placed.push({ j, t });
      track[j.plan]![j.jog] = t;
      most = Math.max(most, t + 1);
    }
    if (most <= MAX_TRACKS) return most;
  }
  // many: left-edge packing, as few tracks as the densest point needs, and at most MAX_TRACKS
  // (beyond that a jog shares the track that frees up first)
  const ends: number[] = [];
  for (const j of [...order].sort((a, b) => a.l - b.l || a.plan - b.plan)) {
    let t = ends.findIndex((e) => e + RUN_GAP <= j.l);
    if (t === -1 && ends.length < MAX_TRACKS) {
      t = ends.length;
      ends.push(0);
    }
    if (t === -1) t = ends.indexOf(Math.min(...ends));
    ends[t] = Math.max(ends[t]!, j.r);
    track[j.plan]![j.jog] = t;
  }
  return ends.length;
}

/** How far a channel's outer tracks keep from its top and its bottom. */
const clearAbove = (heads: number) => (heads & HEAD_ABOVE ? TRACK_CLEAR.head : TRACK_CLEAR.above);
const clearBelow = (heads: number) => (heads & HEAD_BELOW ? TRACK_CLEAR.head : TRACK_CLEAR.below);
/** Height a channel needs for `n` tracks. */
const trackHeight = (n: number, heads: number) => (n > 0 ? clearAbove(heads) + clearBelow(heads) + (n - 1) * TRACK_GAP : 0);

export function selfLoop(s: StepGeometry): Point[] {
  const right = s.x + s.width;
  const bottom = s.y + s.height;
  return [
    { x: right, y: s.y + s.height / 2 },
    { x: right + 12, y: s.y + s.height / 2 },
    { x: right + 12, y: bottom + CLEAR },
    { x: right - 16, y: bottom + CLEAR },
    { x: right - 16, y: bottom },
  ];
}

/** The arrow `l` along the polyline `pts` (at least two points), its head at the last point. */
export function linkAlong(l: Link, pts: readonly Point[], label: TextBlock | null): LinkGeometry {
  const a = pts[pts.length - 2]!;
  const b = pts[pts.length - 1]!;
  return { id: l.id, from: l.from, to: l.to, path: roundedPath(pts), start: pts[0]!, end: b, endAngle: Math.atan2(b.y - a.y, b.x - a.x), label, color: S.colors.link };
}

export type RoutedLinks = {
  readonly links: LinkGeometry[];
  readonly lanes: LaneGeometry[];
  readonly steps: StepGeometry[];
  readonly bottom: number;
};

/**
 * Routes every arrow and opens the channels they need: returns the arrows
 * and the lanes and steps moved to make room (unchanged objects where
 * nothing moved).
 */
export function routeLinks(
  links: readonly Link[],
  lanes: readonly LaneGeometry[],
  steps: readonly StepGeometry[],
  x0: number,
  x1: number,
  lang: ContentLanguage,
): RoutedLinks {
  const ch = buildChannels(lanes, steps, x0, x1);
  const plans = links.map((l) => {
    const s = ch.boxes.get(l.from);
    const t = ch.boxes.get(l.to);
    return s && t ? planLink(ch, s, t) : null;
  });
  let { xs, clashes } = placeRuns(plans);
  // An arrow squeezed onto another's line is planned again, kept out of the other's way.
  const blocked = new Map<number, Map<number, number[]>>();
  for (let round = 0; round < REPLAN_ROUNDS && clashes.size > 0 && clashes.size <= REPLAN_MAX; round++) {
    for (const [i, others] of clashes) {
      const p = plans[i]!;
      let mine = blocked.get(i);
      if (!mine) blocked.set(i, (mine = new Map()));
      for (const o of others)
        for (let k = Math.ceil((o.lo - 1) / 2); k <= Math.floor((o.hi - 1) / 2); k++) {
          const list = mine.get(k) ?? [];
          list.push(o.x - RUN_GAP, o.x + RUN_GAP);
          mine.set(k, list);
        }
      plans[i] = planLink(ch, p.from, p.to, mine) ?? p;
    }
    ({ xs, clashes } = placeRuns(plans));
  }
  const ports = sidePorts(plans, xs);
  separateGapPorts(plans, xs, ports);
  const { track, tracks, heads } = assignTracks(ch, plans, xs);

  const requests: (LabelRequest | null)[] = links.map((l) => (l.title ? labelRequest(l.title, lang) : null));

  const need = new Float64Array(ch.channels.length);
  const reserved = new Map<number, { channel: number; shape: number; rect: Rect }>();
  const labelRows = new Float64Array(ch.channels.length);
  let result: { links: LinkGeometry[]; opened: ReturnType<typeof openChannels> } | null = null;
  for (let pass = 0; pass < 4; pass++) {
    for (let k = 0; k < need.length; k++) need[k] = trackHeight(tracks[k]!, heads[k]!) + (labelRows[k]! > 0 ? labelRows[k]! + LABEL_PAD : 0);
    const opened = openChannels(ch, lanes, steps, need);
    const stepAt = new Map(opened.steps.map((s) => [s.id, s]));
    const trackY = (c: number, t: number) => {
      const top = opened.channelTop[c]! + (labelRows[c]! > 0 ? labelRows[c]! + LABEL_PAD : 0);
      const mid = (top + clearAbove(heads[c]!) + opened.channelBottom[c]! - clearBelow(heads[c]!)) / 2;
      return mid + (t - (tracks[c]! - 1) / 2) * TRACK_GAP;
    };
    const polylines: Point[][] = links.map((l, i) => {
      const p = plans[i];
      const sg = stepAt.get(l.from);
      const tg = stepAt.get(l.to);
      if (!sg || !tg) return [];
      if (!p) return l.from === l.to ? selfLoop(sg) : [];
      const pts: Point[] = [];
      const runX = xs[i]!;
      const sMid = sg.y + sg.height / 2;
      const tMid = tg.y + tg.height / 2;
      if (p.straight) {
        const lo = Math.max(sg.y, tg.y) + 6;
        const hi = Math.min(sg.y + sg.height, tg.y + tg.height) - 6;
        const y = Math.min(hi, Math.max(lo, (sMid + ports.from[i]! + tMid + ports.to[i]!) / 2));
        return [
          { x: sg.x + sg.width, y },
          { x: tg.x, y },
        ];
      }
      if (p.exit === 'right') {
        const y = sMid + ports.from[i]!;
        pts.push({ x: sg.x + sg.width, y }, { x: runX[0]!, y });
      } else pts.push({ x: runX[0]!, y: p.exit === 'bottom' ? sg.y + sg.height : sg.y });
      p.jogs.forEach((c, j) => {
        const t = track[i]![j]!;
        const y = t < 0 ? (opened.channelTop[c]! + opened.channelBottom[c]!) / 2 : trackY(c, t);
        pts.push({ x: runX[j]!, y }, { x: runX[j + 1]!, y });
      });
      const last = runX[runX.length - 1]!;
      if (p.entry === 'left') {
        const y = tMid + ports.to[i]!;
        pts.push({ x: last, y }, { x: tg.x, y });
      } else pts.push({ x: last, y: p.entry === 'top' ? tg.y : tg.y + tg.height });
      return simplify(pts);
    });

    const placed = placeLabels({
      requests,
      polylines,
      steps: opened.steps,
      lanes: opened.lanes,
      body: { x: ch.xmin, y: opened.lanes[0]?.y ?? 0, width: ch.xmax - ch.xmin, height: opened.bottom - (opened.lanes[0]?.y ?? 0) },
      reserved: new Map(
        [...reserved].map(([i, r]) => [i, { shape: r.shape, rect: { ...r.rect, y: r.rect.y + opened.channelTop[r.channel]! } }]),
      ),
    });
    const geometry: LinkGeometry[] = [];
    links.forEach((l, i) => {
      const pts = polylines[i]!;
      if (pts.length < 2) return;
      const block = placed.labels[i] ?? null;
      geometry.push(linkAlong(l, pts, block ? labelBlock(requests[i]!.shapes[placed.shapes[i]!]!, block) : null));
    });
    result = { links: geometry, opened };
    if (placed.failed.length === 0 || pass === 3) break;
    // no free place: make one in a channel the arrow runs along (or crosses)
    for (const i of placed.failed) {
      // the flattest shape: a channel opens by the label's height
      const shape = requests[i]!.shapes.length - 1;
      const req = requests[i]!.shapes[shape]!;
      const { channel, x } = labelChannel(ch, plans[i] ?? null, xs[i], polylines[i]!);
      const rows = reservedRows(reserved, channel);
      const left = Math.min(ch.xmax - req.width, Math.max(x0, x - req.width / 2));
      let top = 0;
      // the first row of the channel where it does not overlap another reserved label
      for (let tries = 0; tries < 50; tries++) {
        const clash = rows.find((r) => r.x < left + req.width + 4 && left < r.x + r.width + 4 && r.y < top + req.height && top < r.y + r.height);
        if (!clash) break;
        top = clash.y + clash.height + 1;
      }
      reserved.set(i, { channel, shape, rect: { x: left, y: top + LABEL_PAD, width: req.width, height: req.height } });
      labelRows[channel] = Math.max(labelRows[channel]!, top + LABEL_PAD + req.height);
    }
  }
  const { links: out, opened } = result!;
  return { links: out, lanes: opened.lanes, steps: opened.steps, bottom: opened.bottom };
}

function reservedRows(reserved: ReadonlyMap<number, { channel: number; shape: number; rect: Rect }>, channel: number): Rect[] {
  const out: Rect[] = [];
  for (const r of reserved.values()) if (r.channel === channel) out.push({ ...r.rect, y: r.rect.y - LABEL_PAD });
  return out;
}

/** The channel to make room for an arrow's label in: its longest jog's, else the first channel it crosses. */
function labelChannel(ch: Channels, p: Plan | null, runX: Float64Array | undefined, pts: readonly Point[]): { channel: number; x: number } {
  if (p && runX && p.jogs.length) {
    let best = 0;
    let len = -1;
    p.jogs.forEach((_, j) => {
      const l = Math.abs(runX[j + 1]! - runX[j]!);
      if (l > len) {
        len = l;
        best = j;
      }
    });
    return { channel: p.jogs[best]!, x: (runX[best]! + runX[best + 1]!) / 2 };
  }
  if (p && !p.straight && runX && p.runs.length) {
    const r = p.runs[0]!;
    const c = Math.floor((r.lo + r.hi + 1) / 4);
    return { channel: Math.min(ch.channels.length - 1, Math.max(0, c)), x: runX[0]! + 60 };
  }
  const from = p?.from ?? null;
  const mid = pts.length ? (pts[0]!.x + pts[pts.length - 1]!.x) / 2 : 0;
  return { channel: from ? from.band : 0, x: mid };
}

/** Wider wraps tried for a label that finds no place at its usual width (px). */
const FLATTER_WIDTHS = [240, 360];

/** An arrow label's shapes: wrapped at its usual width, then flatter (each with fewer lines than the one before). */
function labelRequest(title: string, lang: ContentLanguage): LabelRequest {
  const shape = (wrapAt: number): LabelShape => {
    const lines = wrap(title, wrapAt, S.linkLabel, lang);
    const width = Math.max(0, ...lines.map((line) => measureText(line, S.linkLabel))) + 6;
    return { lines, width, height: blockHeight(lines.length, S.linkLabel) };
  };
  const usual = labelWrapWidth(title, S.linkLabel, lang);
  const shapes: [LabelShape, ...LabelShape[]] = [shape(usual)];
  for (const w of FLATTER_WIDTHS) {
    if (w <= usual) continue;
    const flatter = shape(w);
    if (flatter.lines.length < shapes[shapes.length - 1]!.lines.length) shapes.push(flatter);
  }
  return { shapes };
}

function labelBlock(req: LabelShape, rect: Rect): TextBlock {
  // the lines centred in the label's box, as scene/links.ts linkLabelScene and the screen draw it
  return placeBlock(req.lines, rect.x + rect.width / 2, rect.y, S.linkLabel, { color: S.colors.ink, anchor: 'middle' });
}
