/**
 * How deep objects and lists are nested, found without recursion: a value
 * nested thousands of levels deep cannot overflow the stack here, and is
 * refused before anything that recurses (JSON.stringify, structuredClone)
 * ever sees it.
 */
import { MAX_NESTING } from './limits.ts';
import type { Path } from './path.ts';
import type { Problem } from './types.ts';

type Visit = { readonly value: object; readonly depth: number; readonly parent: Visit | undefined; readonly key: string | number };

function pathOf(visit: Visit): Path {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at !== undefined && at.parent !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * The first object or list (in document order) nested deeper than `max`
 * levels — the document itself being level 1 — as a `tooDeep` problem at its
 * path, or undefined when there is none.
 */
export function findTooDeep(document: unknown, max = MAX_NESTING): Problem | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const stack: Visit[] = [{ value: document, depth: 1, parent: undefined, key: '' }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.depth > max) return { path: pathOf(visit), code: 'tooDeep', params: { max } };
    const { value } = visit;
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    // pushed last to first, so that the first child is looked at first
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string | number;
      const item: unknown = (value as Record<string | number, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: visit.depth + 1, parent: visit, key });
    }
  }
  return undefined;
}
