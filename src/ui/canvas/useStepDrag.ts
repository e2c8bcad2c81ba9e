/**
 * Dragging steps on the time axis: sideways in whole months (or days), up or down to another lane
 * (what each move does is in stepDrag.ts, loaded with the canvas's edit operations). The whole drag
 * is one undo step; Escape puts the steps back where they were.
 */
import type { OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDocumentStore } from '../../store/documentStore';
import { canvasEditsNow } from './canvasEdits';
import type { StepFlowNode } from './StepNode';
import type { DragPreview, DragStart, StepDrag } from './stepDrag';

type Held = { start: DragStart; drag: StepDrag | null; cancelled: boolean };

export function useStepDrag() {
  const store = useDocumentStore();
  const held = useRef<Held | null>(null);
  const [preview, setPreview] = useState<DragPreview | null>(null);

  // Escape during a drag: the steps go back where they were, and the rest of the drag does nothing.
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      const h = held.current;
      if (e.key !== 'Escape' || !h || h.cancelled) return;
      e.preventDefault();
      e.stopPropagation();
      h.cancelled = true;
      setPreview(null);
      store.getState().cancelGesture();
    };
    window.addEventListener('keydown', key, true);
    return () => window.removeEventListener('keydown', key, true);
  }, [store]);

  const onNodeDragStart: OnNodeDrag<StepFlowNode> = useCallback(
    (_e, node, nodes) => {
      store.getState().beginGesture();
      const before = store.getState().diagram;
      const start = { before, anchor: node.id, from: new Map(nodes.map((n) => [n.id, n.position])), ids: new Set(nodes.map((n) => n.id)) };
      held.current = { start, drag: null, cancelled: false };
    },
    [store],
  );

  const onNodeDrag: OnNodeDrag<StepFlowNode> = useCallback(
    (_e, node) => {
      const h = held.current;
      // (the operations load on the first pointer event in the page: a move before they are here is skipped)
      const ops = canvasEditsNow();
      if (!h || h.cancelled || node.id !== h.start.anchor || !ops) return;
      h.drag ??= ops.beginDrag(h.start);
      if (!h.drag) return;
      const next = ops.dragTo(h.drag, node.position, store.getState().diagram);
      if (next.apply) store.getState().apply(next.apply);
      if (next.preview) setPreview(next.preview);
    },
    [store],
  );

  const onNodeDragStop: OnNodeDrag<StepFlowNode> = useCallback(() => {
    const h = held.current;
    if (!h) return;
    held.current = null;
    if (h.cancelled) return;
    const dropped = h.drag ? canvasEditsNow()?.dropDrag(h.drag) : null;
    if (dropped) store.getState().apply(dropped);
    setPreview(null);
    store.getState().endGesture();
  }, [store]);

  return { onNodeDragStart, onNodeDrag, onNodeDragStop, preview };
}
