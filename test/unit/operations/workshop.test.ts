/** Workshop edits: speaker notes, comments and dot votes; refusals are located and change nothing. */
import { describe, expect, test } from 'vitest';
import { writeDiagramText } from '../../../src/io/writeDiagram.ts';
import {
  addComment,
  addVote,
  deleteComment,
  duplicateStep,
  removeVote,
  setNotes,
} from '../../../src/model/operations/index.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { accepted, refused, small, step } from './helpers.ts';

const withPhase = () =>
  small({ phases: [{ id: 'p', title: 'P', start: '2021-11', end: '2022-06', 'x-note': 1 }] });

const phase = (diagram: Diagram) => diagram.phases[0];

describe('setNotes', () => {
  test('sets the speaker notes of a step or a phase as typed, keeping everything else', () => {
    const diagram = withPhase();
    const after = accepted(setNotes(diagram, { kind: 'step', id: 's2' }, 'Kerro tästä.\n- kaksi riviä  '));
    expect(step(after, 's2')).toEqual({ ...step(diagram, 's2'), notes: 'Kerro tästä.\n- kaksi riviä  ' });
    expect(after.steps[0]).toBe(diagram.steps[0]);
    const onPhase = accepted(setNotes(diagram, { kind: 'phase', id: 'p' }, 'Vaiheen muistiinpanot'));
    expect(phase(onPhase)).toEqual({ id: 'p', title: 'P', start: '2021-11', end: '2022-06', 'x-note': 1, notes: 'Vaiheen muistiinpanot' });
    expect(diagram.steps[1]).not.toHaveProperty('notes'); // the input is unchanged
  });

  test('empty (or white space) removes them; nothing to remove returns the diagram itself', () => {
    const diagram = accepted(setNotes(small(), { kind: 'step', id: 's1' }, 'N'));
    const removed = accepted(setNotes(diagram, { kind: 'step', id: 's1' }, ''));
    expect(step(removed, 's1')).toEqual({ id: 's1', lane: 'a', title: 'One', start: '2021-11' });
    expect(step(accepted(setNotes(diagram, { kind: 'step', id: 's1' }, ' \n ')), 's1')).not.toHaveProperty('notes');
    const same = setNotes(removed, { kind: 'step', id: 's1' }, '');
    expect(same.ok && same.diagram).toBe(removed);
    const unchanged = setNotes(diagram, { kind: 'step', id: 's1' }, 'N');
    expect(unchanged.ok && unchanged.diagram).toBe(diagram);
  });

  test('refusals: too long, a control character, an unknown target', () => {
    const diagram = withPhase();
    expect(refused(setNotes(diagram, { kind: 'step', id: 's3' }, 'x'.repeat(4001)))).toEqual([
      { path: ['steps', 2, 'notes'], code: 'textLength', params: { length: 4001, max: 4000 } },
    ]);
    expect(refused(setNotes(diagram, { kind: 'phase', id: 'p' }, 'a\u0007'))).toEqual([
      { path: ['phases', 0, 'notes'], code: 'controlChar', params: { code: 'U+0007' } },
    ]);
    expect(refused(setNotes(diagram, { kind: 'step', id: 'nope' }, 'x'))).toEqual([
      { path: ['steps'], code: 'unknownStep', params: { id: 'nope' } },
    ]);
    expect(refused(setNotes(diagram, { kind: 'phase', id: 'nope' }, 'x'))).toEqual([
      { path: ['phases'], code: 'id', params: { value: 'nope' } },
    ]);
  });
});

