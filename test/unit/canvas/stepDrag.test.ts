/**
 * A drag of steps (src/ui/canvas/stepDrag.ts): live, the model moves with the pointer; as a preview
 * (a diagram too large to lay out at a drag's pace) the boxes are drawn at the start of the month the
 * step would start on and the model moves once, at the drop, by the same move.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { geometryOf } from '../../../src/layout/cache';
import { xOfTime } from '../../../src/layout/place';
import { moveSteps } from '../../../src/model/operations/steps';
import { beginDrag, dragTo, dropDrag } from '../../../src/ui/canvas/stepDrag';

const r = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
if (!r.ok) throw new Error('the seed does not read');
const d = r.diagram;
const g = geometryOf(d);
const box = (id: string) => g.steps.find((s) => s.id === id)!;
// strategia: 2022-03, Toimeenpanon taso
const s = box('strategia');
const month = (k: number) => xOfTime(g, Date.UTC(2022, 2 + k, 1));
const start = () => beginDrag({ before: d, anchor: 'strategia', from: new Map([['strategia', { x: s.x, y: s.y }]]), ids: new Set(['strategia']) })!;

describe('dragging a step', () => {
  it('live: gives the moved diagram at once, a month on when the box is dragged past the next month’s start', () => {
    const drag = { ...start(), live: true };
    expect(dragTo(drag, { x: s.x + (month(1) - month(0)) * 0.5, y: s.y }, d)).toEqual({});
    const next = dragTo(drag, { x: s.x + (month(1) - month(0)) * 1.3, y: s.y }, d);
    expect(next.preview).toBeUndefined();
    expect(next.apply?.steps.find((x) => x.id === 'strategia')?.start).toBe('2022-04');
    expect(dropDrag(drag)).toBeNull();
  });

  it('as a preview: the box snaps to the start of the month and follows the pointer up and down; the drop moves the model once', () => {
    const drag = { ...start(), live: false };
    const below = g.lanes[g.lanes.findIndex((l) => l.id === s.lane) + 1]!;
    const at = { x: s.x + (month(2) - month(0)) * 1.25, y: below.y + 7 - s.height / 2 };
    const next = dragTo(drag, at, d);
    expect(next.apply).toBeUndefined();
    // 2.5 months from March: into May, drawn at May's start
    const p = next.preview!.at.get('strategia')!;
    expect(p.x).toBeCloseTo(s.x + month(2) - month(0), 6);
    expect(p.y).toBe(at.y);
    const dropped = dropDrag(drag)!;
    const expected = moveSteps(d, ['strategia'], { months: 2 }, 1);
    expect(expected.ok && dropped).toEqual(expected.ok && expected.diagram);
    expect(dropped.steps.find((x) => x.id === 'strategia')).toMatchObject({ start: '2022-05', lane: below.id });
  });
});
