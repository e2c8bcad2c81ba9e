/**
 * A layout that takes over boxes and arrows from the layouts before it (src/layout/reuse.ts) equals a
 * layout made from nothing, after any run of edits (issue 12, Deliver 2) — and an edit that moves no box
 * re-routes no arrow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { makeFrame } from '../../../src/layout/axis';
import { frameOf } from '../../../src/layout/cache';
import { layoutLanes, timeOrder } from '../../../src/layout/lanes';
import { arrangedOnce, forgetReuse } from '../../../src/layout/reuse';
import { sameJson } from '../../../src/model/sameJson';
import type { Diagram } from '../../../src/model/types';
import { apply, editArb } from '../../helpers/randomEdits';
import { randomDiagram } from '../../helpers/randomDiagram';

describe('a layout that takes over from the ones before', () => {
  it('equals a layout from nothing after any run of edits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (seed, edits) => {
        forgetReuse();
        const diagrams: Diagram[] = [randomDiagram(seed, 24)];
        for (const e of edits) diagrams.push(apply(diagrams[diagrams.length - 1]!, e));
        // warm: one after the other, each taking over what it can from the one before
        const warm = diagrams.map((d) => layoutDiagram(d));
        // cold: each from nothing
        diagrams.forEach((d, i) => {
          forgetReuse();
          expect(sameJson(warm[i], layoutDiagram(d)), `seed ${seed}, after edit ${i}: ${JSON.stringify(edits[i - 1])}`).toBe(true);
        });
      }),
      { numRuns: 60, seed: 20261207 },
    );
    // 60 runs of up to 25 edits each: more than 1,000 edits
  });

  it('re-routes no arrow for an edit that moves no box: the arrows and the other steps are the very objects of the layout before', () => {
    forgetReuse();
    const d = randomDiagram(42, 40);
    const before = layoutDiagram(d);
    const recoloured = apply(d, { kind: 'color', step: 3 });
    const after = layoutDiagram(recoloured);
    expect(after.links).toBe(before.links);
    const changed = recoloured.steps[3]!.id;
    for (const s of after.steps) {
      const b = before.steps.find((x) => x.id === s.id)!;
      if (s.id === changed) {
        expect(s.fill).not.toBe(b.fill);
        expect({ x: s.x, y: s.y, width: s.width, height: s.height }).toEqual({ x: b.x, y: b.y, width: b.width, height: b.height });
      } else expect(s).toBe(b);
    }
    // and a move re-routes: the arrows are new objects
    const moved = layoutDiagram(apply(recoloured, { kind: 'move', step: 3, to: 17 }));
    expect(moved.links).not.toBe(after.links);
  });

  it('arranges a lane again only when its steps, the frame or the setting back changed (an edit elsewhere arranges only its own lane)', () => {
    forgetReuse();
    const d = randomDiagram(7, 30);
    const f = makeFrame(d);
    const lane = d.lanes[0]!.id;
    const mine = d.steps.filter((s) => s.lane === lane);
    let calls = 0;
    const arrange = () => ({ n: ++calls });
    const first = arrangedOnce(lane, mine, f, true, arrange);
    // a new array of the very same steps (every layout gathers the lanes' steps anew): taken over
    expect(arrangedOnce(lane, [...mine], f, true, arrange)).toBe(first);
    expect(calls).toBe(1);
    // the same frame made again from an equal diagram: taken over
    expect(arrangedOnce(lane, [...mine], makeFrame({ ...d }), true, arrange)).toBe(first);
    expect(calls).toBe(1);
    // one step edited: arranged again
    const edited = mine.map((s, i) => (i === 0 ? { ...s, title: `${s.title} x` } : s));
    expect(arrangedOnce(lane, edited, f, true, arrange)).not.toBe(first);
    expect(calls).toBe(2);
    // while a drag holds the frame, boxes are not set back at the axis's end: arranged again
    arrangedOnce(lane, edited, f, false, arrange);
    expect(calls).toBe(3);
    // another frame (the span changed)
    const wider = makeFrame({ ...d, axis: { start: '2010-01', end: '2040-12' } });
    arrangedOnce(lane, edited, wider, false, arrange);
    expect(calls).toBe(4);
    // and nothing is kept after forgetReuse
    forgetReuse();
    arrangedOnce(lane, edited, wider, false, arrange);
    expect(calls).toBe(5);
  });

  it('takes the frame of the diagram before over exactly when makeFrame would make the same (property)', () => {
    /** edits of what a frame may be made of, beside the edits above */
    type More = { kind: 'laneTitle'; lane: number; text: string } | { kind: 'subtitle' } | { kind: 'linkTitle'; link: number } | { kind: 'axis'; months: number } | { kind: 'phaseEnd'; months: number };
    const moreArb: fc.Arbitrary<More> = fc.oneof(
      fc.record({ kind: fc.constant('laneTitle' as const), lane: fc.nat(), text: fc.constantFrom('Taso', 'Järjestöyhteistyöneuvottelukunta', 'Kuntien ja hyvinvointialueen yhteistyötaso') }),
      fc.record({ kind: fc.constant('subtitle' as const) }),
      fc.record({ kind: fc.constant('linkTitle' as const), link: fc.nat() }),
      fc.record({ kind: fc.constant('axis' as const), months: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('phaseEnd' as const), months: fc.integer({ min: 1, max: 30 }) }),
    );
    const month = (m: number) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const applyMore = (d: Diagram, e: More): Diagram => {
      switch (e.kind) {
        case 'laneTitle':
          return { ...d, lanes: d.lanes.map((l, i) => (i === e.lane % d.lanes.length ? { ...l, title: e.text } : l)) };
        case 'subtitle':
          return d.subtitle ? { ...d, subtitle: undefined } : { ...d, subtitle: 'Alaotsikko' };
        case 'linkTitle':
          return d.links.length === 0 ? d : { ...d, links: d.links.map((l, i) => (i === e.link % d.links.length ? { ...l, title: l.title ? undefined : 'palaute' } : l)) };
        case 'axis':
          return { ...d, axis: { ...d.axis, start: month(0), end: month(e.months) } };
        case 'phaseEnd':
          return d.phases.length === 0 ? d : { ...d, phases: d.phases.map((p, i) => (i === 0 ? { ...p, end: month(e.months) } : p)) };
      }
    };
    const frameFields = (d: Diagram) => {
      const { scale: _scale, ...rest } = frameOf(d);
      return rest;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.oneof(editArb.map((e) => ({ e })), moreArb.map((m) => ({ m }))), { minLength: 1, maxLength: 20 }), (seed, edits) => {
        let d = randomDiagram(seed, 16);
        frameOf(d);
        for (const x of edits) {
          d = 'e' in x ? apply(d, x.e) : applyMore(d, x.m);
          const { scale: _s, ...fresh } = makeFrame(d);
          expect(frameFields(d)).toEqual(fresh);
        }
      }),
      { numRuns: 60, seed: 20261208 },
    );
  });

  it('takes the frame over after an edit of a text (a step title, an arrow title): the axis is not made again', () => {
    const d = randomDiagram(11, 40);
    const f = frameOf(d);
    const retitled = apply(d, { kind: 'retitle', step: 5, text: 'Kumppanuuspöytätyöskentely hyvinvointialueella' });
    expect(frameOf(retitled)).toBe(f);
    const moved = apply(retitled, { kind: 'move', step: 5, to: 20 });
    if (moved.steps[5]!.start !== retitled.steps[5]!.start) expect(frameOf(moved)).not.toBe(f);
  });

  it('builds no box of a lane an edit did not touch, and keeps the time order after an edit of a text', () => {
    forgetReuse();
    const d = randomDiagram(5, 60);
    const f = makeFrame(d);
    const last = d.lanes.at(-1)!.id;
    const edited = d.steps.findIndex((s) => s.lane === last);
    expect(edited).toBeGreaterThanOrEqual(0);
    const a = layoutLanes(d, f, 100);
    const e = apply(d, { kind: 'color', step: edited });
    const b = layoutLanes(e, f, 100);
    // (the lanes' own layout, before the routing and cache.ts's keepIdentity: the other lanes are the very objects)
    const before = new Map(a.steps.map((s) => [s.id, s]));
    const others = b.steps.filter((s) => s.lane !== last);
    expect(others.length).toBeGreaterThan(0);
    for (const s of others) expect(s).toBe(before.get(s.id));
    for (const [i, lane] of b.lanes.slice(0, -1).entries()) expect(lane).toBe(a.lanes[i]);
    expect(b.steps.find((s) => s.id === d.steps[edited]!.id)).not.toBe(before.get(d.steps[edited]!.id));
    expect(timeOrder(e)).toBe(timeOrder(d));
    // a step moved in time: a new order
    const moved = apply(e, { kind: 'move', step: edited, to: edited + 7 });
    if (moved.steps[edited]!.start !== e.steps[edited]!.start) expect(timeOrder(moved)).not.toBe(timeOrder(e));
  });
});
