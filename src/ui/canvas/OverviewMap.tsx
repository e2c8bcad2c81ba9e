/**
 * The minimap ("Pienoiskartta"), shown only while zoomed in (at fit to view
 * it would only cover the diagram), and never over a step: it sits in the first corner of the canvas where it covers none
 * (bottom right, bottom left, top right, top left; it stays in its corner
 * while that one is free), and not at all while every corner holds a step.
 * The person turns it off and on with its toggle by the zoom buttons (or
 * its own ×).
 */
import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { Geometry } from '../../layout/geometry';
import { BLOCK, freeCorner, MAP, SHOW_BELOW, shareInView, type Corner } from './overviewPlace';
import type { StepFlowNode } from './StepNode';

const minimapColor = (n: StepFlowNode) => n.data.geometry.border;
// a large diagram's steps are not all React Flow's: its map draws them all itself
const StillOverview = lazy(() => import('./StillOverview'));

/** Whether the person wants the minimap (the toggle by the zoom buttons, or the map's own ×). */
export const useOverviewMap = create<{ on: boolean }>()(() => ({ on: true }));

export function OverviewMap({ geometry, large }: { geometry: Geometry; large: boolean }) {
  const { t } = useTranslation();
  const on = useOverviewMap((s) => s.on);
  const [corner, setCorner] = useState<Corner>('bottom-right');
  const zoomedIn = useStore(useCallback((s: ReactFlowState) => shareInView(geometry, s.transform, s.width, s.height) < SHOW_BELOW, [geometry]));
  // null: no corner is free of steps
  const free = useStore(
    useCallback(
      (s: ReactFlowState) => (on && zoomedIn ? freeCorner(geometry.steps, s.transform, s.width, s.height, corner) : corner),
      [geometry, on, zoomedIn, corner],
    ),
  );
  if (free !== null && free !== corner) setCorner(free);
  if (!on || !zoomedIn || free === null) return null;
  return (
    <div className={`polku-overview is-${free}`} style={{ width: BLOCK.width, height: BLOCK.height }}>
      <button
        type="button"
        className="polku-overview-toggle"
        aria-label={t('laptop.hideMap')}
        title={t('laptop.hideMap')}
        onClick={() => useOverviewMap.setState({ on: false })}
      >
        <span aria-hidden="true">×</span>
      </button>
      {large ? (
        <Suspense fallback={null}>
          <StillOverview geometry={geometry} label={t('rf.minimap')} />
        </Suspense>
      ) : (
        <MiniMap<StepFlowNode> pannable zoomable nodeColor={minimapColor} ariaLabel={t('rf.minimap')} style={{ width: MAP.width, height: MAP.height }} />
      )}
    </div>
  );
}
