/**
 * Identity for what did not change: a new layout hands back the previous layout's objects for every step,
 * arrow, lane, phase and part that came out the same (same id, equal in every value), and the whole
 * previous layout when nothing changed at all. Memoised components (the screen's step nodes, arrows,
 * backdrop, outline) and React Flow, which reuses a node's internals only when the node object is the
 * same, then skip what an edit did not touch.
 */
import { sameJson } from '../model/sameJson';
import type { Geometry } from './geometry';

/**
 * Whether two elements surely differ where an edit moves things: their place (x, y) or an arrow's route.
 * Looked at before the whole of each is compared (after a lane grows, thousands of steps below it differ
 * only in y, and a step's words come before it).
 */
const movedApart = (a: object, b: object) => {
  const p = a as Record<string, unknown>;
  const q = b as Record<string, unknown>;
  return p['y'] !== q['y'] || p['x'] !== q['x'] || p['path'] !== q['path'];
};

/** `next` with every element equal to the element of `prev` with its id replaced by that element. */
function keepList<T extends { readonly id: string }>(prev: readonly T[], next: readonly T[]): readonly T[] {
  if (prev === next) return prev;
  const before = new Map(prev.map((x) => [x.id, x]));
  let all = prev.length === next.length;
  const out = next.map((x, i) => {
    const old = before.get(x.id);
    const kept = old !== undefined && (old === x || (!movedApart(old, x) && sameJson(old, x))) ? old : x;
    if (kept !== prev[i]) all = false;
    return kept;
  });
  return all ? prev : out;
}

const keepPart = <T>(prev: T, next: T): T => (sameJson(prev, next) ? prev : next);

/** `next` sharing every unchanged object with `prev`; `prev` itself when the two are equal throughout. */
export function keepIdentity(prev: Geometry | null, next: Geometry): Geometry {
  if (prev === null || prev === next) return next;
  const kept: Geometry = {
    width: next.width,
    height: next.height,
    title: keepPart(prev.title, next.title),
    subtitle: keepPart(prev.subtitle, next.subtitle),
    source: keepPart(prev.source, next.source),
    axis: keepPart(prev.axis, next.axis),
    lanes: keepList(prev.lanes, next.lanes),
    phases: keepList(prev.phases, next.phases),
    depth: keepPart(prev.depth, next.depth),
    steps: keepList(prev.steps, next.steps),
    links: keepList(prev.links, next.links),
    legend: keepPart(prev.legend, next.legend),
    body: keepPart(prev.body, next.body),
  };
  const same = (Object.keys(kept) as (keyof Geometry)[]).every((k) => kept[k] === prev[k]);
  return same ? prev : kept;
}
