/** Depth band edits: levels stay in time order, 2–10 of them. */
import { describe, expect, test } from 'vitest';
import {
  addDepthLevel,
  removeDepthLevel,
  setDepth,
  setDepthTitle,
  updateDepthLevel,
} from '../../../src/model/operations/index.ts';
import { accepted, refused, seed, small } from './helpers.ts';

const dates = (levels: readonly { at: string }[] | undefined) => levels?.map((level) => level.at);

describe('depth', () => {
  test('title', () => {
    expect(accepted(setDepthTitle(seed(), 'Aste')).depth?.title).toBe('Aste');
    expect(refused(setDepthTitle(seed(), ''))).toEqual([
      { path: ['depth', 'title'], code: 'titleLength', params: { length: 0, max: 200 } },
    ]);
    expect(refused(setDepthTitle(small(), 'Aste'))).toEqual([{ path: ['depth'], code: 'required', params: { key: 'depth' } }]);
  });

  test('a new level goes to its place in time', () => {
    const after = accepted(addDepthLevel(seed(), '2022-08', 'välitaso'));
    expect(dates(after.depth?.levels)).toEqual(['2021-07', '2022-03', '2022-08', '2023-01']);
    expect(dates(accepted(addDepthLevel(seed(), '2020-01', 'alku')).depth?.levels)).toEqual([
      '2020-01',
      '2021-07',
      '2022-03',
      '2023-01',
    ]);
    // after levels of the same date
    expect(accepted(addDepthLevel(seed(), '2022-03-01', 'sama')).depth?.levels[2]).toEqual({ at: '2022-03-01', title: 'sama' });
    expect(refused(addDepthLevel(seed(), '2022-3', 'x'))).toEqual([
      { path: ['depth', 'levels', 3, 'at'], code: 'date', params: { value: '2022-3' } },
    ]);
  });

  test('at most 10 levels, at least 2', () => {
    let diagram = seed();
    for (let i = 0; i < 7; i++) diagram = accepted(addDepthLevel(diagram, `2030-0${i + 1}`, `t${i}`));
    expect(refused(addDepthLevel(diagram, '2031-01', 'x'))).toEqual([
      { path: ['depth', 'levels'], code: 'tooMany', params: { max: 10, found: 11 } },
    ]);
    const two = accepted(removeDepthLevel(seed(), 1));
    expect(dates(two.depth?.levels)).toEqual(['2021-07', '2023-01']);
    expect(refused(removeDepthLevel(two, 0))).toEqual([
      { path: ['depth', 'levels'], code: 'tooFew', params: { min: 2, found: 1 } },
    ]);
    expect(refused(removeDepthLevel(two, 5))).toEqual([
      { path: ['depth', 'levels', 5], code: 'required', params: { key: '5' } },
    ]);
  });

  test('an updated level is re-sorted by time; unknown properties kept', () => {
    const diagram = seed();
    const moved = accepted(updateDepthLevel(diagram, 0, { at: '2022-06' }));
    expect(moved.depth?.levels.map((l) => l.title)).toEqual([
      'kohdennettu osallisuus, verkostot',
      'suppea osallisuus, yhteisyys',
      'laaja osallisuus, syvä kumppanuus',
    ]);
    const withExtra = {
      ...diagram,
      depth: { ...diagram.depth!, 'x-band': 'soft', levels: diagram.depth!.levels.map((l, i) => (i === 1 ? { ...l, 'x-k': 1 } : l)) },
    };
    const renamed = accepted(updateDepthLevel(withExtra, 1, { title: 'uusi' }));
    expect(renamed.depth?.['x-band']).toBe('soft');
    expect(renamed.depth?.levels[1]).toEqual({ at: '2022-03', title: 'uusi', 'x-k': 1 });
    expect(refused(updateDepthLevel(diagram, 1, { title: '' }))).toEqual([
      { path: ['depth', 'levels', 1, 'title'], code: 'titleLength', params: { length: 0, max: 200 } },
    ]);
  });

  test('setDepth gives a diagram a band; it must be valid and in time order', () => {
    const band = { title: 'Aste', levels: [{ at: '2021-01', title: 'a' }, { at: '2022-01', title: 'b' }] };
    expect(accepted(setDepth(small(), band)).depth).toEqual(band);
    expect(refused(setDepth(small(), { title: 'Aste', levels: [{ at: '2022-01', title: 'b' }, { at: '2021-01', title: 'a' }] }))).toEqual([
      { path: ['depth', 'levels', 1, 'at'], code: 'levelOrder', params: { previous: '2022-01', at: '2021-01' } },
    ]);
    expect(refused(setDepth(small(), { title: 'Aste', levels: [{ at: '2022-01', title: 'b' }] }))).toEqual([
      { path: ['depth', 'levels'], code: 'tooFew', params: { min: 2, found: 1 } },
    ]);
  });
});
