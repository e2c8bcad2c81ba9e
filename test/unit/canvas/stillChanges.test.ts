/**
 * Where an edit changed a large diagram's picture (src/ui/canvas/stillChanges.ts): the picture is drawn
 * again only there, so these boxes must hold every changed step and arrow, before and after the edit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { geometryOf } from '../../../src/layout/cache';
import type { Rect } from '../../../src/layout/geometry';
import type { Diagram } from '../../../src/model/types';
import { changedBoxes, linkBox, stepBox } from '../../../src/ui/canvas/stillChanges';

const read = (path: string): Diagram => {
  const r = readDiagramText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} refused`);
  return r.diagram;
};
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('the boxes an edit changed in the picture', () => {
  const d = read('fixtures/templates/keski-suomi-yhteistyomalli.json');
  const g = geometryOf(d);

  it('are none when the layout is the same', () => {
    expect(changedBoxes(g, g, 50)).toEqual([]);
  });

  it('are the edited step where it was and where it is, with its period mark, for a colour', () => {
    const step = d.steps[4]!;
    const e: Diagram = { ...d, steps: d.steps.map((s) => (s === step ? { ...s, color: '#ffffff' } : s)) };
    const h = geometryOf(e);
    const boxes = changedBoxes(g, h, 50)!;
    expect(boxes).toHaveLength(2);
    const before = g.steps.find((s) => s.id === step.id)!;
    const after = h.steps.find((s) => s.id === step.id)!;
    expect(inside(before, boxes[1]!)).toBe(true);
    expect(inside(after, boxes[0]!)).toBe(true);
    // the period mark under the box is inside too
    expect(boxes[0]!.y + boxes[0]!.height).toBeGreaterThan(after.period.y + 4);
  });

  it('hold a removed step and its arrows where they were', () => {
    const gone = d.links[0]!.from;
    const e: Diagram = { ...d, steps: d.steps.filter((s) => s.id !== gone), links: d.links.filter((l) => l.from !== gone && l.to !== gone) };
    const h = geometryOf(e);
    const boxes = changedBoxes(g, h, 10_000)!;
    expect(boxes).not.toBeNull();
    expect(boxes.some((b) => inside(g.steps.find((s) => s.id === gone)!, b))).toBe(true);
    for (const l of g.links.filter((l) => l.from === gone || l.to === gone)) expect(boxes).toContainEqual(linkBox(l));
  });

  it('are null (draw it all) past the limit', () => {
    const e: Diagram = { ...d, steps: d.steps.map((s) => ({ ...s, color: '#ffffff' })) };
    expect(changedBoxes(g, geometryOf(e), 20)).toBeNull();
  });

  it("hold an arrow's route, its head and its title", () => {
    for (const l of g.links) {
      const b = linkBox(l);
      expect(inside({ x: l.end.x - 8, y: l.end.y - 8, width: 16, height: 16 }, b)).toBe(true);
      expect(inside({ x: l.start.x, y: l.start.y, width: 0, height: 0 }, b)).toBe(true);
      if (l.label) expect(inside({ x: l.label.x, y: l.label.y - l.label.size, width: 1, height: l.label.lines.length * l.label.lineHeight }, b)).toBe(true);
    }
    for (const s of g.steps) expect(inside(s, stepBox(s))).toBe(true);
  });
});
