/**
 * One layout per Diagram object and per set of hyphenation patterns: the screen's components share
 * it instead of each laying out again. Line breaks depend on the patterns registered (Swedish and
 * English load on demand), so a layout made before a language's patterns arrived is not reused after.
 * While a gesture is under way the screen lays out with the time frame of the diagram from before
 * it (`shownGeometryOf(d, from)`), so that dragging a step past the axis's end does not rescale the axis at
 * every step of the drag; the frame is chosen anew when the pointer is let go. Every new layout
 * hands back the objects of the one before for all that came out the same (keepIdentity.ts).
 */
import { sameJson } from '../model/sameJson';
import type { Diagram, Step } from '../model/types';
import { makeFrame, type Frame } from './axis';
import type { Geometry } from './geometry';
import { keepIdentity } from './keepIdentity';
import { layoutDiagram, type Router } from './layoutDiagram';
import { lastRoutingMs, routeLinksReusing } from './reuse';
import { patternsVersion } from './text/patterns';

/** A layout and the patterns' version it was made with. */
type Laid = { readonly patterns: number; readonly geometry: Geometry; readonly ms: number };

/**
 * The layouts of the last few diagrams laid out, most recent last: an undo or redo of a recent edit
 * finds its layout here. Not one per diagram alive: the undo history keeps every diagram it holds, and
 * at 5,000 steps a layout made after a step moved holds about 5 MB of its own (new arrows).
 */
const KEPT = 8;
const cache = new Map<Diagram, Laid>();
const frames = new WeakMap<Diagram, Frame>();
const held = new WeakMap<Diagram, WeakMap<Diagram, Laid>>();

/** How long the layout made last took (ms). */
let lastMs = 0;

/** The layout made last: a new one shares with it every object that came out the same (keepIdentity.ts). */
let last: Geometry | null = null;

type Kept = { get(d: Diagram): Laid | undefined; set(d: Diagram, laid: Laid): unknown };

/** A new layout sharing every unchanged object with the one before, timed. */
function made(lay: () => Geometry): Geometry {
  const began = performance.now();
  const geometry = keepIdentity(last, lay());
  last = geometry;
  lastMs = performance.now() - began;
  return geometry;
}

/** The cached layout when it was made with the patterns registered now; else a new one, cached. */
function laidOut(map: Kept, d: Diagram, lay: () => Geometry): Geometry {
  const patterns = patternsVersion();
  const found = map.get(d);
  if (found && found.patterns === patterns) return found.geometry;
  const geometry = made(lay);
  map.set(d, { patterns, geometry, ms: lastMs });
  return geometry;
}

/** `cache` as a Kept: a layout found or added becomes the most recent, and the oldest beyond KEPT goes. */
const recent: Kept = {
  get(d) {
    const found = cache.get(d);
    if (found) {
      cache.delete(d);
      cache.set(d, found);
    }
    return found;
  },
  set(d, laid) {
    cache.delete(d);
    cache.set(d, laid);
    for (const oldest of cache.keys()) {
      if (cache.size <= KEPT) break;
      cache.delete(oldest);
    }
  },
};

/**
 * About what laying `d` out again after a small edit costs (ms): how long its own layout took, or the
 * latest layout if that was quicker (the first layout of a page runs on code not yet compiled, and
 * one after an edit reuses much of the one before).
 */
export function layoutMs(d: Diagram): number {
  geometryOf(d);
  return Math.min(cache.get(d)?.ms ?? lastMs, lastMs);
}

/** How many layouts are kept (tests). */
export function keptLayouts(): number {
  return cache.size;
}

export function geometryOf(d: Diagram): Geometry {
  return laidOut(recent, d, () => layoutDiagram(d, frameOf(d)));
}

/** The diagram framed last: an edit that keeps what its frame is made of takes its frame over. */
let framedLast: Diagram | null = null;

const sameStep = (a: Step, b: Step) => a === b || (a.id === b.id && a.lane === b.lane && a.start === b.start && a.end === b.end);

