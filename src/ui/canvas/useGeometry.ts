/**
 * The geometry the screen draws: the open diagram's, in the time frame held while a gesture is under way,
 * with a large diagram's arrows provisional for a moment after an edit (see layout/cache.ts); drawn again
 * when the arrows routed in the background arrive.
 */
import { useSyncExternalStore } from 'react';
import { shownGeometryOf } from '../../layout/cache';
import { settledVersion, subscribeSettled } from '../../layout/settled';
import type { Geometry } from '../../layout/geometry';
import type { Diagram } from '../../model/types';
import { useDocument } from '../../store/documentStore';

export function useGeometryOf(diagram: Diagram): Geometry {
  const from = useDocument((s) => s.gestureFrom);
  useSyncExternalStore(subscribeSettled, settledVersion);
  return shownGeometryOf(diagram, from ?? diagram);
}
