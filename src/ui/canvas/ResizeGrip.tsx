/** The right edge of a step: dragging it changes the step's end in whole months (one undo step). */
import { memo, useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryOf } from '../../layout/cache';
import { monthAt, monthsBetween } from '../../layout/place';
import { resizeStepEnd } from '../../model/operations';
import { useDocumentStore } from '../../store/documentStore';
import { usePointerGesture } from './usePointerGesture';

export const ResizeGrip = memo(function ResizeGrip({ id }: { id: string }) {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const gesture = usePointerGesture();
  const onPointerDown = useCallback(
    (e: ReactPointerEvent) => {
      const before = store.getState().diagram;
      const step = before.steps.find((s) => s.id === id);
      if (!step) return;
      const g = geometryOf(before);
      // the month the end is in now (a step without an end grows from its start)
      const from = (step.end ?? step.start).slice(0, 7);
      gesture(e, (at) => {
        const r = resizeStepEnd(before, id, monthsBetween(from, monthAt(g, at.x)));
        return r.ok ? r.diagram : null;
      });
    },
    [id, store, gesture],
  );
  return <div className="polku-resize nodrag nopan" title={t('resizeStep')} aria-hidden="true" onPointerDown={onPointerDown} />;
});
