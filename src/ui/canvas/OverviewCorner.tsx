/**
 * The minimap in the first corner of the canvas where it covers no step (bottom right, bottom left, top
 * right, top left; it stays in its corner while that one is free), and not at all while every corner holds a
 * step. Loaded when the map first shows (OverviewMap.tsx).
 */
import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geometry } from '../../layout/geometry';
import { BLOCK, freeCorner, MAP } from './overviewPlace';
import { useOverviewMap } from './overviewShown';
import type { StepFlowNode } from './StepNode';

const minimapColor = (n: StepFlowNode) => n.data.geometry.border;
// a large diagram's steps are not all React Flow's: its map draws them all itself
const StillOverview = lazy(() => import('./StillOverview'));

export default function OverviewCorner({ geometry, large }: { geometry: Geometry; large: boolean }) {
  const { t } = useTranslation();
  const corner = useOverviewMap((s) => s.corner);
  // null: no corner is free of steps
  const free = useStore(useCallback((s: ReactFlowState) => freeCorner(geometry.steps, s.transform, s.width, s.height, corner), [geometry, corner]));
  // (drawn in the free corner at once; remembered for the next time it shows)
  useEffect(() => {
    if (free !== null && free !== corner) useOverviewMap.setState({ corner: free });
  }, [free, corner]);
  if (free === null) return null;
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
