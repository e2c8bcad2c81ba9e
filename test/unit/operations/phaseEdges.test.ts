/** Dragging phase edges: the edges the layout offers, and moving them in whole months. */
import { describe, expect, test } from 'vitest';
import { geometryOf } from '../../../src/layout/cache.ts';
import { phaseEdgesOf } from '../../../src/layout/phaseEdges.ts';
import { shiftPhaseEdges } from '../../../src/model/operations/index.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { accepted, refused, seed } from './helpers.ts';

const phase = (d: Diagram, id: string) => d.phases.find((p) => p.id === id);

describe('phase edges', () => {
  test('the seed has one edge per boundary; where one phase ends and the next starts is one shared edge', () => {
    const d = seed();
    const g = geometryOf(d);
    const edges = phaseEdgesOf(d, g);
    expect(edges.map((e) => ({ starts: e.starts, ends: e.ends }))).toEqual([
      { starts: ['vate'], ends: [] },
      { starts: ['aluevaltuusto'], ends: ['vate'] },
      { starts: ['hyvinvointialue'], ends: ['aluevaltuusto'] },
    ]);
    const alue = g.phases.find((p) => p.id === 'aluevaltuusto')!;
    expect(edges[1]!.x).toBeCloseTo(alue.x, 6);
    expect(edges[2]!.x).toBeCloseTo(alue.x + alue.width, 6);
    expect(edges[1]!.height).toBeGreaterThan(0);
  });

  test('an edge with a gap between phases is two edges', () => {
    const d = seed();
    const gap = { ...d, phases: d.phases.map((p) => (p.id === 'vate' ? { ...p, end: '2022-01' } : p)) };
    const edges = phaseEdgesOf(gap, geometryOf(gap));
    expect(edges.map((e) => [e.starts, e.ends])).toEqual([
      [['vate'], []],
      [[], ['vate']],
      [['aluevaltuusto'], []],
      [['hyvinvointialue'], ['aluevaltuusto']],
    ]);
  });

  test('shiftPhaseEdges moves a shared boundary: the end before it and the start after it', () => {
    const after = accepted(shiftPhaseEdges(seed(), { starts: ['aluevaltuusto'], ends: ['vate'] }, 2));
    expect(phase(after, 'vate')).toMatchObject({ start: '2021-07', end: '2022-04' });
    expect(phase(after, 'aluevaltuusto')).toMatchObject({ start: '2022-05', end: '2022-12' });
    const back = accepted(shiftPhaseEdges(seed(), { starts: ['aluevaltuusto'], ends: ['vate'] }, -3));
    expect(phase(back, 'vate')).toMatchObject({ end: '2021-11' });
    expect(phase(back, 'aluevaltuusto')).toMatchObject({ start: '2021-12' });
  });

  test('day dates keep their day, clamped to the month, across a year end', () => {
    const d = seed();
    const days = { ...d, phases: d.phases.map((p) => (p.id === 'vate' ? { ...p, start: '2021-08-31', end: '2022-01-31' } : p)) };
    const after = accepted(shiftPhaseEdges(days, { starts: [], ends: ['vate'] }, 1));
    expect(phase(after, 'vate')).toMatchObject({ start: '2021-08-31', end: '2022-02-28' });
    const start = accepted(shiftPhaseEdges(days, { starts: ['vate'], ends: [] }, 4));
    expect(phase(start, 'vate')).toMatchObject({ start: '2021-12-31' });
  });

  test('a phase never ends before it starts; nothing changes when refused', () => {
    const d = seed();
    const problems = refused(shiftPhaseEdges(d, { starts: ['aluevaltuusto'], ends: ['vate'] }, 11));
    expect(problems[0]).toMatchObject({ code: 'endBeforeStart', path: ['phases', 1, 'end'] });
    expect(shiftPhaseEdges(d, { starts: ['vate'], ends: [] }, 0)).toEqual({ ok: true, diagram: d });
    expect(refused(shiftPhaseEdges(d, { starts: ['nope'], ends: [] }, 1))[0]).toMatchObject({ path: ['phases'] });
  });
});
