/**
 * One layout per Diagram object: the screen's components share it instead of each laying out again.
 * While a gesture is under way the screen lays out with the time frame of the diagram from before
 * it (`geometryHeld`), so that dragging a step past the axis's end does not rescale the axis at
 * every step of the drag; the frame is chosen anew when the pointer is let go.
 */
import type { Diagram } from '../model/types';
import { makeFrame, type Frame } from './axis';
import type { Geometry } from './geometry';
import { layoutDiagram } from './layoutDiagram';

const cache = new WeakMap<Diagram, Geometry>();
const frames = new WeakMap<Diagram, Frame>();
const held = new WeakMap<Diagram, WeakMap<Diagram, Geometry>>();

export function geometryOf(d: Diagram): Geometry {
  let g = cache.get(d);
  if (!g) {
    g = layoutDiagram(d, frameOf(d));
    cache.set(d, g);
  }
  return g;
}

/** The time frame (scale, axis ends) `d` is laid out in. */
export function frameOf(d: Diagram): Frame {
  let f = frames.get(d);
  if (!f) {
    f = makeFrame(d);
    frames.set(d, f);
  }
  return f;
}

/** `d` laid out in the time frame of `from` (the diagram before a gesture); `from` itself as geometryOf gives it. */
export function geometryHeld(d: Diagram, from: Diagram): Geometry {
  if (d === from) return geometryOf(d);
  let byDiagram = held.get(from);
  if (!byDiagram) {
    byDiagram = new WeakMap();
    held.set(from, byDiagram);
  }
  let g = byDiagram.get(d);
  if (!g) {
    g = layoutDiagram(d, frameOf(from), true);
    byDiagram.set(d, g);
  }
  return g;
}
