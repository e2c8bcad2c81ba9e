/**
 * valibot issues → Problems. The code is the issue's message (every schema
 * and action of schema.ts has a ProblemCode as its message); the parameters
 * come from the issue's input and requirement.
 */
import type * as v from 'valibot';
import { jsonTypeOf } from './json.ts';
import { READABLE_VERSIONS, type Problem, type ProblemCode } from './types.ts';
import { isProblemCode } from './problemCodes.ts';
import { codePointCount, findControlChar } from './patterns.ts';
import type { Path } from './path.ts';
import { MAX_TITLE_CODE_POINTS } from './limits.ts';

type Params = Record<string, string | number>;

/** The JSON type each valibot schema type expects. */
const EXPECTED: Readonly<Record<string, string>> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  loose_object: 'object',
  array: 'array',
};

const MAX_SHOWN = 60;

/**
 * A value as it is quoted in a message: at most 60 code points (then "…"),
 * refused control characters written as `\u0001`.
 */
export function shownValue(value: unknown): string {
  const textValue = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const chars = Array.from(textValue);
  const cut = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : textValue;
  return cut.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** What a tooFew / tooMany problem counts: the items of a list, or a number itself (votes). */
function countOf(input: unknown): number {
  if (Array.isArray(input)) return input.length;
  return typeof input === 'number' ? input : 0;
}

function paramsFor(code: ProblemCode, issue: v.BaseIssue<unknown>, path: Path): Params {
  const input = issue.input;
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : 0;
  switch (code) {
    case 'required':
      return { key: String(path[path.length - 1] ?? '') };
    case 'type':
      return { expected: EXPECTED[issue.type] ?? 'value', found: jsonTypeOf(input) };
    case 'format':
      return input === undefined ? {} : { found: shownValue(input) };
    case 'version':
      return {
        ...(input === undefined ? {} : { found: shownValue(input) }),
        supported: READABLE_VERSIONS.join(', '),
      };
    case 'id':
    case 'date':
    case 'dateTime':
    case 'color':
    case 'language':
    case 'axisMode':
      return { value: shownValue(input) };
    case 'titleLength':
      return { length: typeof input === 'string' ? codePointCount(input) : 0, max: MAX_TITLE_CODE_POINTS };
    case 'textLength': {
      const length = typeof input === 'string' ? codePointCount(input) : 0;
      // too short (a comment's empty text) names its minimum, too long its maximum
      return issue.type === 'min_code_points' ? { length, min: requirement } : { length, max: requirement };
    }
    case 'controlChar':
      // one-line text (a comment's author) refuses tab, LF and CR as well
      return { code: (typeof input === 'string' && (findControlChar(input) ?? findControlChar(input, true))) || '' };
    case 'tooFew':
      return { min: requirement, found: countOf(input) };
    case 'tooMany':
      return { max: requirement, found: countOf(input) };
    case 'endBeforeStart': {
      const period = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
      return { start: shownValue(period['start']), end: shownValue(period['end']) };
    }
    default:
      return {};
  }
}

/** One valibot issue as a Problem. */
export function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const path: (string | number)[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') path.push(key);
  }
  const code: ProblemCode = isProblemCode(issue.message) ? issue.message : 'type';
  const params = paramsFor(code, issue, path);
  return Object.keys(params).length > 0 ? { path, code, params } : { path, code };
}
