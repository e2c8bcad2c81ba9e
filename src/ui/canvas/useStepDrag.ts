/**
 * Dragging steps on the time axis: sideways in whole months (or days, see shiftBetween), up or down to
 * another lane. Every frame recomputes the move from where the drag began (so
 * a day date keeps its day), the model moves, and the layout snaps the boxes
 * and their arrows at once. The whole drag is one undo step.
 */
import type { OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { geometryOf } from '../../layout/cache';
import { laneAt, shiftBetween } from '../../layout/place';
import { canvasEditsNow } from './canvasEdits';
import type { Diagram } from '../../model/types';
import { useDocumentStore } from '../../store/documentStore';
import type { StepFlowNode } from './StepNode';

type Drag = { before: Diagram; ids: string[]; anchor: string; anchorX: number; anchorLane: number; grabDx: number };

export function useStepDrag() {
  const store = useDocumentStore();
  const drag = useRef<Drag | null>(null);

  const onNodeDragStart: OnNodeDrag<StepFlowNode> = useCallback(
    (_e, node, nodes) => {
      const before = store.getState().diagram;
      const g = geometryOf(before);
      const box = g.steps.find((s) => s.id === node.id);
      const lane = before.lanes.findIndex((l) => l.id === box?.lane);
      if (!box || lane < 0) return;
      store.getState().beginGesture();
      drag.current = {
        before,
        ids: nodes.map((n) => n.id),
        anchor: node.id,
        // the step's start (its period's left end: a box set back at the axis's end starts before it)
        anchorX: box.period.x + 0.5,
        anchorLane: lane,
        grabDx: node.position.x - box.period.x,
      };
    },
    [store],
  );

  const onNodeDrag: OnNodeDrag<StepFlowNode> = useCallback(
    (_e, node) => {
      const d = drag.current;
      // (the operations load on the first pointer event in the page: a move before they are here is skipped)
      const ops = canvasEditsNow();
      if (!d || node.id !== d.anchor || !ops) return;
      const g = geometryOf(d.before);
      const box = g.steps.find((s) => s.id === node.id)!;
      // whole months, and whole days for day-dated steps where the axis shows days or weeks
      const shift = shiftBetween(g, d.anchorX, node.position.x - d.grabDx + 0.5);
      const laneId = laneAt(g, node.position.y + box.height / 2);
      const laneDelta = d.before.lanes.findIndex((l) => l.id === laneId) - d.anchorLane;
      const result = ops.moveSteps(d.before, d.ids, shift, laneDelta);
      if (result.ok && result.diagram !== store.getState().diagram) store.getState().apply(result.diagram);
    },
    [store],
  );

  const onNodeDragStop: OnNodeDrag<StepFlowNode> = useCallback(() => {
    if (!drag.current) return;
    drag.current = null;
    store.getState().endGesture();
  }, [store]);

  return { onNodeDragStart, onNodeDrag, onNodeDragStop };
}
