/**
 * Routing a large diagram's arrows in the background (issue 12: one edit paints at once at 10,000 steps,
 * where routing takes seconds). Loaded on demand by cache.ts once a routing has been slow. One job at a
 * time: a newer edit's job stops the one under way (its worker is ended and a new one started), so that
 * holding an arrow key costs one routing after the key is let go, not one per press. Where a worker cannot
 * start or fails, the page routes itself a moment later: the arrows always come.
 */
import type { Diagram } from '../model/types';
import { background, LATER_MS, type ShownLayout } from './cache';
import { shiftStep } from './channels';
import type { Geometry } from './geometry';
import type { Router } from './layoutDiagram';
import { routeLinks, type RoutedLinks } from './links';
import { FIRST_LATER_LINKS, provisionalRouting, unroutedLinks } from './provisional';
import { lastRouting, lastRoutingMs, rememberRouting, routedBefore, routeLinksReusing } from './reuse';
import type { RouteDone, RouteJob } from './routeJob';
import { settle, settledVersion } from './settled';
import { hasPatterns, patternsVersion } from './text/patterns';

type Args = Parameters<typeof routeLinks>;
/** Routes `args` somewhere else and hands the result (and how long it took) to `done` later; a newer call drops the one before. */
export type Background = (args: Args, done: (out: RoutedLinks, ms: number) => void) => void;

let worker: Worker | null = null;
let current: { id: number; args: Args; done: (out: RoutedLinks, ms: number) => void } | null = null;
let nextId = 0;
/** Workers failed here (no module workers, a chunk that does not load): route on the page from now on. */
let onPage = false;

function stop(): void {
  worker?.terminate();
  worker = null;
  current = null;
}

/** Routes on the page itself, after the next paint. */
function routeOnPage(args: Args, done: (out: RoutedLinks, ms: number) => void): void {
  const id = ++nextId;
  current = { id, args, done };
  setTimeout(() => {
    if (current?.id !== id) return;
    current = null;
    const began = performance.now();
    const out = routeLinks(...args);
    done(out, performance.now() - began);
  }, 0);
}

function received(e: MessageEvent<RouteDone>): void {
  const job = current;
  const d = e.data;
  if (!job || job.id !== d.id) return;
  current = null;
  if (!d.ok) {
    onPage = true;
    stop();
    return routeOnPage(job.args, job.done);
  }
  const steps = job.args[2];
  job.done({ links: d.links, lanes: d.lanes, steps: steps.map((s, i) => shiftStep(s, d.dy[i]!)), bottom: d.bottom }, d.ms);
}

/** Routes `args` (routeLinks's) in a worker and hands the result to `done`; any job under way is dropped. */
export const routeLater: Background = (args, done) => {
  // a job under way cannot be interrupted: its worker is ended (an idle one is kept for the next job)
  if (current) stop();
  if (!onPage && !worker) {
    try {
      worker = new Worker(new URL('./route.worker.ts', import.meta.url), { type: 'module', name: 'polku-route' });
    } catch {
      onPage = true;
    }
  }
  if (!worker) return routeOnPage(args, done);
  const w = worker;
  const [links, lanes, steps, x0, x1, lang] = args;
  const id = ++nextId;
  current = { id, args, done };
  w.onmessage = received;
  w.onerror = (e) => {
    e.preventDefault();
    if (current?.id !== id) return;
    onPage = true;
    const job = current;
    stop();
    routeOnPage(job.args, job.done);
  };
  const job: RouteJob = { id, links, lanes, steps, x0, x1, lang, patterns: hasPatterns(lang) };
  // copying thousands of steps into the message takes a while: after the edit is painted
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (current?.id === id) w.postMessage(job);
    }, 0),
  );
};

type Shown = { readonly patterns: number; readonly settled: number; readonly geometry: Geometry };

/**
 * The screen's layouts (cache.ts shownGeometryOf) once a routing has been slow: where a layout would route its
 * arrows again (routing took `fromMs` or more the last time) and there is a routing of mostly the same
 * steps to start from — or the diagram has `firstLinks` arrows or more and has not been routed — the arrows
 * are provisional (provisional.ts) and `background` routes them. Such a
 * layout is kept only until they come; the layout after that takes the routing over (reuse.ts) and is the
 * full layout, kept as any other.
 */
export function shownLater(background: Background = routeLater, fromMs = LATER_MS, firstLinks = FIRST_LATER_LINKS): ShownLayout {
  /** By the cache's map of layouts (the recent ones, or a gesture's), then by diagram. */
  const provisional = new WeakMap<object, WeakMap<Diagram, Shown>>();
  return (key, d, lay, made, keep) => {
    const patterns = patternsVersion();
    let mine = provisional.get(key);
    if (!mine) provisional.set(key, (mine = new WeakMap()));
    const shown = mine.get(d);
    if (shown && shown.patterns === patterns && shown.settled === settledVersion()) return shown.geometry;
    let pending = false;
    const route: Router = (...args) => {
      const before = lastRouting();
      const many = args[0].length >= firstLinks;
      if (routedBefore(...args) === null && ((before && lastRoutingMs() >= fromMs) || many)) {
        // (from the last routing where it routed mostly these steps; a diagram of many arrows never routed: unrouted)
        const quick = (before && provisionalRouting(args[0], args[1], args[2], before)) || (many ? unroutedLinks(args[0], args[1], args[2]) : null);
        if (quick) {
          pending = true;
          background(args, (out, ms) => {
            // (unless something was routed on the spot meanwhile — another diagram opened, an export: that is newer)
            if (lastRouting() === before) rememberRouting(args, out, patterns, ms);
            settle();
          });
          return quick;
        }
      }
      return routeLinksReusing(...args);
    };
    const geometry = made(() => lay(route));
    if (pending) mine.set(d, { patterns, settled: settledVersion(), geometry });
    else keep(geometry);
    return geometry;
  };
}

// (where there are workers: elsewhere, as in the tests' Node and jsdom, the screen routes on the spot)
if (typeof Worker !== 'undefined') background.shown ??= shownLater();
