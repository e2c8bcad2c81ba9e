/**
 * What the screen shows of a large diagram right after an edit (layout/cache.ts shownGeometryOf,
 * provisional.ts): the boxes where the full layout puts them across (x, width, height, lane, row), the
 * arrows that could not be taken over drawn as provisional elbows, while the background routes them — and,
 * once its arrows come, exactly the full layout (a property over random runs of edits). The background here
 * is one the test runs by hand, in place of the worker (routeLater.ts routeLater).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { background, geometryOf, shownGeometryOf } from '../../../src/layout/cache';
import type { Geometry } from '../../../src/layout/geometry';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { routeLinks, type RoutedLinks } from '../../../src/layout/links';
import { provisionalRouting } from '../../../src/layout/provisional';
import { forgetReuse, lastRouting } from '../../../src/layout/reuse';
import { shownLater, type Background } from '../../../src/layout/routeLater';
import { sameJson } from '../../../src/model/sameJson';
import type { Diagram } from '../../../src/model/types';
import { randomDiagram } from '../../helpers/randomDiagram';
import { apply, editArb } from '../../helpers/randomEdits';

/** A background the test runs: it keeps the latest job only, as routeLater.ts does. */
function byHand() {
  let job: (() => void) | null = null;
  let jobs = 0;
  const route: Background = (args, done) => {
    jobs++;
    job = () => done(routeLinks(...args), 1000);
  };
  return {
    route,
    jobs: () => jobs,
    waiting: () => job !== null,
    /** Runs the job waiting, as the worker's answer would arrive. */
    run() {
      const j = job;
      job = null;
      j?.();
    },
  };
}

/** The full layout of `d`, routed from nothing and without touching what the next layouts take over (reuse.ts). */
const fromNothing = (d: Diagram): Geometry => layoutDiagram(d, undefined, false, routeLinks);
const across = (g: Geometry) => g.steps.map((s) => ({ id: s.id, lane: s.lane, row: s.row, x: s.x, width: s.width, height: s.height, fill: s.fill }));

/** A random diagram shown from nothing, with the background run by hand from `fromMs` of routing on. */
function shownFrom(seed: number, steps: number, fromMs = 0) {
  forgetReuse();
  const bg = byHand();
  background.shown = shownLater(bg.route, fromMs);
  const d = randomDiagram(seed, steps);
  shownGeometryOf(d); // the first layout: routed on the spot (nothing to start from)
  return { bg, d };
}

afterEach(() => {
  background.shown = null;
});

