/** A new id for anything that has one: references follow, the id space stays one. */
import { describe, expect, test } from 'vitest';
import { renameId } from '../../../src/model/operations/index.ts';
import { accepted, refused, small } from './helpers.ts';

describe('renameId', () => {
  test('a step: the arrows to and from it follow', () => {
    const d = accepted(renameId(small(), 'steps', 's2', 'kaksi'));
    expect(d.steps.map((s) => s.id)).toEqual(['s1', 'kaksi', 's3']);
    expect(d.links).toEqual([
      { id: 'l1', from: 's1', to: 'kaksi' },
      { id: 'l2', from: 'kaksi', to: 's3', title: 'then' },
    ]);
  });

  test('a lane and a legend entry: the steps that name them follow', () => {
    const lane = accepted(renameId(small(), 'lanes', 'b', 'toimeenpano'));
    expect(lane.lanes.map((l) => l.id)).toEqual(['a', 'toimeenpano', 'c']);
    expect(lane.steps.find((s) => s.id === 's2')!.lane).toBe('toimeenpano');
    const legend = accepted(renameId(small(), 'legend', 'kind', 'olemassa'));
    expect(legend.legend[0]!.id).toBe('olemassa');
    expect(legend.steps.find((s) => s.id === 's2')!.legend).toBe('olemassa');
  });

  test('a phase and a link have nothing that names them', () => {
    const withPhase = small({ phases: [{ id: 'p1', title: 'VATE', start: '2021-07', end: '2022-02' }] });
    expect(accepted(renameId(withPhase, 'phases', 'p1', 'vate')).phases[0]).toEqual({ id: 'vate', title: 'VATE', start: '2021-07', end: '2022-02' });
    expect(accepted(renameId(small(), 'links', 'l1', 'o1')).links[0]).toEqual({ id: 'o1', from: 's1', to: 's2' });
  });

  test('refused: not an id, an id used anywhere in the document, an unknown old id; nothing changes', () => {
    const d = small();
    const before = JSON.stringify(d);
    expect(refused(renameId(d, 'steps', 's1', 'a b'))).toEqual([{ path: ['steps', 0, 'id'], code: 'id', params: { value: 'a b' } }]);
    expect(refused(renameId(d, 'steps', 's1', ''))).toEqual([{ path: ['steps', 0, 'id'], code: 'id', params: { value: '' } }]);
    expect(refused(renameId(d, 'steps', 's1', 'x'.repeat(65)))[0]!.code).toBe('id');
    // one id space: a step cannot take a lane's id
    expect(refused(renameId(d, 'steps', 's1', 'a'))).toEqual([
      { path: ['steps', 0, 'id'], code: 'duplicateId', params: { id: 'a', first: 'lanes[0].id' } },
    ]);
    expect(refused(renameId(d, 'steps', 'nope', 'x'))).toEqual([{ path: ['steps'], code: 'unknownStep', params: { id: 'nope' } }]);
    expect(JSON.stringify(d)).toBe(before);
  });

  test('the same id again changes nothing (the same diagram, no undo step)', () => {
    const d = small();
    expect(accepted(renameId(d, 'steps', 's1', 's1'))).toBe(d);
  });
});
