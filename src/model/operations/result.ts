/**
 * What every edit operation returns: the new diagram, or the problems that
 * made it refuse the edit (each with a path to the field, as the reader
 * reports them). A refused edit changes nothing.
 */
import type { Diagram, Problem } from '../types.ts';

export type EditResult =
  | { ok: true; diagram: Diagram; created?: string[] }
  | { ok: false; problems: Problem[] };

/** A successful edit; `created` lists the ids the edit gave to new objects. */
export function done(diagram: Diagram, created?: string[]): EditResult {
  return created === undefined ? { ok: true, diagram } : { ok: true, diagram, created };
}

/** A refused edit. */
export function refuse(problems: Problem[]): EditResult {
  return { ok: false, problems };
}
