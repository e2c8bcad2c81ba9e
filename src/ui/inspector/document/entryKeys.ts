/**
 * Keys that stay with the entries of a list whose entries have no ids of
 * their own (the depth band's levels, which the model keeps in time order):
 * an entry keeps its key when an edit moves it to another place, so that its
 * row on screen, and the focus in it, stay with it.
 */

export type Keyed<T> = {
  /** the entries, in the model's order */
  readonly items: readonly T[];
  /** each entry's key, in the same order */
  readonly keys: readonly number[];
  /** the next key never given */
  readonly next: number;
};

/** Fresh keys for a list. */
export function keyed<T>(items: readonly T[]): Keyed<T> {
  return { items, keys: items.map((_, i) => i), next: items.length };
}

/**
 * The keys for `items`, the list after an edit. Every entry equal to one of
 * the list before keeps its key (at the same place when it is still there);
 * `moved`, the key of the entry the edit changed, goes to what is left (the
 * entry as it is now, wherever the edit put it); any other entry left over
 * takes a key left over, in order (one entry edited elsewhere, e.g. by an
 * undo, keeps its key too); entries new to the list get new keys.
 */
export function rekey<T>(was: Keyed<T>, items: readonly T[], same: (a: T, b: T) => boolean, moved?: number): Keyed<T> {
  const keys: (number | undefined)[] = items.map(() => undefined);
  const left: number[] = [];
  was.items.forEach((item, i) => {
    const key = was.keys[i] as number;
    if (key === moved) return;
    if (i < items.length && keys[i] === undefined && same(items[i] as T, item)) {
      keys[i] = key;
      return;
    }
    const j = items.findIndex((other, at) => keys[at] === undefined && same(other, item));
    if (j < 0) left.push(key);
    else keys[j] = key;
  });
  if (moved !== undefined) left.unshift(moved);
  let next = Math.max(was.next, moved === undefined ? 0 : moved + 1);
  return { items, keys: keys.map((k) => k ?? left.shift() ?? next++), next };
}

/**
 * The order the rows are shown in: `frozen` (the order when the person came
 * into the list) for the keys still there, with any new key at its place in
 * the model's order; the model's order when nothing is frozen.
 */
export function shownOrder(keys: readonly number[], frozen: readonly number[] | null): readonly number[] {
  if (frozen === null) return keys;
  const present = new Set(keys);
  const order = frozen.filter((k) => present.has(k));
  const known = new Set(order);
  keys.forEach((k, i) => {
    if (!known.has(k)) order.splice(Math.min(i, order.length), 0, k);
  });
  return order;
}
