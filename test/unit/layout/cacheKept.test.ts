/**
 * The layout cache keeps the layouts of the last few diagrams, not one for every diagram alive: the
 * undo history keeps every diagram it holds, and each layout made after a step moved holds megabytes
 * of its own at 5,000 steps.
 */
import { describe, expect, it } from 'vitest';
import { geometryOf, keptLayouts } from '../../../src/layout/cache';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { forgetReuse } from '../../../src/layout/reuse';
import { sameJson } from '../../../src/model/sameJson';
import type { Diagram } from '../../../src/model/types';
import { randomDiagram } from '../../helpers/randomDiagram';

describe('the layout cache', () => {
  it('keeps the layouts of the last 8 diagrams laid out, finds them again, and lays out an older one anew, the same', () => {
    const history: Diagram[] = [randomDiagram(7, 30)];
    // twenty edits, each moving a step to another step's month (a new layout each, as the undo history keeps them all)
    for (let k = 0; k < 20; k++) {
      const d = history[history.length - 1]!;
      const other = d.steps[(k * 7 + 3) % d.steps.length]!;
      history.push({ ...d, steps: d.steps.map((s, i) => (i === k % d.steps.length ? { ...s, start: other.start } : s)) });
    }
    for (const d of history) geometryOf(d);
    expect(keptLayouts()).toBe(8);
    // the most recent are found again, the very objects (undo and redo of recent edits lay out nothing)
    const recent = history.slice(-8).map((d) => geometryOf(d));
    history.slice(-8).forEach((d, i) => expect(geometryOf(d)).toBe(recent[i]));
    // an old one is laid out again, equal to a layout from nothing
    const old = geometryOf(history[0]!);
    forgetReuse();
    expect(sameJson(old, layoutDiagram(history[0]!))).toBe(true);
    expect(keptLayouts()).toBe(8);
  });
});
