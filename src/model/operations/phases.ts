/**
 * Phases ("vaiheet"): periods on the time axis. No end = open-ended.
 */
import { compareDatePoints, isDate } from '../dates.ts';
import { PhaseSchema } from '../schema.ts';
import type { Path } from '../path.ts';
import type { Color, DateString, Diagram, Phase, Problem } from '../types.ts';
import { checkValue, indexOfId, notFound } from './check.ts';
import { uniqueId } from './ids.ts';
import { asShift, isNoShift, shiftDate, type DateShift } from './months.ts';
import { applyChanges, compact, insertAt, removeAt, replaceAt } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

/**
 * A new phase, placed in the list before the first phase that starts later
 * (phases keep the order they have; a new one goes to its place in time).
 * `created`: the phase's id.
 */
export function addPhase(
  diagram: Diagram,
  title: string,
  start: DateString,
  end?: DateString,
  color?: Color,
): EditResult {
  const id = uniqueId(diagram, title, 'phase');
  const phase: Phase = compact({ id, title, start, end: end || undefined, color: color || undefined });
  const later = isDate(start)
    ? diagram.phases.findIndex((item) => isDate(item.start) && compareDatePoints(item.start, start) > 0)
    : -1;
  const at = later < 0 ? diagram.phases.length : later;
  const problems = checkValue(PhaseSchema, phase, ['phases', at]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, phases: insertAt(diagram.phases, at, phase) }, [id]);
}

export type PhasePatch = {
  readonly title?: string;
  readonly start?: DateString;
  /** null removes the end: the phase becomes open-ended. */
  readonly end?: DateString | null;
  /** null removes the colour. */
  readonly color?: Color | null;
};

/** Changes a phase; it keeps its place in the list. */
export function updatePhase(diagram: Diagram, id: string, patch: PhasePatch): EditResult {
  const index = indexOfId(diagram.phases, id);
  if (index < 0) return refuse([notFound('phases', id)]);
  const phase = diagram.phases[index] as Phase;
  const next = applyChanges(phase, { title: patch.title, start: patch.start, end: patch.end, color: patch.color });
  if (next === phase) return done(diagram);
  const problems = checkValue(PhaseSchema, next, ['phases', index]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, phases: replaceAt(diagram.phases, index, next) });
}

/** Deletes a phase (nothing refers to phases). */
export function deletePhase(diagram: Diagram, id: string): EditResult {
  const index = indexOfId(diagram.phases, id);
  if (index < 0) return refuse([notFound('phases', id)]);
  return done({ ...diagram, phases: removeAt(diagram.phases, index) });
}

const dateOutOfRange = (path: Path, value: string): Problem => ({ path, code: 'date', params: { value } });

/** Which phase edges move together: the starts and ends of phases, by id (a shared boundary moves both). */
export type PhaseEdges = { readonly starts: readonly string[]; readonly ends: readonly string[] };

/**
 * Moves phase edges by whole months (dragging a boundary on the time axis):
 * each listed start and end shifts, a day date keeping its day (clamped to
 * the month's length) — or, when `by` gives days, a day date moving by those
 * days (a month date still by its months). Refused when a phase would end
 * before it starts.
 */
export function shiftPhaseEdges(diagram: Diagram, edges: PhaseEdges, by: number | DateShift): EditResult {
  const shift = asShift(by);
  if (isNoShift(shift)) return done(diagram);
  let d = diagram;
  const shifted = (date: DateString, path: Path) => {
    const r = shiftDate(date, shift);
    return r.ok ? { ok: true as const, date: r.date } : { ok: false as const, problem: dateOutOfRange(path, r.value) };
  };
  for (const [ids, key] of [
    [edges.starts, 'start'],
    [edges.ends, 'end'],
  ] as const) {
    for (const id of ids) {
      const index = indexOfId(d.phases, id);
      if (index < 0) return refuse([notFound('phases', id)]);
      const value = (d.phases[index] as Phase)[key];
      if (value === undefined) continue;
      const moved = shifted(value, ['phases', index, key]);
      if (!moved.ok) return refuse([moved.problem]);
      const phase = d.phases[index] as Phase;
      const next = applyChanges(phase, { [key]: moved.date });
      const problems = checkValue(PhaseSchema, next, ['phases', index]);
      if (problems.length > 0) return refuse(problems);
      d = { ...d, phases: replaceAt(d.phases, index, next) };
    }
  }
  return done(d);
}
