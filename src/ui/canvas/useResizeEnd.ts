/**
 * Dragging a step's right edge (the `.polku-resize` strip each step node
 * draws) changes the step's end in whole months (or days, see shiftTo), as one undo step. One
 * listener for all steps, so that a diagram of thousands of steps does not
 * carry a handler (and hooks) per node.
 */
import { useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import { shownGeometryOf } from '../../layout/cache';
import { shiftTo } from '../../layout/place';
import { canvasEditsNow } from './canvasEdits';
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
      const g = shownGeometryOf(before);
      // the end now (a step without an end grows from its start) goes to the day or month under the pointer
      const from = step.end ?? step.start;
      gesture(e, (at) => {
        const ops = canvasEditsNow();
        if (!ops) return null; // (loading since the first pointer event: this move is skipped)
        const r = ops.resizeStepEnd(before, id, shiftTo(g, from, at.x));
        return r.ok ? r.diagram : null;
      });
    },
    [store, gesture],
  );
}
