/**
 * What a new layout takes over from the ones before it, so that an edit costs what it changes
 * (issue 12, Deliver 2) — with the same geometry as a layout from nothing (a property test holds
 * them equal after random edits):
 *
 * - a step's box (its width and its title's lines: the text fitting, stepBox.ts) for as long as the
 *   step object and the time frame are the same: an edit elsewhere fits no text of this step again;
 * - the arrows (links.ts: routing is most of a large diagram's layout) when every box stands where it
 *   stood in the last layout and the arrows are the same: a typed title that keeps its box's size, a
 *   colour, a legend entry. The steps then move down by what the channels opened before;
 * - a lane's arrangement (its rows, its boxes' text) while its steps are the same objects, and the time
 *   order while every step's start and lane are as they were.
 *
 * All only ever hand back what the pure functions would compute from the same inputs (the hyphenation
 * patterns' version is part of what is compared), so the layout stays a function of its inputs.
 */
import { sameJson } from '../model/sameJson';
import type { ContentLanguage, Diagram, Lane, Link, Step } from '../model/types';
import type { Frame } from './axis';
import { shiftStep } from './channels';
import type { LaneGeometry, StepGeometry } from './geometry';
import { routeLinks, type RoutedLinks } from './links';
import { stepBox } from './stepBox';
import { patternsVersion } from './text/patterns';

type Box = ReturnType<typeof stepBox>;

let boxes = new WeakMap<Step, Map<number, { readonly key: string; readonly box: Box }>>();
const frameKeys = new WeakMap<Frame, string>();

/** What of a frame a step's box depends on: the scale (its ends and segments) and the language. */
function frameKey(f: Frame): string {
  let k = frameKeys.get(f);
  if (k === undefined) {
    k = JSON.stringify([f.x0, f.x1, f.t0, f.t1, f.lang, f.segments]);
    frameKeys.set(f, k);
  }
  return `${k}|${patternsVersion()}`;
}

/** stepBox(step, f.scale, f.lang, outgrownLines), computed once per step object, frame and patterns. */
export function boxOf(step: Step, f: Frame, outgrownLines: number): Box {
  const key = frameKey(f);
  let mine = boxes.get(step);
  const found = mine?.get(outgrownLines);
  if (found && found.key === key) return found.box;
  const box = stepBox(step, f.scale, f.lang, outgrownLines);
  if (!mine) boxes.set(step, (mine = new Map()));
  mine.set(outgrownLines, { key, box });
  return box;
}

type Arranged = { readonly steps: readonly Step[]; readonly key: string; readonly setBack: boolean; readonly value: unknown };
/** By lane id: the steps a lane was last arranged with (its rows, its boxes' text), in which frame, and the result. */
let arranged = new Map<string, Arranged>();

/**
 * `arrange()`, or what it gave for the lane the last time when its steps are the same objects in the same
 * order and the frame, the patterns and whether boxes are set back at the axis's end are the same.
 */
export function arrangedOnce<T>(lane: string, steps: readonly Step[], f: Frame, setBack: boolean, arrange: () => T): T {
  const key = frameKey(f);
  const found = arranged.get(lane);
  if (found && found.key === key && found.setBack === setBack && found.steps.length === steps.length && found.steps.every((s, i) => s === steps[i]))
    return found.value as T;
  const value = arrange();
  arranged.set(lane, { steps, key, setBack, value });
  return value;
}

/** The last time order made, and of which lanes and steps. */
let lastOrder: { lanes: readonly Lane[]; steps: readonly Step[]; order: Map<string, number> } | null = null;

/** `sort(d)`, or the order made last when the lanes and every step's id, start and lane are as they were. */
export function orderOnce(d: Diagram, sort: (d: Diagram) => Map<string, number>): Map<string, number> {
  const p = lastOrder;
  if (
    p &&
    p.lanes.length === d.lanes.length &&
    p.lanes.every((l, i) => l.id === d.lanes[i]!.id) &&
    p.steps.length === d.steps.length &&
    p.steps.every((s, i) => {
      const t = d.steps[i]!;
      return s === t || (s.id === t.id && s.start === t.start && s.lane === t.lane);
    })
  )
    return p.order;
  const order = sort(d);
  lastOrder = { lanes: d.lanes, steps: d.steps, order };
  return order;
}

type RouteArgs = Parameters<typeof routeLinks>;

/** A routing's inputs and what it gave (the screen's provisional arrows start from the last one: provisional.ts). */
export type Routed = {
  readonly links: readonly Link[];
  readonly lanes: readonly LaneGeometry[];
  readonly steps: readonly StepGeometry[];
  readonly x0: number;
  readonly x1: number;
  readonly lang: ContentLanguage;
  readonly patterns: number;
  readonly out: RoutedLinks;
};
let last: Routed | null = null;
/** How long the last routing from nothing took (ms): what deciding to route in the background goes by (cache.ts). */
let routingMs = 0;

/** What routing reads of a step: its box, its row and lane, and the room its period mark takes. */
export const sameBox = (a: StepGeometry, b: StepGeometry) =>
  a === b ||
  (a.id === b.id && a.lane === b.lane && a.row === b.row && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.period.kind === b.period.kind);

/** The last routing's result where every box and arrow is as it was then (the steps' words may differ), else null. */
export function routedBefore(...args: RouteArgs): RoutedLinks | null {
  const [links, lanes, steps, x0, x1, lang] = args;
  const patterns = patternsVersion();
  const p = last;
  if (
    !p ||
    p.links !== links ||
    p.x0 !== x0 ||
    p.x1 !== x1 ||
    p.lang !== lang ||
    p.patterns !== patterns ||
    p.steps.length !== steps.length ||
    !steps.every((s, i) => sameBox(s, p.steps[i]!)) ||
    !sameJson(lanes, p.lanes)
  )
    return null;
  // the boxes where they were: the arrows and lanes as routed then, each step moved down as much as then
  const out: RoutedLinks = {
    ...p.out,
    steps: steps.map((s, i) => {
      const before = p.steps[i]!;
      const after = p.out.steps[i]!;
      return sameJson(s, before) ? after : shiftStep(s, after.y - before.y);
    }),
  };
  last = { ...p, lanes, steps, out };
  return out;
}

/** Keeps `out` as what routing `args` gives (with the hyphenation patterns' version it was routed with, and how long it took). */
export function rememberRouting(args: RouteArgs, out: RoutedLinks, patterns = patternsVersion(), ms = routingMs): void {
  const [links, lanes, steps, x0, x1, lang] = args;
  last = { links, lanes, steps, x0, x1, lang, patterns, out };
  routingMs = ms;
}

/** The routing kept last (null before the first). */
export const lastRouting = (): Routed | null => last;
export const lastRoutingMs = (): number => routingMs;

/** routeLinks, or the last routing's result where every box and arrow is as it was then. */
export function routeLinksReusing(...args: RouteArgs): RoutedLinks {
  const found = routedBefore(...args);
  if (found) return found;
  const began = performance.now();
  const out = routeLinks(...args);
  rememberRouting(args, out, patternsVersion(), performance.now() - began);
  return out;
}

/** Forgets all of it (tests compare a layout made with it against one made from nothing). */
export function forgetReuse(): void {
  boxes = new WeakMap();
  arranged = new Map();
  lastOrder = null;
  last = null;
  routingMs = 0;
}
