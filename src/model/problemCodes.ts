/** Every ProblemCode, in a runtime list (the type lives in types.ts). */
import type { ProblemCode } from './types.ts';

/** All problem codes, in the order the reader meets them. */
export const PROBLEM_CODES = [
  'linkTooLong',
  'linkDamaged',
  'linkTooLarge',
  'tooLarge',
  'encoding',
  'noDiagram',
  'notJson',
  'tooDeep',
  'notObject',
  'format',
  'version',
  'required',
  'type',
  'id',
  'duplicateId',
  'date',
  'dateTime',
  'endBeforeStart',
  'color',
  'titleLength',
  'textLength',
  'controlChar',
  'language',
  'axisMode',
  'tooFew',
  'tooMany',
  'unknownLane',
  'unknownLegend',
  'unknownStep',
  'selfLink',
  'duplicateLink',
  'levelOrder',
  'forbiddenKey',
] as const satisfies readonly ProblemCode[];

// Compile-time check that the list is complete: fails if a code is missing.
type Missing = Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;

const CODES: ReadonlySet<string> = new Set(PROBLEM_CODES);

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && CODES.has(value);
}
