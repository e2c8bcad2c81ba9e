/** One layout per Diagram object: the screen's components share it instead of each laying out again. */
import type { Diagram } from '../model/types';
import type { Geometry } from './geometry';
import { layoutDiagram } from './layoutDiagram';

const cache = new WeakMap<Diagram, Geometry>();

export function geometryOf(d: Diagram): Geometry {
  let g = cache.get(d);
  if (!g) {
    g = layoutDiagram(d);
    cache.set(d, g);
  }
  return g;
}
