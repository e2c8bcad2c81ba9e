/** Lists of problems: without repeats, in the order of the document. */
import { hasOwn, isJsonObject } from './json.ts';
import type { Path } from './path.ts';
import { kindAt, SHAPES } from './shapes.ts';
import type { Problem } from './types.ts';

function problemKey(problem: Problem): string {
  return JSON.stringify([problem.code, problem.path, problem.params ?? {}]);
}

/** The problems without repeats (same code, path and parameters), first occurrence kept. */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = problemKey(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where a key stands among the keys of the object at `path`: its position in
 * the file, or, for a missing property, where it would be written (just
 * before the first present property that follows it in the writing order).
 */
function keyRank(object: object, key: string, objectPath: Path): number {
  const keys = Object.keys(object);
  const index = keys.indexOf(key);
  if (index >= 0) return index;
  const kind = kindAt(objectPath);
  const order = kind === undefined ? [] : SHAPES[kind].order;
  const own = order.indexOf(key);
  if (own >= 0) {
    const after = keys.findIndex((k) => order.indexOf(k) > own);
    if (after >= 0) return after - 0.5;
  }
  return keys.length;
}

/** The position of a path in the document, as a list of numbers to compare. */
function rank(document: unknown, path: Path): number[] {
  const ranks: number[] = [];
  let node: unknown = document;
  path.forEach((segment, depth) => {
    if (typeof segment === 'number') {
      ranks.push(segment);
      node = Array.isArray(node) ? node[segment] : undefined;
    } else if (isJsonObject(node)) {
      ranks.push(keyRank(node, segment, path.slice(0, depth)));
      node = hasOwn(node, segment) ? node[segment] : undefined;
    } else {
      ranks.push(Number.MAX_SAFE_INTEGER);
      node = undefined;
    }
  });
  return ranks;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  // a problem of an object comes before the problems of its properties
  return a.length - b.length;
}

/** The problems in the order of their places in the document (stable for equal places). */
export function sortProblems(problems: readonly Problem[], document: unknown): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index, rank: rank(document, problem.path) }))
    .sort((x, y) => compareRanks(x.rank, y.rank) || x.index - y.index)
    .map(({ problem }) => problem);
}
