/**
 * Formatting the file reader's problems; the messages themselves are in
 * problemMessages.ts (loaded when first needed: setup.ts, loadProblemWords)
 * under the key `problem`, with `{{param}}` interpolation, so the
 * message of a code is `problem.<code>`. Some codes have variants chosen by
 * formatProblem from the problem itself (`problem.type_string`,
 * `problem.tooMany_steps`, `problem.format_missing` …, named like i18next
 * contexts), and `problem.where.*` names the place in words ("askel 4").
 */
import { formatPath, type Path } from '../model/path.ts';
import type { Problem, ProblemCode } from '../model/types.ts';

export { formatPath };

/** Where a problem is, in words: the item of a list, or a part of the document. */
type WhereKey = 'lanes' | 'phases' | 'legend' | 'steps' | 'links' | 'levels' | 'depth' | 'axis';

/** The variants: `<code>_<context>`. */
const VARIANT_KEYS = [
  'format_missing',
  'version_missing',
  'type_string',
  'type_number',
  'type_integer',
  'type_object',
  'type_array',
  'titleLength_empty',
  'textLength_empty',
  'controlChar_lineBreak',
  'tooFew_votes',
  'tooMany_votes',
  'tooFew_lanes',
  'tooFew_levels',
  'tooMany_lanes',
  'tooMany_levels',
  'tooMany_legend',
  'tooMany_steps',
  'tooMany_links',
] as const;
type VariantKey = (typeof VARIANT_KEYS)[number];
const variantKeys: ReadonlySet<string> = new Set(VARIANT_KEYS);

export type ProblemMessages = Readonly<
  Record<ProblemCode | VariantKey, string> & { where: Readonly<Record<WhereKey, string>> }
>;

/** The key prefix the app merges the messages under. */
export const PROBLEM_KEY_PREFIX = 'problem';

/** A translation function: an i18next TFunction, or any `(key, options) => string`. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const LIST_WHERE: ReadonlySet<string> = new Set(['lanes', 'phases', 'legend', 'steps', 'links', 'levels']);
const PART_WHERE: ReadonlySet<string> = new Set(['depth', 'axis']);

/** Interpolated values are text for the UI (React escapes them): no HTML escaping here. */
const noEscape = { interpolation: { escapeValue: false } };

/**
 * The place of a path in words plus its canonical path, e.g. fi
 * `askel 4 (steps[3].lane)`, en `depth level 2 (depth.levels[1].at)`; just
 * the path (`title`) where there is no better word; '' for the document itself.
 */
export function formatLocation(path: Path, t: Translate): string {
  const canonical = formatPath(path);
  if (canonical === '') return '';
  let where: string | undefined;
  for (let i = 0; i + 1 < path.length; i++) {
    const key = path[i];
    const index = path[i + 1];
    if (typeof key === 'string' && LIST_WHERE.has(key) && typeof index === 'number') {
      // the innermost item of a known list names the place
      if (i === 0 || key === 'levels') where = t(`${PROBLEM_KEY_PREFIX}.where.${key}`, { n: index + 1, ...noEscape });
    }
  }
  const first = path[0];
  if (where === undefined && typeof first === 'string' && PART_WHERE.has(first)) {
    where = t(`${PROBLEM_KEY_PREFIX}.where.${first}`, noEscape);
  }
  return where === undefined ? canonical : `${where} (${canonical})`;
}

/** The variant of a problem's message, if it has one (`type_string`, `tooMany_steps` …). */
function variantOf(problem: Problem): string | undefined {
  const params = problem.params ?? {};
  const last = problem.path[problem.path.length - 1];
  switch (problem.code) {
    case 'type':
      return typeof params['expected'] === 'string' ? params['expected'] : undefined;
    case 'format':
    case 'version':
      return params['found'] === undefined ? 'missing' : undefined;
    case 'titleLength':
    case 'textLength':
      return params['length'] === 0 ? 'empty' : undefined;
    case 'controlChar':
      return params['code'] === 'U+000A' || params['code'] === 'U+000D' ? 'lineBreak' : undefined;
    case 'tooFew':
    case 'tooMany':
      return typeof last === 'string' ? last : undefined;
    default:
      return undefined;
  }
}

/** The message of a problem alone, in the language of `t`: fi `Tasoa "x" ei ole.` */
export function formatMessage(problem: Problem, t: Translate): string {
  const variant = variantOf(problem);
  const variantKey = `${problem.code}_${variant ?? ''}`;
  const key = variant !== undefined && variantKeys.has(variantKey) ? variantKey : problem.code;
  return t(`${PROBLEM_KEY_PREFIX}.${key}`, { ...problem.params, ...noEscape });
}

/**
 * A problem as one line: where, then what, e.g. fi
 * `askel 4 (steps[3].lane): Tasoa "x" ei ole.`; problems of the whole file
 * (not JSON, too large …) are the message alone.
 */
export function formatProblem(problem: Problem, t: Translate): string {
  const location = formatLocation(problem.path, t);
  const message = formatMessage(problem, t);
  return location === '' ? message : `${location}: ${message}`;
}
