/** The geometry the screen draws: the open diagram's, in the time frame held while a gesture is under way (see layout/cache.ts). */
import { geometryHeld, geometryOf } from '../../layout/cache';
import type { Geometry } from '../../layout/geometry';
import type { Diagram } from '../../model/types';
import { useDocument } from '../../store/documentStore';

export function useGeometryOf(diagram: Diagram): Geometry {
  const from = useDocument((s) => s.gestureFrom);
  return from ? geometryHeld(diagram, from) : geometryOf(diagram);
}
