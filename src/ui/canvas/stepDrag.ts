/**
 * What a drag of steps does at each pointer move and at the drop (useStepDrag.ts holds the drag and
 * calls these; they load with the canvas's edit operations, canvasEditOps.ts).
 *
 * Where a layout is quick (the diagram's took at most LIVE_LAYOUT_MS), the model moves at every day or
 * month boundary and the layout snaps the boxes and re-routes their arrows at once. Where it is not (a
 * large diagram: a layout after a move takes a second at 5,000 steps), or once a move's layout turns
 * out slower, the drag is a preview: the dragged boxes follow the pointer at the screen's pace,
 * sideways snapped to the day or month they would start on, their arrows hidden, and the model moves
 * once, when the pointer is let go.
 */
import type { XYPosition } from '@xyflow/react';
import { layoutMs, shownGeometryOf } from '../../layout/cache';
import { axisPrecision, laneAt, shiftBetween, startXAt, type Precision } from '../../layout/place';
import { moveSteps } from '../../model/operations/steps';
import type { Diagram } from '../../model/types';

/** A layout at most this long (ms) keeps up with a drag: the model follows the pointer live. */
export const LIVE_LAYOUT_MS = 30;

/** A drag as it began: the diagram before it, the dragged steps and where their boxes stood. */
export type DragStart = {
  readonly before: Diagram;
  readonly anchor: string;
  readonly from: ReadonlyMap<string, XYPosition>;
  readonly ids: ReadonlySet<string>;
};

type Move = { shift: { months: number; days?: number }; laneDelta: number };

/** A drag under way (its first move made it from a DragStart). */
export type StepDrag = DragStart & {
  /** the anchor step's start on the axis, and how far right of it the box stood */
  readonly anchorX: number;
  readonly grabDx: number;
  readonly anchorLane: number;
  /** the anchor box's height (its middle picks the lane) and whether it moves by days or by months */
  readonly boxHeight: number;
  readonly precision: Precision;
  /** the model follows the pointer (else only the preview does, until the drop) */
  live: boolean;
  /** the move the drop makes (a preview's) */
  pending: Move | null;
};

/** Where the dragged steps are drawn meanwhile (a preview): their ids (one set for the whole drag) and positions. */
export type DragPreview = { readonly ids: ReadonlySet<string>; readonly at: ReadonlyMap<string, XYPosition> };

/** The drag, from how it began; null where its step is not laid out in a lane. */
export function beginDrag(s: DragStart): StepDrag | null {
  const g = shownGeometryOf(s.before);
  const box = g.steps.find((b) => b.id === s.anchor);
  const lane = s.before.lanes.findIndex((l) => l.id === box?.lane);
  if (!box || lane < 0) return null;
  const date = s.before.steps.find((x) => x.id === s.anchor)?.start ?? '';
  return {
    ...s,
    // the step's start (its period's left end: a box set back at the axis's end starts before it)
    anchorX: box.period.x + 0.5,
    grabDx: s.from.get(s.anchor)!.x - box.period.x,
    anchorLane: lane,
    boxHeight: box.height,
    // a month date moves by months, a day date by what the axis shows
    precision: date.length === 7 ? 'month' : axisPrecision(g),
    live: layoutMs(s.before) <= LIVE_LAYOUT_MS,
    pending: null,
  };
}

/**
 * The anchor's box has been dragged to `at`: the diagram to apply now (live), or where to draw the
 * dragged boxes meanwhile (a preview), or nothing new. The move is reckoned from where the drag began
 * (so a day date keeps its day): whole months, and whole days for day-dated steps where the axis shows
 * days or weeks; up or down to the lane under the box's middle.
 */
export function dragTo(d: StepDrag, at: XYPosition, current: Diagram): { apply?: Diagram; preview?: DragPreview } {
  const g = shownGeometryOf(d.before);
  const startX = at.x - d.grabDx + 0.5;
  const shift = shiftBetween(g, d.anchorX, startX);
  const laneId = laneAt(g, at.y + d.boxHeight / 2);
  const laneDelta = d.before.lanes.findIndex((l) => l.id === laneId) - d.anchorLane;
  if (d.live) {
    const result = moveSteps(d.before, [...d.ids], shift, laneDelta);
    if (!result.ok || result.diagram === current) return {};
    // laid out here, timed (the screen then finds this layout): too slow for the pace of a drag, the rest of it is a preview
    const began = performance.now();
    shownGeometryOf(result.diagram, d.before);
    d.live = performance.now() - began <= LIVE_LAYOUT_MS;
    return { apply: result.diagram };
  }
  d.pending = { shift, laneDelta };
  // sideways to the start of the day or month the step would start on; up and down with the pointer
  const dx = startXAt(g, startX, d.precision) - startXAt(g, d.anchorX, d.precision);
  const dy = at.y - d.from.get(d.anchor)!.y;
  return { preview: { ids: d.ids, at: new Map([...d.from].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }])) } };
}

/** The diagram the drop makes (a preview's move), or null (a live drag has moved the model already). */
export function dropDrag(d: StepDrag): Diagram | null {
  if (d.live || !d.pending) return null;
  const result = moveSteps(d.before, [...d.ids], d.pending.shift, d.pending.laneDelta);
  return result.ok ? result.diagram : null;
}
