/** Rows of a list kept in date order (the depth levels) keep their keys when an edit moves their entry. */
import { describe, expect, it } from 'vitest';
import { keyed, rekey, shownOrder } from '../../../src/ui/inspector/document/entryKeys';

type L = { at: string; title: string };
const same = (a: L, b: L) => a.at === b.at && a.title === b.title;
const a: L = { at: '2021-07', title: 'a' };
const b: L = { at: '2022-03', title: 'b' };
const c: L = { at: '2023-01', title: 'c' };

describe('entry keys', () => {
  it('a level whose new date moves it keeps its key at its new place; the others keep theirs', () => {
    const was = keyed([a, b, c]);
    expect(was.keys).toEqual([0, 1, 2]);
    const moved = { ...a, at: '2022-05' };
    const next = rekey(was, [b, moved, c], same, 0);
    expect(next.keys).toEqual([1, 0, 2]);
  });

  it('follows a changed entry by what is left over when no key is named (an undo)', () => {
    const was = keyed([b, { ...a, at: '2022-05' }, c]);
    // undo puts a back first
    expect(rekey(was, [a, b, c], same).keys).toEqual([1, 0, 2]);
  });

  it('a new entry gets the key named for it, or a new one; a removed entry’s key goes', () => {
    const was = keyed([a, b]);
    const added = rekey(was, [a, c, b], same, was.next);
    expect(added.keys).toEqual([0, 2, 1]);
    expect(added.next).toBe(3);
    expect(rekey(added, [a, b], same).keys).toEqual([0, 1]);
    expect(rekey(was, [a, b, c], same).keys).toEqual([0, 1, 2]);
  });

  it('equal entries keep their places', () => {
    const was = keyed([a, a, b]);
    expect(rekey(was, [a, a, b], same).keys).toEqual([0, 1, 2]);
    // the second copy renamed, the first untouched
    expect(rekey(was, [a, { ...a, title: 'x' }, b], same, 1).keys).toEqual([0, 1, 2]);
  });

  it('shows the rows in the frozen order, a key new to the list at its place in the model', () => {
    expect(shownOrder([1, 0, 2], null)).toEqual([1, 0, 2]);
    expect(shownOrder([1, 0, 2], [0, 1, 2])).toEqual([0, 1, 2]);
    expect(shownOrder([1, 0, 2], [0, 1, 2, 3])).toEqual([0, 1, 2]);
    expect(shownOrder([1, 3, 0, 2], [0, 1, 2])).toEqual([0, 3, 1, 2]);
  });
});
