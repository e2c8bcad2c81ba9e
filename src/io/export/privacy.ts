/**
 * Workshop data — notes, comments with their authors, votes — stays out of
 * exported images and the JSON embedded in them unless the person asks for
 * it. Plain data in, plain data out; the same object when nothing is removed.
 */
import type { Diagram } from '../../model/types';

/** Properties of a step or a phase that hold workshop data. */
export const WORKSHOP_KEYS = ['notes', 'comments', 'votes'] as const;
/** A document-level property that holds workshop data. */
export const WORKSHOP_DOCUMENT_KEY = 'workshop';

const hasAny = (o: object, keys: readonly string[]) => keys.some((k) => Object.prototype.hasOwnProperty.call(o, k));

/** `o` without `keys` (in their original order otherwise), or `o` itself when it has none of them. */
function omit<T extends object>(o: T, keys: readonly string[]): T {
  if (!hasAny(o, keys)) return o;
  const copy: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(o)) {
    // defineProperty: a key such as "__proto__" stays a plain property
    if (!keys.includes(k)) Object.defineProperty(copy, k, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}

/** The same array when no item changed. */
function omitEach<T extends object>(items: readonly T[], keys: readonly string[]): readonly T[] {
  const out = items.map((item) => omit(item, keys));
  return out.some((item, i) => item !== items[i]) ? out : items;
}

export function withoutWorkshopNotes(d: Diagram): Diagram {
  const steps = omitEach(d.steps, WORKSHOP_KEYS);
  const phases = omitEach(d.phases, WORKSHOP_KEYS);
  const doc = omit(d, [WORKSHOP_DOCUMENT_KEY]);
  if (doc === d && steps === d.steps && phases === d.phases) return d;
  return { ...doc, steps, phases };
}
