/** Copy-on-write changes to the immutable objects of a Diagram. */
import { hasOwn } from '../json.ts';

/**
 * A change to one property: `undefined` leaves it as it is, `null` removes
 * it, anything else sets it.
 */
export type Change = unknown;

/**
 * A copy of `object` with `changes` applied (see Change), every other
 * property — unknown ones included — kept as it was. The object itself when
 * nothing changes, so an edit that changes nothing is recognisable.
 */
export function applyChanges<T extends object>(object: T, changes: Readonly<Record<string, Change>>): T {
  const record = object as Readonly<Record<string, unknown>>;
  let next: Record<string, unknown> | undefined;
  for (const key of Object.keys(changes)) {
    const value = changes[key];
    if (value === undefined) continue;
    const has = hasOwn(record, key);
    if (value === null) {
      if (!has) continue;
      next ??= { ...record };
      delete next[key];
    } else {
      if (has && record[key] === value) continue;
      next ??= { ...record };
      next[key] = value;
    }
  }
  return (next ?? object) as T;
}

/** Optional text as a Change: the empty string (or null) removes the property. */
export function textChange(text: string | null | undefined): string | null | undefined {
  return text === '' ? null : text;
}

/** An object without its `undefined` properties (for objects built from optional arguments). */
export function compact<T extends Record<string, unknown>>(object: T): T {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(object)) if (object[key] !== undefined) result[key] = object[key];
  return result as T;
}

/** `list` with `item` at `index` replaced (the list itself when it is the same item). */
export function replaceAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  if (list[index] === item) return list;
  const next = list.slice();
  next[index] = item;
  return next;
}

/** `list` with `item` inserted at `index`. */
export function insertAt<T>(list: readonly T[], index: number, item: T): readonly T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/** `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): readonly T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}
