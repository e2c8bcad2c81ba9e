/** Lane edits: add, update, move, delete (with its steps and their links). */
import { describe, expect, test } from 'vitest';
import { addLane, deleteLane, moveLane, updateLane } from '../../../src/model/operations/index.ts';
import { accepted, createdBy, refused, seed, small } from './helpers.ts';

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('addLane', () => {
  test('at the bottom or at an index, with an id from the title', () => {
    const result = addLane(small(), 'Kuntataso', '#123456');
    expect(createdBy(result)).toEqual(['kuntataso']);
    expect(accepted(result).lanes.at(-1)).toEqual({ id: 'kuntataso', title: 'Kuntataso', color: '#123456' });
    expect(ids(accepted(addLane(small(), 'Ylin', undefined, 0)).lanes)).toEqual(['ylin', 'a', 'b', 'c']);
    expect(ids(accepted(addLane(small(), 'Keski', undefined, 2)).lanes)).toEqual(['a', 'b', 'keski', 'c']);
  });

  test('refuses an invalid title or colour, and a 51st lane', () => {
    expect(refused(addLane(small(), 'T', '#12345', 1))).toEqual([
      { path: ['lanes', 1, 'color'], code: 'color', params: { value: '#12345' } },
    ]);
    expect(refused(addLane(small(), ''))).toEqual([
      { path: ['lanes', 3, 'title'], code: 'titleLength', params: { length: 0, max: 200 } },
    ]);
    const full = small({ lanes: Array.from({ length: 50 }, (_, i) => ({ id: `l${i}`, title: `L${i}` })), steps: [], links: [] });
    expect(refused(addLane(full, 'T'))).toEqual([{ path: ['lanes'], code: 'tooMany', params: { max: 50, found: 51 } }]);
  });
});

describe('updateLane and moveLane', () => {
  test('update keeps unknown properties; null removes the colour', () => {
    const diagram = small({ lanes: [{ id: 'a', title: 'A', color: '#000000', 'x-height': 2 }], steps: [], links: [] });
    const after = accepted(updateLane(diagram, 'a', { title: 'Uusi', color: null }));
    expect(after.lanes[0]).toEqual({ id: 'a', title: 'Uusi', 'x-height': 2 });
    expect(refused(updateLane(diagram, 'a', { title: 'a\u001fb' }))).toEqual([
      { path: ['lanes', 0, 'title'], code: 'controlChar', params: { code: 'U+001F' } },
    ]);
    expect(refused(updateLane(diagram, 'x', { title: 'T' }))).toEqual([
      { path: ['lanes'], code: 'unknownLane', params: { id: 'x' } },
    ]);
  });

  test('move to an index (clamped)', () => {
    expect(ids(accepted(moveLane(small(), 'a', 2)).lanes)).toEqual(['b', 'c', 'a']);
    expect(ids(accepted(moveLane(small(), 'c', 0)).lanes)).toEqual(['c', 'a', 'b']);
    expect(ids(accepted(moveLane(small(), 'b', 99)).lanes)).toEqual(['a', 'c', 'b']);
    const diagram = small();
    const same = moveLane(diagram, 'b', 1);
    expect(same.ok && same.diagram).toBe(diagram);
  });
});

describe('deleteLane', () => {
  test('deletes its steps and every link touching them', () => {
    const after = accepted(deleteLane(small(), 'b'));
    expect(ids(after.lanes)).toEqual(['a', 'c']);
    expect(ids(after.steps)).toEqual(['s1', 's3']);
    expect(after.links).toEqual([]);
  });

  test('the seed', () => {
    const diagram = seed();
    const after = accepted(deleteLane(diagram, 'toimeenpano'));
    const gone = new Set(diagram.steps.filter((s) => s.lane === 'toimeenpano').map((s) => s.id));
    expect(gone.size).toBeGreaterThan(0);
    expect(after.steps.some((s) => gone.has(s.id))).toBe(false);
    expect(after.links.some((l) => gone.has(l.from) || gone.has(l.to))).toBe(false);
    expect(after.links.length).toBe(diagram.links.filter((l) => !gone.has(l.from) && !gone.has(l.to)).length);
  });

  test('refuses deleting the last lane', () => {
    const diagram = small({ lanes: [{ id: 'a', title: 'A' }], steps: [], links: [] });
    expect(refused(deleteLane(diagram, 'a'))).toEqual([{ path: ['lanes'], code: 'tooFew', params: { min: 1, found: 0 } }]);
  });
});
