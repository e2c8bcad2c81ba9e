/** Link edits: add (no self-links, no unknown steps, no repeats), update, delete, reverse. */
import { describe, expect, test } from 'vitest';
import { addLink, deleteLink, reverseLink, updateLink } from '../../../src/model/operations/index.ts';
import { accepted, createdBy, refused, small } from './helpers.ts';

describe('addLink', () => {
  test('adds a link with a readable id', () => {
    const result = addLink(small(), 's1', 's3', 'suoraan');
    expect(createdBy(result)).toEqual(['s1-s3']);
    expect(accepted(result).links.at(-1)).toEqual({ id: 's1-s3', from: 's1', to: 's3', title: 'suoraan' });
    expect(accepted(addLink(small(), 's3', 's1', '')).links.at(-1)).toEqual({ id: 's3-s1', from: 's3', to: 's1' });
  });

  test('refuses a self-link, unknown steps and an identical link already there', () => {
    const diagram = small();
    const before = JSON.stringify(diagram);
    expect(refused(addLink(diagram, 's1', 's1'))).toEqual([
      { path: ['links', 2, 'to'], code: 'selfLink', params: { id: 's1' } },
    ]);
    expect(refused(addLink(diagram, 'x', 'y'))).toEqual([
      { path: ['links', 2, 'from'], code: 'unknownStep', params: { id: 'x' } },
      { path: ['links', 2, 'to'], code: 'unknownStep', params: { id: 'y' } },
    ]);
    expect(refused(addLink(diagram, 's1', 's2'))).toEqual([
      { path: ['links', 2, 'to'], code: 'duplicateLink', params: { from: 'One', to: 'Two', first: 'links[0]' } },
    ]);
    expect(refused(addLink(diagram, 's1', 's3', 'a\u0000'))).toEqual([
      { path: ['links', 2, 'title'], code: 'controlChar', params: { code: 'U+0000' } },
    ]);
    expect(JSON.stringify(diagram)).toBe(before);
  });

  test('the opposite direction is another link', () => {
    expect(accepted(addLink(small(), 's2', 's1')).links).toHaveLength(3);
  });
});

describe('updateLink, deleteLink, reverseLink', () => {
  test('title set and removed; unknown properties kept', () => {
    const diagram = small({ links: [{ id: 'l1', from: 's1', to: 's2', 'x-style': 'dashed' }] });
    const titled = accepted(updateLink(diagram, 'l1', { title: 'sitten' }));
    expect(titled.links[0]).toEqual({ id: 'l1', from: 's1', to: 's2', 'x-style': 'dashed', title: 'sitten' });
    expect(accepted(updateLink(titled, 'l1', { title: '' })).links[0]).toEqual(diagram.links[0]);
    expect(accepted(updateLink(titled, 'l1', { title: null })).links[0]).toEqual(diagram.links[0]);
    expect(refused(updateLink(diagram, 'l1', { title: 'x'.repeat(201) }))).toEqual([
      { path: ['links', 0, 'title'], code: 'titleLength', params: { length: 201, max: 200 } },
    ]);
  });

  test('delete', () => {
    expect(accepted(deleteLink(small(), 'l1')).links.map((l) => l.id)).toEqual(['l2']);
    expect(refused(deleteLink(small(), 'nope'))).toEqual([{ path: ['links'], code: 'id', params: { value: 'nope' } }]);
  });

  test('reverse swaps the ends; refused when the reverse arrow is already there', () => {
    expect(accepted(reverseLink(small(), 'l2')).links[1]).toEqual({ id: 'l2', from: 's3', to: 's2', title: 'then' });
    const both = small({
      links: [
        { id: 'l1', from: 's1', to: 's2' },
        { id: 'l2', from: 's2', to: 's1' },
      ],
    });
    expect(refused(reverseLink(both, 'l1'))).toEqual([
      { path: ['links', 0, 'to'], code: 'duplicateLink', params: { from: 'Two', to: 'One', first: 'links[1]' } },
    ]);
  });
});
