/**
 * Calm editing (issue 11, Deliver 7): while a drag is under way the screen lays out in the time frame of
 * the diagram from before the drag, so that a step dragged past the axis's end does not rescale the axis
 * (and move every other box) at each step of the drag. The frame is chosen anew when the drag ends.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameOf, geometryOf, shownGeometryOf } from '../../../src/layout/cache';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { readDiagramText } from '../../../src/io/readDiagram';
import { moveSteps } from '../../../src/model/operations';
import type { Diagram } from '../../../src/model/types';
import { createDocumentStore } from '../../../src/store/documentStore';

function fixture(path: string): Diagram {
  const r = readDiagramText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} refused`);
  return r.diagram;
}

// The 2-week Pohjois-Savo path without its axis setting: the axis then follows the content.
const before: Diagram = (() => {
  const { axis: _axis, ...rest } = fixture('fixtures/paths/pohjois-savo-jarjestoviikot-2025.json');
  return rest;
})();
const last = [...before.steps].sort((a, b) => (a.start < b.start ? 1 : -1))[0]!;
const dragged = (() => {
  const r = moveSteps(before, [last.id], { months: 0, days: 9 });
  if (!r.ok) throw new Error('move refused');
  return r.diagram;
})();

const boxes = (g: ReturnType<typeof layoutDiagram>, skip: string) =>
  new Map(g.steps.filter((s) => s.id !== skip).map((s) => [s.id, { x: s.x, width: s.width }]));

describe('a held time frame', () => {
  it('is needed: moving the last step past the end rescales the axis and moves the other boxes', () => {
    const a = layoutDiagram(before);
    const b = layoutDiagram(dragged);
    expect(b.axis.endTime).toBeGreaterThan(a.axis.endTime);
    expect(boxes(b, last.id)).not.toEqual(boxes(a, last.id));
  });

  it('keeps the axis and every other box where they were while the drag is under way', () => {
    const a = geometryOf(before);
    const held = shownGeometryOf(dragged, before);
    expect(held.axis.startTime).toBe(a.axis.startTime);
    expect(held.axis.endTime).toBe(a.axis.endTime);
    expect(held.axis.x1).toBe(a.axis.x1);
    // every other box keeps its place; in other lanes its width too (in the dragged step's own lane a box may
    // take or give back room beside it as the dragged box enters or leaves its row: layout/rowRoom.ts)
    const starts = (g: ReturnType<typeof layoutDiagram>) => new Map([...boxes(g, last.id)].map(([id, b]) => [id, b.x]));
    expect(starts(held)).toEqual(starts(a));
    const otherLanes = (g: ReturnType<typeof layoutDiagram>) => new Map([...boxes(g, last.id)].filter(([id]) => g.steps.find((s) => s.id === id)!.lane !== last.lane));
    expect(otherLanes(held)).toEqual(otherLanes(a));
    expect(otherLanes(a).size).toBeGreaterThan(10);
    // the dragged step itself is drawn at its new day, on the same scale
    const moved = held.steps.find((s) => s.id === last.id)!;
    const was = a.steps.find((s) => s.id === last.id)!;
    const dayWidth = (a.axis.x1 - a.axis.x0) / ((a.axis.endTime - a.axis.startTime) / 86_400_000);
    expect(moved.x - was.x).toBeCloseTo(9 * dayWidth, 6);
  });

  it('is the frame of the diagram from before the gesture, and the same object for every step of it', () => {
    expect(shownGeometryOf(dragged, before)).toBe(shownGeometryOf(dragged, before));
    expect(shownGeometryOf(before, before)).toBe(geometryOf(before));
    expect(frameOf(before)).toBe(frameOf(before));
  });
});

describe('the document store tells the screen which diagram a gesture started from', () => {
  it('from beginGesture until endGesture or cancelGesture, and never as a history step', () => {
    const store = createDocumentStore(before);
    expect(store.getState().gestureFrom).toBeNull();
    store.getState().beginGesture();
    expect(store.getState().gestureFrom).toBe(before);
    store.getState().apply(dragged);
    expect(store.getState().gestureFrom).toBe(before);
    store.getState().endGesture();
    expect(store.getState().gestureFrom).toBeNull();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().diagram).toBe(before);

    store.getState().beginGesture();
    store.getState().apply(dragged);
    store.getState().cancelGesture();
    expect(store.getState().gestureFrom).toBeNull();
    expect(store.getState().diagram).toBe(before);
  });
});
