/**
 * A large diagram on screen (more than LARGE_DIAGRAM steps): React Flow holds only the live steps and
 * arrows (liveSet.ts) and everything else is one picture drawn from the scene with Canvas 2D
 * (scene/canvas2d.ts) into a canvas inside the viewport, under React Flow's nodes and edges. While the view
 * pans or zooms nothing is re-rendered: the viewport's transform moves and scales the picture and the few
 * live nodes. When the view rests (REST_MS after its last change) the live set is chosen again for the new
 * view and the picture drawn again, sharp at the new zoom, for the view and half of it around.
 *
 * A step under the pointer becomes live (so it can be clicked, dragged and linked like any other), as do the
 * selected and focused steps and the one Tab or Find is about to focus.
 */
import { ViewportPortal, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { Geometry, LinkGeometry, Rect } from '../../layout/geometry';
import { stepAt } from '../../layout/place';
import { overlaps } from '../../layout/rect';
import { drawPrimitives } from '../../scene/canvas2d';
import type { Primitive } from '../../scene/primitives';
import { linkLabelBox, linkWithLabelShapes } from '../../scene/links';
import { stepShapes } from '../../scene/steps';
import { useKeyboard, useSelection } from '../../store/sessionStore';
import { DETAIL_ZOOM } from './DiagramCanvas';
import { stepNodeOf } from './keyboard';
import { LIVE_LIMIT, liveSet, sameLive, sameSet, viewBox, type Live } from './liveSet';

/** How long the view must keep still before the live set and the picture follow it. */
export const REST_MS = 140;
/** The picture covers the view and this much of its size on every side (what a pan reveals at first). */
const AROUND = 0.5;
/** At most this many pixels in the picture (it is drawn coarser beyond). */
const MAX_PIXELS = 8e6;

type Props = { geometry: Geometry; dragged: ReadonlySet<string> | null; onLive: (live: Live) => void };

/** What the picture was drawn of: drawn again only when one of these changed. */
type Drawn = { geometry: Geometry; cover: Rect; scale: number; without: ReadonlySet<string>; links: ReadonlySet<string>; text: boolean };

const shapesOfStep = new WeakMap<object, Primitive[]>();
const shapesOfLink = new WeakMap<LinkGeometry, Primitive[]>();
function cached<K extends object>(map: WeakMap<K, Primitive[]>, key: K, make: () => Primitive[]): Primitive[] {
  let shapes = map.get(key);
  if (!shapes) map.set(key, (shapes = make()));
  return shapes;
}

/** A link's bounding box: its route's numbers (M/L/C/Q… with absolute coordinates), its head and its title's box. */
const boxOfLink = new WeakMap<LinkGeometry, Rect>();
function linkBox(l: LinkGeometry): Rect {
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
  // (the arrowhead and the stroke stand a few px beyond the route's points)
  const pad = 12;
  box = { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
  boxOfLink.set(l, box);
  return box;
}

function draw(canvas: HTMLCanvasElement, d: Drawn, dragged: ReadonlySet<string> | null): void {
  const { cover, scale } = d;
  canvas.width = Math.max(1, Math.round(cover.width * scale));
  canvas.height = Math.max(1, Math.round(cover.height * scale));
  Object.assign(canvas.style, { left: `${cover.x}px`, top: `${cover.y}px`, width: `${cover.width}px`, height: `${cover.height}px` });
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(scale, 0, 0, scale, -cover.x * scale, -cover.y * scale);
  const items: Primitive[] = [];
  for (const l of d.geometry.links) {
    if (d.links.has(l.id) || dragged?.has(l.from) || dragged?.has(l.to) || !overlaps(linkBox(l), cover)) continue;
    items.push(...cached(shapesOfLink, l, () => linkWithLabelShapes(l)));
  }
  for (const s of d.geometry.steps) {
    if (d.without.has(s.id) || !overlaps(s, cover)) continue;
    items.push(...cached(shapesOfStep, s, () => stepShapes(s)));
  }
  drawPrimitives(ctx, items, d.text);
}

export default function StillLayer({ geometry, dragged, onLive }: Props) {
  const api = useStoreApi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const selection = useSelection((s) => s.steps);
  const link = useSelection((s) => s.link);
  const focusing = useKeyboard((s) => s.focusing);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  // bumped when the view has come to rest after a change (or the pane changed size)
  const [rest, setRest] = useState(0);
  const live = useRef<Live | null>(null);
  const drawn = useRef<Drawn | null>(null);

  useEffect(() => {
    let timer = 0;
    let { transform, width, height } = api.getState();
    const stop = api.subscribe((s) => {
      if (s.transform === transform && s.width === width && s.height === height) return;
      ({ transform, width, height } = s);
      clearTimeout(timer);
      timer = window.setTimeout(() => setRest((r) => r + 1), REST_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [api]);

  // the step under a pointer that hovers over the picture becomes live; the focused step stays live
  useEffect(() => {
    const pane = api.getState().domNode;
    if (!pane) return;
    let frame = 0;
    const onMove = (e: PointerEvent) => {
      // (not while a button pans the view or drags a step; while an arrow is drawn, its target must be live)
      if (frame || (e.buttons !== 0 && !api.getState().connection.inProgress)) return;
      const target = e.target;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!(target instanceof Element) || !target.classList.contains('react-flow__pane')) return;
        const { transform, domNode } = api.getState();
        const box = domNode?.getBoundingClientRect();
        if (!box) return;
        const [tx, ty, zoom] = transform;
        setHovered(stepAt(geometry, (e.clientX - box.left - tx) / zoom, (e.clientY - box.top - ty) / zoom));
      });
    };
    const onFocus = (e: FocusEvent) => {
      const node = stepNodeOf(e.target);
      if (node) setFocused(node.dataset.id ?? null);
    };
    pane.addEventListener('pointermove', onMove);
    document.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('pointermove', onMove);
      document.removeEventListener('focusin', onFocus);
    };
  }, [api, geometry]);

  useEffect(() => {
    const { transform, width, height } = api.getState();
    if (!width || !height) return;
    const keep = [...selection, ...(dragged ?? [])];
    for (const id of [hovered, focused, focusing]) if (id !== null) keep.push(id);
    const next = liveSet(geometry, viewBox(transform, width, height, 0.25), keep, link, LIVE_LIMIT, viewBox(transform, width, height));
    if (!sameLive(live.current, next)) {
      live.current = next;
      onLive(next);
    }
    const el = canvas.current;
    if (!el) return;
    const around = viewBox(transform, width, height, AROUND);
    const x = Math.max(0, around.x);
    const y = Math.max(0, around.y);
    const cover = { x, y, width: Math.max(1, Math.min(geometry.width, around.x + around.width) - x), height: Math.max(1, Math.min(geometry.height, around.y + around.height) - y) };
    const ideal = transform[2] * (window.devicePixelRatio || 1);
    const scale = Math.min(ideal, Math.sqrt(MAX_PIXELS / (cover.width * cover.height)));
    // near in, the view's steps are React Flow's; further out only the dragged ones are not in the picture
    const without = next.near ? next.steps : (dragged ?? new Set<string>());
    const want: Drawn = { geometry, cover, scale, without, links: next.links, text: transform[2] >= DETAIL_ZOOM };
    const was = drawn.current;
    if (
      was &&
      was.geometry === want.geometry &&
      was.scale === want.scale &&
      was.text === want.text &&
      was.cover.x === cover.x &&
      was.cover.y === cover.y &&
      was.cover.width === cover.width &&
      was.cover.height === cover.height &&
      sameSet(was.without, want.without) &&
      sameSet(was.links, want.links)
    )
      return;
    drawn.current = want;
    draw(el, want, dragged);
  }, [api, rest, geometry, selection, link, dragged, hovered, focused, focusing, onLive]);

  return (
    <ViewportPortal>
      <canvas ref={canvas} className="polku-still" aria-hidden="true" />
    </ViewportPortal>
  );
}
