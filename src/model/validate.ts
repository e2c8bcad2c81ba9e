/**
 * Validation of a parsed, current-version document: the schema (rules local
 * to a value) and the integrity rules (across the document) together, every
 * problem listed once, in document order.
 */
import * as v from 'valibot';
import { checkIntegrity } from './integrity.ts';
import { issueToProblem } from './issues.ts';
import { dedupeProblems, sortProblems } from './problems.ts';
import { DiagramSchema } from './schema.ts';
import type { Diagram, Problem } from './types.ts';

export type ValidationResult =
  | { readonly ok: true; readonly diagram: Diagram }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Checks a parsed document of the current version. On success the Diagram
 * always has `phases`, `legend` and `links` arrays (absent = empty) and keeps
 * every unknown property on the object it was found on.
 */
export function validateDocument(document: unknown): ValidationResult {
  const result = v.safeParse(DiagramSchema, document);
  const schemaProblems = result.issues ? result.issues.map(issueToProblem) : [];
  const problems = [...schemaProblems, ...checkIntegrity(document)];
  if (problems.length === 0 && result.success) return { ok: true, diagram: result.output };
  return { ok: false, problems: sortProblems(dedupeProblems(problems), document) };
}
