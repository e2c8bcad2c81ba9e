/**
 * "Kaksoisnapsauta tasoa lisätäksesi askeleen" in each level that has no step:
 * the one hint that matters on an empty canvas. Screen only (HTML in React
 * Flow's viewport, never part of the diagram, so never in an export); it lets
 * every pointer event through to the lane underneath, so the double-click it
 * asks for lands where it points.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geometry } from '../../layout/geometry';

export const EmptyLaneHints = memo(function EmptyLaneHints({ geometry }: { geometry: Geometry }) {
  const { t } = useTranslation();
  const used = new Set(geometry.steps.map((s) => s.lane));
  const empty = geometry.lanes.filter((l) => !used.has(l.id));
  if (empty.length === 0) return null;
  return (
    <ViewportPortal>
      {empty.map((lane) => {
        const left = lane.header.x + lane.header.width;
        return (
          <div
            key={lane.id}
            className="polku-lane-hint"
            style={{ left, top: lane.y, width: Math.max(0, geometry.axis.x1 - left), height: lane.height }}
          >
            <span>{t('guide.emptyLane')}</span>
          </div>
        );
      })}
    </ViewportPortal>
  );
});
