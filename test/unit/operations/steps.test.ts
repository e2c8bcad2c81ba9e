/** Step edits: add, update, delete (with their links), duplicate; refusals are located and change nothing. */
import { describe, expect, test } from 'vitest';
import {
  addStep,
  deleteStep,
  deleteSteps,
  duplicateStep,
  updateStep,
} from '../../../src/model/operations/index.ts';
import { readDiagramValue } from '../../../src/io/readDiagram.ts';
import { accepted, allIds, createdBy, refused, seed, small, step } from './helpers.ts';

const long = (n: number) => 'x'.repeat(n);

describe('addStep', () => {
  test('adds a step with a readable, unique id', () => {
    const diagram = seed();
    const first = addStep(diagram, { lane: 'toimeenpano', title: 'Strategiatyö', start: '2022-05' });
    expect(createdBy(first)).toEqual(['strategiatyo']);
    const second = addStep(accepted(first), { lane: 'toimeenpano', title: 'Strategiatyö', start: '2022-06' });
    expect(createdBy(second)).toEqual(['strategiatyo-2']);
    const after = accepted(second);
    expect(after.steps.at(-1)).toEqual({ id: 'strategiatyo-2', lane: 'toimeenpano', title: 'Strategiatyö', start: '2022-06' });
    expect(after.steps).toHaveLength(diagram.steps.length + 2);
    // an id already used by another kind of object counts too: "aloitus" is a step, "vate" a phase
    expect(createdBy(addStep(diagram, { lane: 'valmistelu', title: 'VATE', start: '2021-08' }))).toEqual(['vate-2']);
    expect(new Set(allIds(after)).size).toBe(allIds(after).length);
  });

  test('optional properties, an empty description left out', () => {
    const after = accepted(
      addStep(small(), { lane: 'b', title: 'Uusi', start: '2022-01', end: '2022-02-15', description: '', color: '#abcdef', legend: 'kind' }),
    );
    expect(after.steps.at(-1)).toEqual({
      id: 'uusi',
      lane: 'b',
      title: 'Uusi',
      start: '2022-01',
      end: '2022-02-15',
      color: '#abcdef',
      legend: 'kind',
    });
  });

  test('refuses with problems at the place the step would have', () => {
    const diagram = small();
    const before = JSON.stringify(diagram);
    expect(refused(addStep(diagram, { lane: 'a', title: '', start: '2022-01' }))).toEqual([
      { path: ['steps', 3, 'title'], code: 'titleLength', params: { length: 0, max: 200 } },
    ]);
    expect(refused(addStep(diagram, { lane: 'a', title: 'T', start: '2022-03', end: '2022-02-28' }))).toEqual([
      { path: ['steps', 3, 'end'], code: 'endBeforeStart', params: { start: '2022-03', end: '2022-02-28' } },
    ]);
    expect(refused(addStep(diagram, { lane: 'nope', title: 'T', start: '2022-02-30', legend: 'gone' }))).toEqual([
      { path: ['steps', 3, 'start'], code: 'date', params: { value: '2022-02-30' } },
      { path: ['steps', 3, 'lane'], code: 'unknownLane', params: { id: 'nope' } },
      { path: ['steps', 3, 'legend'], code: 'unknownLegend', params: { id: 'gone' } },
    ]);
    expect(JSON.stringify(diagram)).toBe(before);
  });
});

