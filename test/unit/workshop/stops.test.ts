/** The stops of a presentation and what each reveals. */
import { describe, expect, test } from 'vitest';
import { revealedAt, stopsOf, type Reveal, type Stop } from '../../../src/layout/stops.ts';
import { diagram, workshop } from './helpers.ts';

/**
 * Phases in the file in reverse time order; an empty phase; steps before,
 * between and after phases, one spanning two phases, two with the same start.
 */
const d = diagram({
  phases: [
    { id: 'late', title: 'Late', start: '2023-01' },
    { id: 'mid', title: 'Mid', start: '2022-03', end: '2022-12' },
    { id: 'empty', title: 'Empty', start: '2022-01', end: '2022-01' },
    { id: 'early', title: 'Early', start: '2021-07', end: '2021-12' },
  ],
  steps: [
    { id: 'l2', lane: 'a', title: 'L2', start: '2030-01' },
    { id: 'e1', lane: 'b', title: 'E1', start: '2021-08' },
    { id: 'm1', lane: 'a', title: 'M1', start: '2022-05', end: '2023-03' },
    { id: 'gap', lane: 'a', title: 'Gap', start: '2022-02-15' },
    { id: 'e2', lane: 'a', title: 'E2', start: '2021-08' },
    { id: 'pre', lane: 'b', title: 'Pre', start: '2021-03' },
    { id: 'l1', lane: 'b', title: 'L1', start: '2023-02' },
  ],
  depth: {
    title: 'D',
    levels: [
      { at: '2021-06', title: 'suppea' },
      { at: '2022-06', title: 'laajempi' },
      { at: '2023-01', title: 'laaja' },
    ],
  },
});

const ids = (stops: readonly Stop[]) =>
  stops.map((s) => (s.kind === 'phase' ? s.phaseId : s.kind === 'step' ? s.stepId : s.kind === 'rest' ? `rest:${s.stepIds.join(',')}` : s.kind));

const plain = (r: Reveal) => ({ ...r, phaseIds: [...r.phaseIds].sort(), stepIds: [...r.stepIds].sort() });

describe('stopsOf by phase', () => {
  test('the title, then the phases in time order (empty and open-ended ones included), then steps outside every phase', () => {
    const stops = stopsOf(d, 'phase');
    expect(ids(stops)).toEqual(['title', 'early', 'empty', 'mid', 'late', 'rest:pre,gap']);
    expect(stops[2]).toEqual({ kind: 'phase', phaseId: 'empty', index: 1, count: 4 });
    expect(stops[4]).toEqual({ kind: 'phase', phaseId: 'late', index: 3, count: 4 });
  });

  test('same start: a phase with an end before an open-ended one, then document order; otherwise by start', () => {
    const tied = diagram({
      phases: [
        { id: 'open', title: 'Open', start: '2022-01' },
        { id: 'pb', title: 'B', start: '2022-01', end: '2022-06' },
        { id: 'pc', title: 'C', start: '2022-01-01', end: '2022-03' },
        { id: 'later', title: 'Later', start: '2022-02', end: '2022-04' },
        { id: 'earlyOpen', title: 'Early open', start: '2021-01' },
      ],
    });
    expect(ids(stopsOf(tied, 'phase'))).toEqual(['title', 'earlyOpen', 'pb', 'pc', 'open', 'later']);
  });

  test('no rest stop when every step is in a phase', () => {
    const inside = diagram({
      phases: [{ id: 'p', title: 'P', start: '2021-01' }],
      steps: [{ id: 's', lane: 'a', title: 'S', start: '2021-05' }],
    });
    expect(ids(stopsOf(inside, 'phase'))).toEqual(['title', 'p']);
  });

  test('a diagram with no phases: the title, then all its steps at once; with nothing at all, the title alone', () => {
    const noPhases = diagram({
      steps: [
        { id: 'y', lane: 'b', title: 'Y', start: '2022-01' },
        { id: 'x', lane: 'a', title: 'X', start: '2022-01' },
      ],
    });
    expect(stopsOf(noPhases, 'phase')).toEqual([{ kind: 'title' }, { kind: 'rest', stepIds: ['x', 'y'] }]);
    expect(stopsOf(diagram({}), 'phase')).toEqual([{ kind: 'title' }]);
    expect(stopsOf(diagram({}), 'step')).toEqual([{ kind: 'title' }]);
  });

  test('the workshop fixture', () => {
    expect(ids(stopsOf(workshop(), 'phase'))).toEqual(['title', 'valmistelu', 'toteutus', 'arviointi', 'jatko', 'rest:esiselvitys']);
  });
});

describe('stopsOf by step', () => {
  test('the title, then every step in time order (start, lane order, id), with its phase', () => {
    const stops = stopsOf(d, 'step');
    expect(ids(stops)).toEqual(['title', 'pre', 'e2', 'e1', 'gap', 'm1', 'l1', 'l2']);
    expect(stops.slice(1).map((s) => (s.kind === 'step' ? s.phaseId : 'x'))).toEqual([
      null,
      'early',
      'early',
      null,
      'mid', // it starts in mid and runs into late
      'late',
      'late', // an open-ended phase has no end
    ]);
    expect(stops[1]).toEqual({ kind: 'step', stepId: 'pre', phaseId: null, index: 0, count: 7 });
  });

  test('same start and lane: by id', () => {
    const same = diagram({
      steps: [
        { id: 'b2', lane: 'a', title: 'B', start: '2022-01' },
        { id: 'a1', lane: 'a', title: 'A', start: '2022-01' },
      ],
    });
    expect(ids(stopsOf(same, 'step'))).toEqual(['title', 'a1', 'b2']);
  });
});

