/** Copy and paste: new ids for everything pasted, links only between pasted steps, remapped. */
import { describe, expect, test } from 'vitest';
import { copySteps, isClip, pasteClip, type Clip } from '../../../src/model/operations/index.ts';
import { accepted, allIds, createdBy, deepFreeze, refused, seed, small } from './helpers.ts';

describe('copySteps', () => {
  test('the steps (document order) and only the links between them, as plain JSON', () => {
    const diagram = small();
    const clip = copySteps(diagram, ['s3', 's2', 'unknown']);
    expect(clip.steps.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(clip.links).toEqual([{ id: 'l2', from: 's2', to: 's3', title: 'then' }]);
    expect(JSON.parse(JSON.stringify(clip))).toEqual(clip);
    expect(clip.steps[0]).not.toBe(diagram.steps[1]);
    expect(Object.isFrozen(clip.steps[0])).toBe(false);
    expect(isClip(clip)).toBe(true);
    expect(isClip({ steps: [] })).toBe(false);
  });
});

describe('pasteClip', () => {
  test('new ids for every step and link, links remapped, only links between pasted steps', () => {
    const diagram = seed();
    const ids = diagram.steps.slice(4, 8).map((s) => s.id);
    const clip = deepFreeze(copySteps(diagram, ids));
    const inside = diagram.links.filter((l) => ids.includes(l.from) && ids.includes(l.to));
    const touching = diagram.links.filter((l) => ids.includes(l.from) || ids.includes(l.to));
    expect(inside.length).toBeGreaterThan(0);
    expect(touching.length).toBeGreaterThan(inside.length);
    expect(clip.links).toEqual(inside);

    const result = pasteClip(diagram, clip);
    const after = accepted(result);
    const created = createdBy(result);
    expect(created).toHaveLength(ids.length + inside.length);
    const before = new Set(allIds(diagram));
    for (const id of created) expect(before.has(id)).toBe(false);
    expect(new Set(allIds(after)).size).toBe(allIds(after).length);

    const pastedSteps = after.steps.slice(diagram.steps.length);
    const pastedLinks = after.links.slice(diagram.links.length);
    expect(pastedSteps.map((s) => s.id)).toEqual(created.slice(0, ids.length));
    expect(pastedLinks.map((l) => l.id)).toEqual(created.slice(ids.length));
    // each pasted step is its original with a new id
    const newIdOf = new Map(ids.map((id, i) => [id, pastedSteps[i]!.id]));
    pastedSteps.forEach((s, i) => expect({ ...s, id: ids[i] }).toEqual(diagram.steps[4 + i]));
    // each pasted link joins the copies of the steps its original joined
    expect(pastedLinks.map((l) => [l.from, l.to])).toEqual(inside.map((l) => [newIdOf.get(l.from), newIdOf.get(l.to)]));
    expect(pastedLinks.every((l) => !ids.includes(l.from) && !ids.includes(l.to))).toBe(true);
    // readable ids from the originals'
    expect(pastedSteps[0]!.id).toBe(`${ids[0]}-2`);
  });

  test('pasting twice counts on', () => {
    const diagram = small();
    const clip = copySteps(diagram, ['s1', 's2']);
    const once = accepted(pasteClip(diagram, clip));
    const twice = pasteClip(once, clip);
    expect(createdBy(twice)).toEqual(['s1-3', 's2-3', 'l1-3']);
  });

  test('moved by months; a lane that is gone becomes the given or the first lane; a legend that is gone is dropped', () => {
    const diagram = small();
    const clip: Clip = {
      steps: [
        { id: 'x', lane: 'gone', title: 'X', start: '2022-01-31', end: '2022-02', legend: 'gone', 'x-keep': true },
        { id: 'y', lane: 'b', title: 'Y', start: '2021-11', legend: 'kind' },
      ],
      links: [
        { id: 'k', from: 'x', to: 'y' },
        { id: 'k2', from: 'x', to: 'y' },
        { id: 'k3', from: 'x', to: 'x' },
        { id: 'k4', from: 'x', to: 'elsewhere' },
      ],
    };
    const result = pasteClip(diagram, clip, { months: 1 });
    const after = accepted(result);
    expect(after.steps.slice(3)).toEqual([
      { id: 'x', lane: 'a', title: 'X', start: '2022-02-28', end: '2022-03', 'x-keep': true },
      { id: 'y', lane: 'b', title: 'Y', start: '2021-12', legend: 'kind' },
    ]);
    expect(after.links.slice(2)).toEqual([{ id: 'k', from: 'x', to: 'y' }]);
    expect(createdBy(result)).toEqual(['x', 'y', 'k']);
    expect(accepted(pasteClip(diagram, clip, { lane: 'c' })).steps[3]!.lane).toBe('c');
    expect(refused(pasteClip(diagram, clip, { lane: 'nope' }))).toEqual([
      { path: ['lanes'], code: 'unknownLane', params: { id: 'nope' } },
    ]);
  });

  test('a clip from elsewhere is checked as a file is; nothing is pasted when one thing is wrong', () => {
    const diagram = small();
    const before = JSON.stringify(diagram);
    const bad = JSON.parse(
      '{"steps":[{"id":"x","lane":"a","title":"","start":"2022-01"},{"id":"y","lane":"a","title":"Y","start":"2022-01","__proto__":1}],"links":[]}',
    ) as Clip;
    expect(refused(pasteClip(diagram, bad))).toEqual([
      { path: ['steps', 3, 'title'], code: 'titleLength', params: { length: 0, max: 200 } },
      { path: ['steps', 4, '__proto__'], code: 'forbiddenKey', params: { key: '__proto__' } },
    ]);
    expect(JSON.stringify(diagram)).toBe(before);
  });

  test('an empty clip changes nothing', () => {
    const diagram = small();
    const result = pasteClip(diagram, { steps: [], links: [] });
    expect(result.ok && result.diagram).toBe(diagram);
  });
});
