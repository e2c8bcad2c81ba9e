/**
 * Handles on the phases' edges, in the header strip: dragging one moves the
 * phase dates in whole months (a shared boundary moves both phases; one
 * undo step). For the pointer; the keyboard edits the same dates in the
 * diagram panel.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shownGeometryOf } from '../../layout/cache';
import { phaseEdgesOf, type PhaseEdge } from '../../layout/phaseEdges';
import { shiftBetween } from '../../layout/place';
import type { Diagram } from '../../model/types';
import { useDocumentStore } from '../../store/documentStore';
import { canvasEditsNow } from './canvasEdits';
import { usePointerGesture } from './usePointerGesture';
import { useGeometryOf } from './useGeometry';

export const PhaseEdges = memo(function PhaseEdges({ diagram }: { diagram: Diagram }) {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const gesture = usePointerGesture();
  const g = useGeometryOf(diagram);
  const edges = phaseEdgesOf(diagram, g);

  const begin = (e: ReactPointerEvent, edge: PhaseEdge) => {
    const before = store.getState().diagram;
    const bg = shownGeometryOf(before);
    gesture(e, (at) => {
      // to the month (or, on an axis of days or weeks, day) boundary nearest the pointer
      const ops = canvasEditsNow();
      if (!ops) return null; // (loading since the first pointer event: this move is skipped)
      const r = ops.shiftPhaseEdges(before, edge, shiftBetween(bg, edge.x, at.x, true));
      return r.ok ? r.diagram : null;
    });
  };

  return (
    <ViewportPortal>
      <div className="polku-phase-edges" aria-hidden="true">
        {edges.map((edge) => (
          <div
            key={`${edge.starts.join(',')}|${edge.ends.join(',')}`}
            className="polku-phase-edge nodrag nopan"
            data-starts={edge.starts.join(' ')}
            data-ends={edge.ends.join(' ')}
            title={t('phaseEdge', { title: edge.title })}
            style={{ left: edge.x, top: edge.y, height: edge.height }}
            onPointerDown={(e) => begin(e, edge)}
          />
        ))}
      </div>
    </ViewportPortal>
  );
});
