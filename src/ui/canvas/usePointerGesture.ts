/**
 * A pointer drag that edits the model: from pointer down to up, every move
 * gives the pointer's diagram position to `next`, whose diagram (computed
 * from the one before the drag) is applied. The whole drag is one undo step;
 * Escape puts everything back as it was.
 */
import { useReactFlow, type XYPosition } from '@xyflow/react';
import { useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import type { Diagram } from '../../model/types';
import { useDocumentStore } from '../../store/documentStore';

export type NextDiagram = (at: XYPosition) => Diagram | null;

export function usePointerGesture(): (e: ReactPointerEvent, next: NextDiagram) => void {
  const store = useDocumentStore();
  const flow = useReactFlow();
  return useCallback(
    (e: ReactPointerEvent, next: NextDiagram) => {
      if (e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      store.getState().beginGesture();
      const move = (ev: PointerEvent) => {
        const d = next(flow.screenToFlowPosition({ x: ev.clientX, y: ev.clientY }));
        if (d && d !== store.getState().diagram) store.getState().apply(d);
      };
      const stop = (cancel: boolean) => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', cancelled);
        window.removeEventListener('keydown', key, true);
        if (cancel) store.getState().cancelGesture();
        else store.getState().endGesture();
      };
      const up = () => stop(false);
      const cancelled = () => stop(true);
      const key = (ev: KeyboardEvent) => {
        if (ev.key !== 'Escape') return;
        ev.preventDefault();
        ev.stopPropagation();
        stop(true);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', cancelled);
      window.addEventListener('keydown', key, true);
    },
    [store, flow],
  );
}
