/** Which steps and arrows of a large diagram React Flow holds (src/ui/canvas/liveSet.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { stepAt } from '../../../src/layout/place';
import { overlaps } from '../../../src/layout/rect';
import { liveSet, sameLive, viewBox } from '../../../src/ui/canvas/liveSet';
import { generateDiagram } from '../../bench/generateDiagram';

const d = generateDiagram(600, 4);
const g = layoutDiagram(d);

describe('viewBox', () => {
  it('is the part of the diagram a pane shows at a transform, grown by a margin on every side', () => {
    expect(viewBox([-200, -100, 2], 800, 600)).toEqual({ x: 100, y: 50, width: 400, height: 300 });
    expect(viewBox([-200, -100, 2], 800, 600, 0.25)).toEqual({ x: 0, y: -25, width: 600, height: 450 });
  });
});

describe('liveSet', () => {
  it('near in: every step in view is live, and every arrow between two live steps', () => {
    const s = g.steps[300]!;
    const view = { x: s.x - 400, y: s.y - 200, width: 900, height: 500 };
    const live = liveSet(g, view, []);
    expect(live.near).toBe(true);
    expect([...live.steps].sort()).toEqual(g.steps.filter((t) => overlaps(t, view)).map((t) => t.id).sort());
    expect(live.steps.has(s.id)).toBe(true);
    expect([...live.links].sort()).toEqual(g.links.filter((l) => live.steps.has(l.from) && live.steps.has(l.to)).map((l) => l.id).sort());
  });

  it('far out (more steps in view than the limit): the first step in view (for Tab), the kept steps, and a selected arrow with its ends', () => {
    const all = { x: 0, y: 0, width: g.width, height: g.height };
    const link = g.links[10]!;
    const live = liveSet(g, all, [g.steps[5]!.id], link.id, 100);
    expect(live.near).toBe(false);
    const firstInTime = [...g.steps].sort((a, b) => a.order - b.order)[0]!.id;
    expect([...live.steps].sort()).toEqual([firstInTime, g.steps[5]!.id, link.from, link.to].filter((id, i, a) => a.indexOf(id) === i).sort());
    expect([...live.links]).toEqual([link.id]);
    // no selected arrow: no arrow at all
    expect(liveSet(g, all, [g.steps[5]!.id], null, 100).links.size).toBe(0);
  });

  it('far out, the step where Tab enters is the first on screen even when more than the limit come before it around the view', () => {
    const all = { x: 0, y: 0, width: g.width, height: g.height };
    const late = g.steps[400]!;
    const seen = { x: late.x - 1, y: late.y - 1, width: late.width + 2, height: late.height + 2 };
    const live = liveSet(g, all, [], null, 100, seen);
    expect(live.near).toBe(false);
    expect([...live.steps]).toEqual([g.steps.find((s) => overlaps(s, seen))!.id]);
  });

  it('for any view and kept steps: the kept are live, no more than the limit in view, and every live arrow joins two live steps', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -500, max: g.width }), y: fc.integer({ min: -500, max: g.height }), width: fc.integer({ min: 1, max: 20000 }), height: fc.integer({ min: 1, max: 20000 }) }),
        fc.subarray(g.steps.slice(0, 40).map((s) => s.id), { maxLength: 5 }),
        fc.integer({ min: 1, max: 300 }),
        (view, keep, limit) => {
          const live = liveSet(g, view, keep, null, limit);
          for (const id of keep) expect(live.steps.has(id)).toBe(true);
          const inView = g.steps.filter((s) => overlaps(s, view));
          if (live.near) {
            expect(inView.length).toBeLessThanOrEqual(limit);
            for (const s of inView) expect(live.steps.has(s.id)).toBe(true);
          } else expect(inView.length).toBeGreaterThan(limit);
          for (const id of live.links) {
            const l = g.links.find((x) => x.id === id)!;
            expect(live.steps.has(l.from) && live.steps.has(l.to)).toBe(true);
          }
          expect(sameLive(live, liveSet(g, view, [...keep].reverse(), null, limit))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('sameLive tells sets apart', () => {
    const a = liveSet(g, { x: 0, y: 0, width: 3000, height: 3000 }, []);
    expect(sameLive(null, a)).toBe(false);
    expect(sameLive(a, liveSet(g, { x: 0, y: 0, width: 3000, height: 3000 }, [g.steps.at(-1)!.id]))).toBe(false);
  });
});

describe('stepAt', () => {
  it('finds the step whose box holds a point, and none between steps', () => {
    const s = g.steps[42]!;
    expect(stepAt(g, s.x + s.width / 2, s.y + s.height / 2)).toBe(s.id);
    expect(stepAt(g, -10, -10)).toBeNull();
  });
});