describe('comments', () => {
  test('addComment appends, trims, and leaves out an empty author or time', () => {
    const diagram = withPhase();
    const one = accepted(addComment(diagram, { kind: 'step', id: 's1' }, { text: '  Hyvä alku\n', author: ' Niina ', at: '2026-11-22T18:30:00Z' }));
    const two = accepted(addComment(one, { kind: 'step', id: 's1' }, { text: 'Toinen', author: '  ', at: '' }));
    expect(step(two, 's1')?.comments).toEqual([
      { text: 'Hyvä alku', author: 'Niina', at: '2026-11-22T18:30:00Z' },
      { text: 'Toinen' },
    ]);
    const onPhase = accepted(addComment(diagram, { kind: 'phase', id: 'p' }, { text: 'Liian lyhyt', at: '2026-11-22T20:30:00.123+02:00' }));
    expect(phase(onPhase)?.comments).toEqual([{ text: 'Liian lyhyt', at: '2026-11-22T20:30:00.123+02:00' }]);
    expect(phase(onPhase)?.['x-note']).toBe(1);
    expect(diagram.steps[0]).not.toHaveProperty('comments');
  });

  test('addComment refusals are at the place the comment would have', () => {
    const diagram = accepted(addComment(small(), { kind: 'step', id: 's2' }, { text: 'eka' }));
    const before = JSON.stringify(diagram);
    expect(refused(addComment(diagram, { kind: 'step', id: 's2' }, { text: ' \n ' }))).toEqual([
      { path: ['steps', 1, 'comments', 1, 'text'], code: 'textLength', params: { length: 0, min: 1 } },
    ]);
    expect(refused(addComment(diagram, { kind: 'step', id: 's2' }, { text: 'x'.repeat(1001) }))).toEqual([
      { path: ['steps', 1, 'comments', 1, 'text'], code: 'textLength', params: { length: 1001, max: 1000 } },
    ]);
    expect(
      refused(addComment(diagram, { kind: 'step', id: 's2' }, { text: 'ok', author: 'Matti\nM', at: '22.11.2026 klo 18.30' })),
    ).toEqual([
      { path: ['steps', 1, 'comments', 1, 'author'], code: 'controlChar', params: { code: 'U+000A' } },
      { path: ['steps', 1, 'comments', 1, 'at'], code: 'dateTime', params: { value: '22.11.2026 klo 18.30' } },
    ]);
    expect(refused(addComment(diagram, { kind: 'step', id: 's2' }, { text: 'ok', author: 'x'.repeat(101) }))).toEqual([
      { path: ['steps', 1, 'comments', 1, 'author'], code: 'textLength', params: { length: 101, max: 100 } },
    ]);
    expect(refused(addComment(diagram, { kind: 'phase', id: 'none' }, { text: 'ok' }))).toEqual([
      { path: ['phases'], code: 'id', params: { value: 'none' } },
    ]);
    expect(JSON.stringify(diagram)).toBe(before);
  });

  test('deleteComment removes one by index; the last one removes the property', () => {
    let diagram: Diagram = withPhase();
    for (const text of ['a', 'b', 'c']) diagram = accepted(addComment(diagram, { kind: 'phase', id: 'p' }, { text }));
    const withoutB = accepted(deleteComment(diagram, { kind: 'phase', id: 'p' }, 1));
    expect(phase(withoutB)?.comments).toEqual([{ text: 'a' }, { text: 'c' }]);
    const empty = accepted(deleteComment(accepted(deleteComment(withoutB, { kind: 'phase', id: 'p' }, 0)), { kind: 'phase', id: 'p' }, 0));
    expect(phase(empty)).toEqual({ id: 'p', title: 'P', start: '2021-11', end: '2022-06', 'x-note': 1 });
  });

  test('deleteComment refuses an index with no comment', () => {
    const diagram = accepted(addComment(small(), { kind: 'step', id: 's3' }, { text: 'a' }));
    expect(refused(deleteComment(diagram, { kind: 'step', id: 's3' }, 1))).toEqual([
      { path: ['steps', 2, 'comments'], code: 'tooFew', params: { min: 2, found: 1 } },
    ]);
    expect(refused(deleteComment(diagram, { kind: 'step', id: 's3' }, -1))).toEqual([
      { path: ['steps', 2, 'comments'], code: 'tooFew', params: { min: 1, found: 1 } },
    ]);
    expect(refused(deleteComment(small(), { kind: 'step', id: 's1' }, 0))).toEqual([
      { path: ['steps', 0, 'comments'], code: 'tooFew', params: { min: 1, found: 0 } },
    ]);
    expect(refused(deleteComment(diagram, { kind: 'step', id: 'x' }, 0))).toEqual([
      { path: ['steps'], code: 'unknownStep', params: { id: 'x' } },
    ]);
  });

  test('unknown properties of a comment stay through other edits', () => {
    const diagram = small({
      steps: [{ id: 's1', lane: 'a', title: 'One', start: '2021-11', comments: [{ text: 'a', 'x-tag': [1] }] }],
      links: [],
    });
    const after = accepted(addComment(diagram, { kind: 'step', id: 's1' }, { text: 'b' }));
    expect(step(after, 's1')?.comments).toEqual([{ text: 'a', 'x-tag': [1] }, { text: 'b' }]);
  });
});