describe('updateStep', () => {
  test('changes what the patch names and keeps unknown properties', () => {
    const diagram = small({
      steps: [{ id: 's1', lane: 'a', title: 'One', start: '2021-11', 'x-note': { keep: [1, 2] }, color: '#000000' }],
      links: [],
    });
    const after = accepted(
      updateStep(diagram, 's1', { title: 'Yksi\nkaksi', description: 'Kuvaus', end: '2022-01', color: null, lane: 'c' }),
    );
    expect(after.steps[0]).toEqual({
      id: 's1',
      lane: 'c',
      title: 'Yksi\nkaksi',
      start: '2021-11',
      'x-note': { keep: [1, 2] },
      description: 'Kuvaus',
      end: '2022-01',
    });
  });

  test('null removes end, colour and legend; the empty string removes the description', () => {
    const diagram = small({
      steps: [
        { id: 's1', lane: 'a', title: 'One', start: '2021-11', end: '2022-01', color: '#000000', legend: 'kind', description: 'd' },
      ],
      links: [],
    });
    const after = accepted(updateStep(diagram, 's1', { end: null, color: null, legend: null, description: '' }));
    expect(after.steps[0]).toEqual({ id: 's1', lane: 'a', title: 'One', start: '2021-11' });
  });

  test('an update that changes nothing returns the input itself', () => {
    const diagram = small();
    const result = updateStep(diagram, 's1', { title: 'One', color: null });
    expect(result.ok && result.diagram).toBe(diagram);
  });

  test.each([
    ['an empty title', { title: '' }, [{ path: ['steps', 1, 'title'], code: 'titleLength', params: { length: 0, max: 200 } }]],
    [
      'a 201-code-point title',
      { title: '🌱'.repeat(201) },
      [{ path: ['steps', 1, 'title'], code: 'titleLength', params: { length: 201, max: 200 } }],
    ],
    [
      'a control character in the title',
      { title: 'a\u0007b' },
      [{ path: ['steps', 1, 'title'], code: 'controlChar', params: { code: 'U+0007' } }],
    ],
    ['an invalid colour', { color: 'red' }, [{ path: ['steps', 1, 'color'], code: 'color', params: { value: 'red' } }]],
    [
      'an end before the start',
      { end: '2021-12' },
      [{ path: ['steps', 1, 'end'], code: 'endBeforeStart', params: { start: '2022-01-31', end: '2021-12' } }],
    ],
    [
      'a start after the end',
      { start: '2022-04' },
      [{ path: ['steps', 1, 'end'], code: 'endBeforeStart', params: { start: '2022-04', end: '2022-03' } }],
    ],
    ['an invalid date', { start: '2023-02-29' }, [{ path: ['steps', 1, 'start'], code: 'date', params: { value: '2023-02-29' } }]],
    ['an unknown lane', { lane: 'x' }, [{ path: ['steps', 1, 'lane'], code: 'unknownLane', params: { id: 'x' } }]],
    ['an unknown legend entry', { legend: 'x' }, [{ path: ['steps', 1, 'legend'], code: 'unknownLegend', params: { id: 'x' } }]],
    [
      'a too long description',
      { description: long(4001) },
      [{ path: ['steps', 1, 'description'], code: 'textLength', params: { length: 4001, max: 4000 } }],
    ],
  ])('refuses %s with a located problem, changing nothing', (_name, patch, problems) => {
    const diagram = small();
    const before = JSON.stringify(diagram);
    expect(refused(updateStep(diagram, 's2', patch))).toEqual(problems);
    expect(JSON.stringify(diagram)).toBe(before);
  });

  test('200 emoji are a valid title', () => {
    expect(step(accepted(updateStep(small(), 's2', { title: '🌱'.repeat(200) })), 's2')?.title).toHaveLength(400);
  });

  test('refuses an unknown step', () => {
    expect(refused(updateStep(small(), 'zz', { title: 'x' }))).toEqual([
      { path: ['steps'], code: 'unknownStep', params: { id: 'zz' } },
    ]);
  });
});

describe('deleting steps', () => {
  test('deleting a step deletes its links', () => {
    const after = accepted(deleteStep(small(), 's2'));
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(after.links).toEqual([]);
  });

  test('the seed: every link touching the step goes, the others stay', () => {
    const diagram = seed();
    const id = diagram.steps[5]!.id;
    const touching = diagram.links.filter((link) => link.from === id || link.to === id);
    expect(touching.length).toBeGreaterThan(0);
    const after = accepted(deleteStep(diagram, id));
    expect(after.links).toEqual(diagram.links.filter((link) => !touching.includes(link)));
  });

  test('deleteSteps deletes several with their links in one edit; unknown ids refuse it all', () => {
    const diagram = small();
    const after = accepted(deleteSteps(diagram, ['s1', 's3']));
    expect(after.steps.map((s) => s.id)).toEqual(['s2']);
    expect(after.links).toEqual([]);
    expect(refused(deleteSteps(diagram, ['s1', 'x']))).toEqual([{ path: ['steps'], code: 'unknownStep', params: { id: 'x' } }]);
    const none = deleteSteps(diagram, []);
    expect(none.ok && none.diagram).toBe(diagram);
  });
});

describe('duplicateStep', () => {
  test('a copy one month later, right after the original, with a new id and no links', () => {
    const diagram = small({
      steps: [
        { id: 's1', lane: 'a', title: 'One', start: '2022-01-31', end: '2022-03', 'x-note': 'kept' },
        { id: 's2', lane: 'a', title: 'Two', start: '2022-05' },
      ],
      links: [{ id: 'l1', from: 's1', to: 's2' }],
    });
    const result = duplicateStep(diagram, 's1');
    const after = accepted(result);
    expect(createdBy(result)).toEqual(['s1-2']);
    expect(after.steps.map((s) => s.id)).toEqual(['s1', 's1-2', 's2']);
    expect(after.steps[1]).toEqual({ id: 's1-2', lane: 'a', title: 'One', start: '2022-02-28', end: '2022-04', 'x-note': 'kept' });
    expect(after.links).toEqual(diagram.links);
    // a copy of a copy counts on: s1-3, not s1-2-2
    expect(createdBy(duplicateStep(after, 's1-2'))).toEqual(['s1-3']);
  });

  test('the result is readable', () => {
    const diagram = seed();
    for (const s of diagram.steps) accepted(duplicateStep(diagram, s.id));
    expect(readDiagramValue(diagram).ok).toBe(true);
  });
});
