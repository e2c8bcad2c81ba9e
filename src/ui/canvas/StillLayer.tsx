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
import { linkWithLabelShapes } from '../../scene/links';
import { periodMark } from '../../scene/periodMarks';
import { stepShapes } from '../../scene/steps';
import { useKeyboard, useSelection } from '../../store/sessionStore';
import { DETAIL_ZOOM, outOfPicture } from './DiagramCanvas';
import { stepNodeOf } from './keyboard';
import { LIVE_LIMIT, liveSet, sameLive, sameSet, viewBox, type Live } from './liveSet';
import { changedBoxes, linkBox, stepBox } from './stillChanges';

/** How long the view must keep still before the live set and the picture follow it. */
export const REST_MS = 140;
/** The picture covers the view and this much of its size on every side (what a pan reveals at first). */
const AROUND = 0.5;
/** At most this many pixels in the picture (it is drawn coarser beyond). */
const MAX_PIXELS = 8e6;
/** An edit that changed more steps and arrows than this (counted before and after) draws the whole picture again. */
const CHANGED_LIMIT = 200;

type Props = { geometry: Geometry; dragged: ReadonlySet<string> | null; onLive: (live: Live) => void };

/** What the picture was drawn of: drawn again only when one of these changed. */
type Drawn = {
  geometry: Geometry;
  cover: Rect;
  scale: number;
  without: ReadonlySet<string>;
  links: ReadonlySet<string>;
  text: boolean;
  dragged: ReadonlySet<string> | null;
};

const shapesOfStep = new WeakMap<object, Primitive[]>();
const markOfStep = new WeakMap<object, Primitive[]>();
const shapesOfLink = new WeakMap<LinkGeometry, Primitive[]>();
function cached<K extends object>(map: WeakMap<K, Primitive[]>, key: K, make: () => Primitive[]): Primitive[] {
  let shapes = map.get(key);
  if (!shapes) map.set(key, (shapes = make()));
  return shapes;
}

/**
 * The steps and arrows of the picture that lie in `region` (one rectangle, or any of several), in the order
 * of every other drawing (io/export/svg.ts): the steps' period marks (the backdrop's last layer under them;
 * the backdrop on screen holds only those of the steps left out of the picture), the arrows, the steps.
 */
function shapesIn(d: Drawn, region: (box: Rect) => boolean): Primitive[] {
  const items: Primitive[] = [];
  const steps = d.geometry.steps.filter((s) => !d.without.has(s.id) && region(stepBox(s)));
  for (const s of steps) items.push(...cached(markOfStep, s, () => [periodMark(s)]));
  for (const l of d.geometry.links) {
    if (d.links.has(l.id) || d.dragged?.has(l.from) || d.dragged?.has(l.to) || !region(linkBox(l))) continue;
    items.push(...cached(shapesOfLink, l, () => linkWithLabelShapes(l)));
  }
  for (const s of steps) items.push(...cached(shapesOfStep, s, () => stepShapes(s)));
  return items;
}

function draw(canvas: HTMLCanvasElement, d: Drawn): void {
  performance.mark('polku:still-drawn');
  const { cover, scale } = d;
  canvas.width = Math.max(1, Math.round(cover.width * scale));
  canvas.height = Math.max(1, Math.round(cover.height * scale));
  Object.assign(canvas.style, { left: `${cover.x}px`, top: `${cover.y}px`, width: `${cover.width}px`, height: `${cover.height}px` });
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(scale, 0, 0, scale, -cover.x * scale, -cover.y * scale);
  drawPrimitives(ctx, shapesIn(d, (box) => overlaps(box, cover)), d.text);
}

/**
 * The picture drawn again only inside `boxes` (what an edit changed), over what it holds: each box widened
 * to whole canvas pixels, cleared, and every shape that meets it drawn again in the order of a whole drawing.
 */
function redrawIn(canvas: HTMLCanvasElement, d: Drawn, boxes: readonly Rect[]): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || boxes.length === 0) return;
  const { cover, scale } = d;
  const shown = boxes.filter((b) => overlaps(b, cover));
  if (shown.length === 0) return;
  // each box in whole canvas pixels; what may be drawn there: every shape that meets it or the canvas pixel
  // around it (a shape's edge is smoothed into the pixel beside it; far out a pixel is many diagram px)
  const pixels = shown.map((b) => {
    const x0 = Math.floor((b.x - cover.x) * scale);
    const y0 = Math.floor((b.y - cover.y) * scale);
    const x1 = Math.ceil((b.x + b.width - cover.x) * scale);
    const y1 = Math.ceil((b.y + b.height - cover.y) * scale);
    return { x0, y0, x1, y1, meets: { x: cover.x + (x0 - 1) / scale, y: cover.y + (y0 - 1) / scale, width: (x1 - x0 + 2) / scale, height: (y1 - y0 + 2) / scale } };
  });
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.beginPath();
  for (const p of pixels) ctx.rect(p.x0, p.y0, p.x1 - p.x0, p.y1 - p.y0);
  ctx.clip();
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, -cover.x * scale, -cover.y * scale);
  drawPrimitives(ctx, shapesIn(d, (box) => pixels.some((p) => overlaps(box, p.meets))), d.text);
  ctx.restore();
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
  /** Stops the drawing put off until an edit was painted (below, partial or whole), if one is waiting. */
  const putOff = useRef<(() => void) | null>(null);
  useEffect(() => () => putOff.current?.(), []);

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
    const without = outOfPicture(next, dragged);
    const want: Drawn = { geometry, cover, scale, without, links: next.links, text: transform[2] >= DETAIL_ZOOM, dragged };
    const was = drawn.current;
    // the same view of the picture: the same part, scale, words and steps and arrows left to React Flow
    const sameView =
      was !== null &&
      was.scale === want.scale &&
      was.text === want.text &&
      was.cover.x === cover.x &&
      was.cover.y === cover.y &&
      was.cover.width === cover.width &&
      was.cover.height === cover.height &&
      sameSet(was.without, want.without) &&
      sameSet(was.links, want.links);
    if (sameView && was.geometry === want.geometry) return;
    drawn.current = want;
    // a drawing still waiting: the canvas does not hold `was`
    const waiting = putOff.current !== null;
    putOff.current?.();
    putOff.current = null;
    // An edit (only the layout changed): the picture is drawn again after the edit has been painted — the
    // edited steps are React Flow's, so the person sees the edit at once, and the rest of the picture follows
    // a frame later: where it changed, when that is a few steps and arrows, else whole (a move: rows packed
    // again, lanes below moved; at 10,000 steps the whole drawing takes ~0.4 s). A drawing still waiting
    // when the next edit comes is dropped for a whole one.
    const later = (run: () => void) => {
      let timer = 0;
      const frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => {
          putOff.current = null;
          run();
        }, 0);
      });
      putOff.current = () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    };
    const same = sameView && was.dragged === dragged && !waiting;
    const changed = same ? changedBoxes(was.geometry, want.geometry, CHANGED_LIMIT) : null;
    if (changed) later(() => redrawIn(el, want, changed));
    else if (sameView) later(() => draw(el, want));
    else draw(el, want);
  }, [api, rest, geometry, selection, link, dragged, hovered, focused, focusing, onLive]);

  return (
    <ViewportPortal>
      <canvas ref={canvas} className="polku-still" aria-hidden="true" />
    </ViewportPortal>
  );
}
