/**
 * Legend entries: kinds of step (at most 20). Steps refer to them by id.
 */
import { MAX_LEGEND_ENTRIES } from '../limits.ts';
import { LegendEntrySchema } from '../schema.ts';
import type { Color, Diagram, LegendEntry, Step } from '../types.ts';
import { checkValue, indexOfId, notFound, tooMany } from './check.ts';
import { uniqueId } from './ids.ts';
import { applyChanges, compact, removeAt, replaceAt } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

/** A new legend entry at the end of the legend. `created`: its id. */
export function addLegendEntry(diagram: Diagram, title: string, color?: Color): EditResult {
  const count = diagram.legend.length;
  if (count + 1 > MAX_LEGEND_ENTRIES) return refuse([tooMany(['legend'], MAX_LEGEND_ENTRIES, count + 1)]);
  const id = uniqueId(diagram, title, 'legend');
  const entry: LegendEntry = compact({ id, title, color: color || undefined });
  const problems = checkValue(LegendEntrySchema, entry, ['legend', count]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, legend: [...diagram.legend, entry] }, [id]);
}

export type LegendEntryPatch = {
  readonly title?: string;
  /** null removes the colour. */
  readonly color?: Color | null;
};

/** Changes a legend entry's title and/or colour. */
export function updateLegendEntry(diagram: Diagram, id: string, patch: LegendEntryPatch): EditResult {
  const index = indexOfId(diagram.legend, id);
  if (index < 0) return refuse([notFound('legend', id)]);
  const entry = diagram.legend[index] as LegendEntry;
  const next = applyChanges(entry, { title: patch.title, color: patch.color });
  if (next === entry) return done(diagram);
  const problems = checkValue(LegendEntrySchema, next, ['legend', index]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, legend: replaceAt(diagram.legend, index, next) });
}

/** Deletes a legend entry, and the reference to it from every step that used it (in one edit). */
export function deleteLegendEntry(diagram: Diagram, id: string): EditResult {
  const index = indexOfId(diagram.legend, id);
  if (index < 0) return refuse([notFound('legend', id)]);
  const used = diagram.steps.some((step) => step.legend === id);
  const steps = used
    ? diagram.steps.map((step): Step => (step.legend === id ? applyChanges(step, { legend: null }) : step))
    : diagram.steps;
  return done({ ...diagram, legend: removeAt(diagram.legend, index), steps });
}