describe('a large diagram on screen after an edit', () => {
  it('shows a moved step where it goes at once, its arrows provisional, and the full layout once they are routed', () => {
    const { bg, d } = shownFrom(21, 40);
    expect(bg.jobs()).toBe(0);
    const linked = d.links[0]!;
    const at = d.steps.findIndex((s) => s.id === linked.from);
    const target = d.steps.findIndex((s, i) => i !== at && s.start !== d.steps[at]!.start);
    const moved = apply(d, { kind: 'move', step: at, to: target });

    const shown = shownGeometryOf(moved);
    expect(bg.jobs()).toBe(1);
    const full = fromNothing(moved);
    // across, every box is where the full layout puts it; the moved step's arrows are being routed
    expect(across(shown)).toEqual(across(full));
    const arrow = shown.links.find((l) => l.id === linked.id)!;
    expect(arrow.pending).toBe(true);
    // from the moved box's outline, where it now stands
    const from = shown.steps.find((s) => s.id === linked.from)!;
    const onX = arrow.start.x === from.x + from.width || Math.abs(arrow.start.x - (from.x + from.width / 2)) < 1e-9;
    const onY = Math.abs(arrow.start.y - (from.y + from.height / 2)) < 1e-9 || arrow.start.y === from.y || arrow.start.y === from.y + from.height;
    expect(onX && onY).toBe(true);
    // asked again before the arrows come: the same provisional layout, no second job
    expect(shownGeometryOf(moved)).toBe(shown);
    expect(bg.jobs()).toBe(1);

    bg.run();
    const settled = shownGeometryOf(moved);
    expect(settled).not.toBe(shown);
    expect(sameJson(settled, fromNothing(moved))).toBe(true);
    // the exports' layout is never provisional
    const back = moved.steps.findIndex((s) => s.start !== moved.steps[at]!.start);
    const next = apply(moved, { kind: 'move', step: at, to: back });
    expect(shownGeometryOf(next).links.some((l) => l.pending)).toBe(true);
    expect(geometryOf(next).links.some((l) => l.pending)).toBe(false);
  });

  it('shows a diagram of many arrows that was never routed (just opened) at once, every arrow provisional, and the full layout once they are routed', () => {
    forgetReuse();
    const bg = byHand();
    // (routing counts as quick: only the number of arrows sends this one to the background)
    background.shown = shownLater(bg.route, 1e9, 5);
    const d = randomDiagram(27, 40);
    expect(d.links.length).toBeGreaterThanOrEqual(5);
    const shown = shownGeometryOf(d);
    expect(bg.jobs()).toBe(1);
    const full = fromNothing(d);
    expect(across(shown)).toEqual(across(full));
    expect(shown.links.map((l) => l.id)).toEqual(full.links.map((l) => l.id));
    expect(shown.links.every((l) => l.pending)).toBe(true);
    bg.run();
    expect(sameJson(shownGeometryOf(d), full)).toBe(true);
    // the exports' layout is the full one from the start
    expect(sameJson(geometryOf(d), full)).toBe(true);
  });

  it('routes on the spot while routing is quick', () => {
    const { bg, d } = shownFrom(22, 30, 1e9);
    const moved = apply(d, { kind: 'move', step: 2, to: 9 });
    const g = shownGeometryOf(moved);
    expect(bg.jobs()).toBe(0);
    expect(g.links.some((l) => l.pending)).toBe(false);
  });

  it('keeps only the latest edit’s job: arrows routed for an older edit are not shown for a newer one', () => {
    const { bg, d } = shownFrom(23, 40);
    const one = apply(d, { kind: 'move', step: 1, to: 12 });
    const two = apply(one, { kind: 'move', step: 5, to: 30 });
    shownGeometryOf(one);
    shownGeometryOf(two);
    expect(bg.jobs()).toBe(2);
    bg.run();
    expect(sameJson(shownGeometryOf(two), fromNothing(two))).toBe(true);
  });

  it('keeps what was routed on the spot meanwhile (another diagram opened) over the older arrows that come after it', () => {
    const { bg, d } = shownFrom(25, 40);
    const moved = apply(d, { kind: 'move', step: 3, to: 20 });
    shownGeometryOf(moved);
    expect(bg.waiting()).toBe(true);
    // another diagram: routed on the spot (nothing of it to start from)
    const r = randomDiagram(26, 40);
    const other = { ...r, steps: r.steps.map((x) => ({ ...x, id: `o${x.id}` })), links: r.links.map((l) => ({ ...l, from: `o${l.from}`, to: `o${l.to}` })) };
    const shownOther = shownGeometryOf(other);
    expect(shownOther.links.some((l) => l.pending)).toBe(false);
    const routed = lastRouting();
    bg.run();
    expect(lastRouting()).toBe(routed);
    // the diagram shown keeps its layout
    expect(shownGeometryOf(other)).toBe(shownOther);
  });

  it('equals the full layout once the arrows come, after any run of edits; before, every box stands where the full layout puts it across (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 12 }), (seed, edits) => {
        const start = shownFrom(seed, 24);
        const bg = start.bg;
        let d = start.d;
        for (const [e, wait] of edits) {
          d = apply(d, e);
          const shown = shownGeometryOf(d);
          const full = fromNothing(d);
          expect(across(shown)).toEqual(across(full));
          // every arrow between two steps is there, routed or provisional
          expect(shown.links.map((l) => l.id).sort()).toEqual(full.links.map((l) => l.id).sort());
          // and the arrows of the layout before come now or later (an edit may follow first)
          if (wait) bg.run();
        }
        bg.run();
        const settled = shownGeometryOf(d);
        expect(settled.links.some((l) => l.pending)).toBe(false);
        expect(sameJson(settled, fromNothing(d)), `seed ${seed}`).toBe(true);
      }),
      { numRuns: 40, seed: 20261209 },
    );
  });
});

describe('provisional arrows (provisional.ts)', () => {
  it('moves an arrow down with its two boxes when both moved down alike, and routes none of another diagram', () => {
    forgetReuse();
    const d = randomDiagram(24, 30);
    const g = layoutDiagram(d);
    const before = { links: d.links, lanes: g.lanes, steps: g.steps, x0: 0, x1: 0, lang: 'fi' as const, patterns: 0, out: { links: g.links, lanes: g.lanes, steps: g.steps, bottom: 0 } as RoutedLinks };
    // every box 40 px lower than it was routed: every arrow 40 px lower, none provisional
    const lower = g.steps.map((s) => ({ ...s, y: s.y + 40, label: { ...s.label, y: s.label.y + 40 }, period: { ...s.period, y: s.period.y + 40 } }));
    const out = provisionalRouting(d.links, g.lanes, lower, { ...before, steps: lower.map((s) => ({ ...s, y: s.y - 40 })) })!;
    expect(out.links.some((l) => l.pending)).toBe(false);
    out.links.forEach((l, i) => {
      const was = g.links[i]!;
      expect(l.start).toEqual({ x: was.start.x, y: was.start.y + 40 });
      expect(l.end).toEqual({ x: was.end.x, y: was.end.y + 40 });
      expect(l.path).not.toBe(was.path);
    });
    // a routing of other steps to start from: none
    const other = layoutDiagram(randomDiagram(99, 30)).steps.map((s) => ({ ...s, id: `other-${s.id}` }));
    expect(provisionalRouting(d.links, g.lanes, g.steps, { ...before, steps: other, out: { ...before.out, steps: other } })).toBeNull();
  });
});
