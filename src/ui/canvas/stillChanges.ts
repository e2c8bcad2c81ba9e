/**
 * What of a large diagram's picture (StillLayer.tsx) an edit changed: the boxes, before and after, of the
 * steps and arrows that the new layout did not take over (layout/keepIdentity.ts hands back the very
 * objects for all that came out the same). The picture is then drawn again only there — a typed title
 * repaints one step, not the 8 million pixels around the view.
 */
import type { Geometry, LinkGeometry, Rect, StepGeometry } from '../../layout/geometry';
import { linkLabelBox } from '../../scene/links';

/** Room around a box for what is drawn past it: a border's outer half, an arrowhead, a period mark's ends. */
const PAD = 12;

/** A link's bounding box: its route's numbers (M/L/C/Q… with absolute coordinates), its head and its title's box. */
const boxOfLink = new WeakMap<LinkGeometry, Rect>();
export function linkBox(l: LinkGeometry): Rect {
  let box = boxOfLink.get(l);
  if (box) return box;
  const n = l.path.match(/-?\d*\.?\d+(?:e-?\d+)?/g)?.map(Number) ?? [];
  let x0 = Math.min(l.start.x, l.end.x);
  let x1 = Math.max(l.start.x, l.end.x);
  let y0 = Math.min(l.start.y, l.end.y);
  let y1 = Math.max(l.start.y, l.end.y);
  for (let i = 0; i + 1 < n.length; i += 2) {
    x0 = Math.min(x0, n[i]!);
    x1 = Math.max(x1, n[i]!);
    y0 = Math.min(y0, n[i + 1]!);
    y1 = Math.max(y1, n[i + 1]!);
  }
  if (l.label && l.label.lines.length > 0) {
    const t = linkLabelBox(l.label);
    x0 = Math.min(x0, t.x);
    x1 = Math.max(x1, t.x + t.width);
    y0 = Math.min(y0, t.y);
    y1 = Math.max(y1, t.y + t.height);
  }
  box = { x: x0 - PAD, y: y0 - PAD, width: x1 - x0 + 2 * PAD, height: y1 - y0 + 2 * PAD };
  boxOfLink.set(l, box);
  return box;
}

/** A step's box with its period mark under it. */
export function stepBox(s: StepGeometry): Rect {
  const x0 = Math.min(s.x, s.period.x);
  const x1 = Math.max(s.x + s.width, s.period.x2);
  const y1 = Math.max(s.y + s.height, s.period.y);
  return { x: x0 - PAD, y: s.y - PAD, width: x1 - x0 + 2 * PAD, height: y1 - s.y + 2 * PAD };
}

/**
 * The boxes where the picture of `next` may differ from that of `prev` (each changed step or arrow where
 * it was and where it is), or null when more than `limit` of them changed (draw it all again).
 */
export function changedBoxes(prev: Geometry, next: Geometry, limit: number): Rect[] | null {
  const out: Rect[] = [];
  const gather = <T extends { readonly id: string }>(a: readonly T[], b: readonly T[], box: (x: T) => Rect): boolean => {
    if (a === b) return true;
    const before = new Map(a.map((x) => [x.id, x]));
    for (const x of b) {
      const old = before.get(x.id);
      before.delete(x.id);
      if (old === x) continue;
      out.push(box(x));
      if (old) out.push(box(old));
      if (out.length > limit) return false;
    }
    // what is gone
    for (const old of before.values()) {
      out.push(box(old));
      if (out.length > limit) return false;
    }
    return true;
  };
  return gather(prev.steps, next.steps, stepBox) && gather(prev.links, next.links, linkBox) ? out : null;
}