describe('revealedAt by phase', () => {
  const stops = stopsOf(d, 'phase');

  test('the title reveals nothing', () => {
    expect(plain(revealedAt(d, stops, 0))).toEqual({
      phaseIds: [],
      stepIds: [],
      currentPhaseId: null,
      currentStepId: null,
      depthLevels: [],
    });
  });

  test('each phase stop adds its phase and its steps to the earlier ones', () => {
    expect(plain(revealedAt(d, stops, 1))).toEqual({
      phaseIds: ['early'],
      stepIds: ['e1', 'e2'],
      currentPhaseId: 'early',
      currentStepId: null,
      depthLevels: [0],
    });
    // the empty phase: nothing new but itself
    expect(plain(revealedAt(d, stops, 2))).toMatchObject({ phaseIds: ['early', 'empty'], stepIds: ['e1', 'e2'], currentPhaseId: 'empty' });
    // a phase across a level change matches both levels
    expect(plain(revealedAt(d, stops, 3))).toMatchObject({ stepIds: ['e1', 'e2', 'm1'], currentPhaseId: 'mid', depthLevels: [0, 1] });
    // the open-ended phase; steps outside phases still dimmed
    expect(plain(revealedAt(d, stops, 4))).toEqual({
      phaseIds: ['early', 'empty', 'late', 'mid'],
      stepIds: ['e1', 'e2', 'l1', 'l2', 'm1'],
      currentPhaseId: 'late',
      currentStepId: null,
      depthLevels: [2],
    });
  });

  test('the rest stop reveals everything', () => {
    expect(plain(revealedAt(d, stops, 5))).toEqual({
      phaseIds: ['early', 'empty', 'late', 'mid'],
      stepIds: ['e1', 'e2', 'gap', 'l1', 'l2', 'm1', 'pre'],
      currentPhaseId: null,
      currentStepId: null,
      depthLevels: [],
    });
    // beyond the last stop: the last stop
    expect(plain(revealedAt(d, stops, 99))).toEqual(plain(revealedAt(d, stops, 5)));
    expect(plain(revealedAt(d, stops, -1))).toEqual(plain(revealedAt(d, stops, 0)));
  });
});

describe('revealedAt by step', () => {
  const stops = stopsOf(d, 'step');

  test('the steps so far, and every phase begun by the current step’s start', () => {
    // before every phase and level: the first level covers what comes before it
    expect(plain(revealedAt(d, stops, 1))).toEqual({
      phaseIds: [],
      stepIds: ['pre'],
      currentPhaseId: null,
      currentStepId: 'pre',
      depthLevels: [0],
    });
    expect(plain(revealedAt(d, stops, 2))).toEqual({
      phaseIds: ['early'],
      stepIds: ['e2', 'pre'],
      currentPhaseId: 'early',
      currentStepId: 'e2',
      depthLevels: [0],
    });
    // between phases: the empty phase has begun and is shown
    expect(plain(revealedAt(d, stops, 4))).toEqual({
      phaseIds: ['early', 'empty'],
      stepIds: ['e1', 'e2', 'gap', 'pre'],
      currentPhaseId: null,
      currentStepId: 'gap',
      depthLevels: [0],
    });
    expect(plain(revealedAt(d, stops, 6))).toMatchObject({
      phaseIds: ['early', 'empty', 'late', 'mid'],
      currentPhaseId: 'late',
      currentStepId: 'l1',
      depthLevels: [2],
    });
  });
});

describe('depth levels', () => {
  test('a level with the same date as the next covers nothing', () => {
    const same = diagram({
      phases: [{ id: 'p', title: 'P', start: '2021-06', end: '2022-03' }],
      steps: [{ id: 's', lane: 'a', title: 'S', start: '2022-05' }],
      depth: {
        title: 'D',
        levels: [
          { at: '2021-01', title: 'a' },
          { at: '2022-01', title: 'b' },
          { at: '2022-01', title: 'c' },
        ],
      },
    });
    expect(revealedAt(same, stopsOf(same, 'phase'), 1).depthLevels).toEqual([0, 2]);
    expect(revealedAt(same, stopsOf(same, 'step'), 1).depthLevels).toEqual([2]);
  });

  test('no depth band: no levels', () => {
    const none = diagram({ phases: [{ id: 'p', title: 'P', start: '2021-06' }] });
    expect(revealedAt(none, stopsOf(none, 'phase'), 1)).toMatchObject({ currentPhaseId: 'p', depthLevels: [] });
  });

  test('stops made before an edit: ids the diagram no longer has are ignored', () => {
    const stops = stopsOf(d, 'phase');
    const fewer = diagram({ phases: [{ id: 'early', title: 'Early', start: '2021-07', end: '2021-12' }] });
    expect(plain(revealedAt(fewer, stops, 3))).toEqual({
      phaseIds: ['early'],
      stepIds: [],
      currentPhaseId: null,
      currentStepId: null,
      depthLevels: [],
    });
  });
});
