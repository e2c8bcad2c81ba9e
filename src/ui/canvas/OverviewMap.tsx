/**
 * The minimap ("Pienoiskartta"), shown only while zoomed in (at fit to view it would only cover the
 * diagram), and never over a step (OverviewCorner.tsx, loaded when it first shows). The person turns it off
 * and on with its toggle by the zoom buttons (or its own ×). It shows once the diagram is drawn.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { afterDrawn } from '../afterDrawn';
import type { Geometry } from '../../layout/geometry';
import { SHOW_BELOW, shareInView, useOverviewMap } from './overviewShown';

const OverviewCorner = lazy(() => import('./OverviewCorner'));

export function OverviewMap({ geometry, large }: { geometry: Geometry; large: boolean }) {
  const on = useOverviewMap((s) => s.on);
  // (not before the diagram is drawn: until the view is fitted to it, it looks zoomed in)
  const [drawn, setDrawn] = useState(false);
  useEffect(() => afterDrawn(() => setDrawn(true), 0), []);
  const zoomedIn = useStore(useCallback((s: ReactFlowState) => shareInView(geometry, s.transform, s.width, s.height) < SHOW_BELOW, [geometry]));
  if (!drawn || !on || !zoomedIn) return null;
  return (
    <Suspense fallback={null}>
      <OverviewCorner geometry={geometry} large={large} />
    </Suspense>
  );
}
