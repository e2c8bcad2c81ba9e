/**
 * The rules of file format v1 that look across the document: ids unique in
 * the whole document, references that name something, a link between two
 * different steps, depth levels in time order, and no `__proto__`,
 * `constructor` or `prototype` keys anywhere.
 *
 * Pure and defensive: it takes the parsed document as it is — possibly
 * invalid in any way — checks what can be checked, and never throws.
 */
import { compareDatePoints, isDate } from './dates.ts';
import { hasOwn, isJsonObject, type JsonObject } from './json.ts';
import { FORBIDDEN_KEYS } from './limits.ts';
import { formatPath, type Path } from './path.ts';
import { ID_COLLECTIONS } from './shapes.ts';
import type { Problem } from './types.ts';

/** A container on the walk, with the way back to the root (paths are built only for a hit). */
type Visit = { readonly value: object; readonly parent: Visit | undefined; readonly key: string | number };

function pathOf(visit: Visit | undefined, last: string): Path {
  const path: (string | number)[] = [last];
  for (let at = visit; at !== undefined && at.parent !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/** Every own key named `__proto__`, `constructor` or `prototype`, at any depth (unsorted). */
export function findForbiddenKeys(document: unknown): Problem[] {
  const problems: Problem[] = [];
  if (typeof document !== 'object' || document === null) return problems;
  // iterative, so deeply nested unknown properties cannot overflow the stack
  const stack: Visit[] = [{ value: document, parent: undefined, key: '' }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value } = visit;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key: i });
      }
      continue;
    }
    const record = value as JsonObject;
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      if (FORBIDDEN_KEYS.includes(key)) {
        problems.push({ path: pathOf(visit, key), code: 'forbiddenKey', params: { key } });
        continue;
      }
      const item = record[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: visit, key });
    }
  }
  return problems;
}

/** The items of `document[key]` if it is an array, else undefined. */
function itemsOf(document: JsonObject, key: string): readonly unknown[] | undefined {
  const value = hasOwn(document, key) ? document[key] : undefined;
  return Array.isArray(value) ? value : undefined;
}

function stringProperty(item: unknown, key: string): string | undefined {
  if (!isJsonObject(item) || !hasOwn(item, key)) return undefined;
  const value = item[key];
  return typeof value === 'string' ? value : undefined;
}

/** The ids of the items of one array of the document. */
function idsOf(items: readonly unknown[] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const item of items ?? []) {
    const id = stringProperty(item, 'id');
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Ids used twice anywhere in lanes, phases, legend, steps and links: the later use is reported. */
function duplicateIds(document: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, Path>();
  // in the order the collections appear in the file
  for (const collection of Object.keys(document)) {
    if (!ID_COLLECTIONS.includes(collection)) continue;
    const items = itemsOf(document, collection) ?? [];
    items.forEach((item, index) => {
      const id = stringProperty(item, 'id');
      if (id === undefined) return;
      const path: Path = [collection, index, 'id'];
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, path);
      else problems.push({ path, code: 'duplicateId', params: { id, first: formatPath(earlier) } });
    });
  }
  return problems;
}

/** step.lane names a lane, step.legend a legend entry. */
function stepReferences(document: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const steps = itemsOf(document, 'steps') ?? [];
  const lanes = itemsOf(document, 'lanes');
  const laneIds = idsOf(lanes);
  // legend is optional: absent means no entries
  const legendIds = idsOf(itemsOf(document, 'legend'));
  steps.forEach((step, index) => {
    const lane = stringProperty(step, 'lane');
    // without a lanes array the missing lanes are the problem, not each step
    if (lanes !== undefined && lane !== undefined && !laneIds.has(lane)) {
      problems.push({ path: ['steps', index, 'lane'], code: 'unknownLane', params: { id: lane } });
    }
    const legend = stringProperty(step, 'legend');
    if (legend !== undefined && !legendIds.has(legend)) {
      problems.push({ path: ['steps', index, 'legend'], code: 'unknownLegend', params: { id: legend } });
    }
  });
  return problems;
}

/** link.from and link.to name steps, and two different ones. */
function linkReferences(document: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const steps = itemsOf(document, 'steps');
  const stepIds = idsOf(steps);
  (itemsOf(document, 'links') ?? []).forEach((link, index) => {
    const from = stringProperty(link, 'from');
    const to = stringProperty(link, 'to');
    for (const [key, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (steps !== undefined && id !== undefined && !stepIds.has(id)) {
        problems.push({ path: ['links', index, key], code: 'unknownStep', params: { id } });
      }
    }
    if (from !== undefined && from === to) {
      problems.push({ path: ['links', index, 'to'], code: 'selfLink', params: { id: from } });
    }
  });
  return problems;
}

/** Depth levels in time order: no level before the one above it (equal dates are allowed). */
function levelOrder(document: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const depth = hasOwn(document, 'depth') ? document['depth'] : undefined;
  if (!isJsonObject(depth)) return problems;
  const levels = itemsOf(depth, 'levels') ?? [];
  let previous: string | undefined;
  levels.forEach((level, index) => {
    const at = stringProperty(level, 'at');
    if (!isDate(at)) return; // a bad date is the schema's problem
    if (previous !== undefined && compareDatePoints(at, previous) < 0) {
      problems.push({ path: ['depth', 'levels', index, 'at'], code: 'levelOrder', params: { previous, at } });
    }
    previous = at;
  });
  return problems;
}

/** Every cross-reference problem of a parsed document (empty when there are none). */
export function checkIntegrity(document: unknown): Problem[] {
  const problems = findForbiddenKeys(document);
  if (!isJsonObject(document)) return problems;
  return [
    ...problems,
    ...duplicateIds(document),
    ...stepReferences(document),
    ...linkReferences(document),
    ...levelOrder(document),
  ];
}
