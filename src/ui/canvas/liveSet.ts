/**
 * Which steps and arrows of a large diagram are React Flow's (live DOM: focusable, clickable, draggable)
 * and which the still layer draws as one picture (StillLayer.tsx). Pure: the view, the layout and the
 * steps that must stay live in, the sets out.
 *
 * Near in (at most LIVE_LIMIT steps in and around the view), every step there is live, and every arrow
 * between two live steps. Further out, only the first step in view (where Tab enters the diagram) and the
 * steps the person is working with: selected, focused, under the pointer, about to take the focus, and the
 * ends of a selected arrow. React Flow's work at every frame
 * of a pan or zoom grows with the nodes and edges it holds (each one's store selectors run), so these sets
 * change only when the view rests.
 */
import type { Geometry, Rect } from '../../layout/geometry';
import { overlaps } from '../../layout/rect';

/** At most this many steps in (and around) the view are live (500 left 6 % of the zoom frames at 500 steps over 20 ms in the bench; 250: 0 %). */
export const LIVE_LIMIT = 250;

export type Live = {
  readonly steps: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
  /** the view's steps are all live (false: only the kept ones) */
  readonly near: boolean;
};

/** The part of the diagram in view (React Flow's transform [x, y, zoom] on a pane of width × height), grown by `margin` of its size on each side. */
export function viewBox(transform: readonly [number, number, number], width: number, height: number, margin = 0): Rect {
  const [tx, ty, zoom] = transform;
  const w = width / zoom;
  const h = height / zoom;
  return { x: -tx / zoom - margin * w, y: -ty / zoom - margin * h, width: w * (1 + 2 * margin), height: h * (1 + 2 * margin) };
}

/**
 * The live steps and arrows for a view (with what is around it): `keep` are live wherever they are; `link` is a
 * selected arrow (it and its ends are live); `seen`: the part on screen, where the first step is Tab's way in.
 */
export function liveSet(g: Geometry, view: Rect, keep: Iterable<string>, link: string | null = null, limit = LIVE_LIMIT, seen: Rect = view): Live {
  const steps = new Set<string>();
  // (the layout's steps are in time order: the first in view is where Tab enters the diagram)
  let first: string | null = null;
  for (const s of g.steps) {
    if (!overlaps(s, view)) continue;
    if (first === null && overlaps(s, seen)) first = s.id;
    steps.add(s.id);
    // past the limit only the first on screen is still looked for
    if (steps.size > limit && first !== null) break;
  }
  const near = steps.size <= limit;
  if (!near) {
    steps.clear();
    // far out the keyboard still enters the diagram: at the first step on screen (Tab goes on from there)
    if (first !== null) steps.add(first);
  }
  for (const id of keep) steps.add(id);
  const selected = link === null ? undefined : g.links.find((l) => l.id === link);
  if (selected) steps.add(selected.from).add(selected.to);
  const links = new Set<string>();
  for (const l of g.links) if (steps.has(l.from) && steps.has(l.to) && (near || l.id === link)) links.add(l.id);
  return { steps, links, near };
}

/** Whether two sets hold the same ids. */
export const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));

/** Whether two live sets hold the same steps and arrows. */
export function sameLive(a: Live | null, b: Live): boolean {
  return a !== null && a.near === b.near && sameSet(a.steps, b.steps) && sameSet(a.links, b.links);
}