describe('votes', () => {
  test('addVote counts up from none; removeVote counts down and 0 removes the property', () => {
    const diagram = small();
    const one = accepted(addVote(diagram, 's2'));
    expect(step(one, 's2')?.votes).toBe(1);
    const three = accepted(addVote(accepted(addVote(one, 's2')), 's2'));
    expect(step(three, 's2')?.votes).toBe(3);
    expect(step(accepted(removeVote(three, 's2')), 's2')?.votes).toBe(2);
    const none = accepted(removeVote(one, 's2'));
    expect(step(none, 's2')).toEqual(step(diagram, 's2'));
    expect(step(none, 's2')).not.toHaveProperty('votes');
    // never below 0: a step without votes is left as it is
    const same = removeVote(none, 's2');
    expect(same.ok && same.diagram).toBe(none);
    expect(step(diagram, 's2')).not.toHaveProperty('votes');
  });

  test('a file’s "votes": 0 is removed by removeVote, not made negative', () => {
    const diagram = small({ steps: [{ id: 's1', lane: 'a', title: 'One', start: '2021-11', votes: 0 }], links: [] });
    expect(step(accepted(removeVote(diagram, 's1')), 's1')).not.toHaveProperty('votes');
  });

  test('at most 999; unknown steps refused', () => {
    const diagram = small({ steps: [{ id: 's1', lane: 'a', title: 'One', start: '2021-11', votes: 999 }], links: [] });
    expect(refused(addVote(diagram, 's1'))).toEqual([{ path: ['steps', 0, 'votes'], code: 'tooMany', params: { max: 999, found: 1000 } }]);
    expect(refused(addVote(diagram, 'nope'))).toEqual([{ path: ['steps'], code: 'unknownStep', params: { id: 'nope' } }]);
    expect(refused(removeVote(diagram, 'nope'))).toEqual([{ path: ['steps'], code: 'unknownStep', params: { id: 'nope' } }]);
  });
});

describe('in the file', () => {
  test('written after the other properties, in the order notes, votes, comments (text, author, at)', () => {
    let diagram = withPhase();
    diagram = accepted(addComment(diagram, { kind: 'step', id: 's1' }, { text: 'C', author: 'A', at: '2026-11-22T18:30:00Z' }));
    diagram = accepted(addVote(diagram, 's1'));
    diagram = accepted(setNotes(diagram, { kind: 'step', id: 's1' }, 'N'));
    diagram = accepted(setNotes(diagram, { kind: 'phase', id: 'p' }, 'PN'));
    const text = writeDiagramText(diagram);
    expect(text).toContain(
      [
        '      "start": "2021-11",',
        '      "notes": "N",',
        '      "votes": 1,',
        '      "comments": [',
        '        {',
        '          "text": "C",',
        '          "author": "A",',
        '          "at": "2026-11-22T18:30:00Z"',
        '        }',
        '      ]',
      ].join('\n'),
    );
    expect(text).toContain('"end": "2022-06",\n      "notes": "PN",\n      "x-note": 1');
  });

  test('a duplicated step keeps its notes but not the room’s comments and votes', () => {
    let diagram = accepted(addVote(small(), 's1'));
    diagram = accepted(addComment(diagram, { kind: 'step', id: 's1' }, { text: 'C' }));
    diagram = accepted(setNotes(diagram, { kind: 'step', id: 's1' }, 'N'));
    const copy = step(accepted(duplicateStep(diagram, 's1')), 's1-2');
    expect(copy).toEqual({ id: 's1-2', lane: 'a', title: 'One', start: '2021-12', notes: 'N' });
  });
});