/**
 * Whether `a` and `b` give the same frame: makeFrame (axis.ts, axisSegments.ts, pageShape.ts) reads the
 * language, the axis setting, the lanes and the depth band (their titles widen the header column), the
 * phases, each step's id, lane and dates, and only whether there is a subtitle, a source or a legend and
 * how many arrows there are — never a step's text (a property test holds this to makeFrame).
 */
function sameFrameInputs(a: Diagram, b: Diagram): boolean {
  return (
    a.language === b.language &&
    !a.subtitle === !b.subtitle &&
    !a.source === !b.source &&
    a.legend.length === b.legend.length &&
    a.links.length === b.links.length &&
    a.steps.length === b.steps.length &&
    (a.lanes === b.lanes || sameJson(a.lanes, b.lanes)) &&
    (a.phases === b.phases || sameJson(a.phases, b.phases)) &&
    (a.depth === b.depth || sameJson(a.depth, b.depth)) &&
    sameJson(a.axis, b.axis) &&
    a.steps.every((s, i) => sameStep(s, b.steps[i]!))
  );
}

/** The time frame (scale, axis ends) `d` is laid out in (it depends on dates alone, not on text). */
export function frameOf(d: Diagram): Frame {
  let f = frames.get(d);
  if (!f) {
    const prev = framedLast;
    f = prev && sameFrameInputs(prev, d) ? frames.get(prev)! : makeFrame(d);
    frames.set(d, f);
    framedLast = d;
  }
  return f;
}

/** The layouts made during a gesture begun on `from`. */
function heldBy(from: Diagram): WeakMap<Diagram, Laid> {
  let byDiagram = held.get(from);
  if (!byDiagram) {
    byDiagram = new WeakMap();
    held.set(from, byDiagram);
  }
  return byDiagram;
}

/* ---------- what the screen shows: a large diagram's arrows routed in the background ---------- */

/** A routing slower than this (ms) is done in the background on screen, the edit shown at once (routeLater.ts). */
export const LATER_MS = 50;
/**
 * …in a diagram of more steps than this: a small one's routing is slow only on a slow or busy machine, and
 * its background code would then load with the first diagram drawn (the eager JS budget is counted so).
 */
export const LATER_MIN_STEPS = 200;
/**
 * `lay(route)` as the screen shows it, given the layouts kept under `key` (routeLater.ts shownLater):
 * `made` makes a layout, `keep` keeps one that is final.
 */
export type ShownLayout = (key: object, d: Diagram, lay: (route: Router) => Geometry, made: (lay: () => Geometry) => Geometry, keep: (g: Geometry) => void) => Geometry;
/** The screen's background routing: set by routeLater.ts when it loads (tests set their own); null until then. */
export const background: { shown: ShownLayout | null } = { shown: null };

/**
 * What the screen shows of `d`: geometryOf, or, during a gesture begun on `from`, `d` laid out in the time
 * frame of `from` (content beyond its ends continues on its scale, no box is set back at its end). Once a
 * routing has been slow, a layout that would route again has provisional arrows while the background
 * routes them (routeLater.ts).
 */
export function shownGeometryOf(d: Diagram, from: Diagram = d): Geometry {
  const inGesture = d !== from;
  const map = inGesture ? heldBy(from) : recent;
  const lay = (route: Router) => layoutDiagram(d, frameOf(from), inGesture, route);
  const patterns = patternsVersion();
  const shown = background.shown;
  if (shown && map.get(d)?.patterns !== patterns) return shown(map, d, lay, made, (geometry) => map.set(d, { patterns, geometry, ms: lastMs }));
  const geometry = laidOut(map, d, () => lay(routeLinksReusing));
  // a slow routing: the background's code loads (once) for the next edit
  if (!shown && lastRoutingMs() >= LATER_MS && d.steps.length > LATER_MIN_STEPS) void import('./routeLater');
  return geometry;
}
