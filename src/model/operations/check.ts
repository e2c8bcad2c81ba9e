/**
 * Checking what an edit touches with the reader's own rules: the valibot
 * sub-schemas of schema.ts (one object at a time) and a few cross-reference
 * checks phrased as integrity.ts phrases them, so an edit can never produce a
 * document the reader would refuse.
 */
import * as v from 'valibot';
import { findForbiddenKeys } from '../integrity.ts';
import { issueToProblem } from '../issues.ts';
import type { Path } from '../path.ts';
import { dedupeProblems } from '../problems.ts';
import type { Diagram, Problem } from '../types.ts';

/** The problems of `value` against `schema`, located under `at` (the place the value has, or would have, in the document). */
export function checkValue(schema: v.GenericSchema, value: unknown, at: Path): Problem[] {
  const result = v.safeParse(schema, value);
  const problems = result.issues ? result.issues.map(issueToProblem) : [];
  // unknown properties copied into the document must not hide a forbidden key
  problems.push(...findForbiddenKeys(value));
  return dedupeProblems(problems.map((problem) => ({ ...problem, path: [...at, ...problem.path] })));
}

/** The collections of the document whose items carry ids. */
export type Collection = 'lanes' | 'phases' | 'legend' | 'steps' | 'links';

/**
 * An id that names nothing in `collection`. Lanes, legend entries and steps
 * have their own codes; phases and links have none, so their problem is
 * reported as `id` (the id given is not one of the document's).
 */
export function notFound(collection: Collection, id: string): Problem {
  switch (collection) {
    case 'lanes':
      return { path: ['lanes'], code: 'unknownLane', params: { id } };
    case 'legend':
      return { path: ['legend'], code: 'unknownLegend', params: { id } };
    case 'steps':
      return { path: ['steps'], code: 'unknownStep', params: { id } };
    default:
      return { path: [collection], code: 'id', params: { value: id } };
  }
}

/** The index of the item with `id` in a list of the document, or -1. */
export function indexOfId(items: readonly { readonly id: string }[], id: string): number {
  return items.findIndex((item) => item.id === id);
}

/** A list that would grow beyond its limit. */
export function tooMany(path: Path, max: number, found: number): Problem {
  return { path, code: 'tooMany', params: { max, found } };
}

/** A list that would shrink below its limit. */
export function tooFew(path: Path, min: number, found: number): Problem {
  return { path, code: 'tooFew', params: { min, found } };
}

/** `step.lane` names a lane and `step.legend` (if any) a legend entry, as integrity.ts requires. */
export function checkStepReferences(
  diagram: Diagram,
  step: { readonly lane?: unknown; readonly legend?: unknown },
  index: number,
): Problem[] {
  const problems: Problem[] = [];
  const { lane, legend } = step;
  if (typeof lane === 'string' && !diagram.lanes.some((item) => item.id === lane)) {
    problems.push({ path: ['steps', index, 'lane'], code: 'unknownLane', params: { id: lane } });
  }
  if (typeof legend === 'string' && !diagram.legend.some((item) => item.id === legend)) {
    problems.push({ path: ['steps', index, 'legend'], code: 'unknownLegend', params: { id: legend } });
  }
  return problems;
}
