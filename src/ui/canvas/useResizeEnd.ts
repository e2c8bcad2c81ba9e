/**
 * Dragging a step's right edge (the `.polku-resize` strip each step node
 * draws) changes the step's end in whole months, as one undo step. One
 * listener for all steps, so that a diagram of thousands of steps does not
 * carry a handler (and hooks) per node.
 */
import { useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import { geometryOf } from '../../layout/cache';
import { monthAt, monthsBetween } from '../../layout/place';
import { resizeStepEnd } from '../../model/operations';
import { useDocumentStore } from '../../store/documentStore';
import { usePointerGesture } from './usePointerGesture';

export function useResizeEnd(): (e: ReactPointerEvent) => void {
  const store = useDocumentStore();
  const gesture = usePointerGesture();
  return useCallback(
    (e: ReactPointerEvent) => {
      const grip = e.target instanceof Element ? e.target.closest<HTMLElement>('.polku-resize[data-step]') : null;
      const id = grip?.dataset['step'];
      if (!id) return;
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
    [store, gesture],
  );
}
