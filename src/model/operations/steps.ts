/**
 * Steps ("askeleet"): boxes in a lane at a time (at most 10,000).
 *
 * Moves are in whole months or, for day dates on an axis that shows days,
 * whole days (see months.ts, DateShift), and in lanes by their order.
 * Lane moves of a selection are clamped, not refused: the selection moves
 * together, as far as it can without a step leaving the first or last lane,
 * so a drag past the edge stops at the edge (the months still apply).
 */
import { firstDay, isEndBeforeStart, isMonth } from '../dates.ts';
import { MAX_STEPS } from '../limits.ts';
import type { Path } from '../path.ts';
import { StepSchema } from '../schema.ts';
import type { Color, DateString, Diagram, Problem, Step } from '../types.ts';
import { checkStepReferences, checkValue, indexOfId, notFound, tooMany } from './check.ts';
import { copyBase, uniqueId } from './ids.ts';
import { addMonths, asShift, isNoShift, monthsCrossed, shiftDate, wholeMonths, type DateShift } from './months.ts';
import { applyChanges, compact, insertAt, replaceAt, textChange } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

/** The properties of a new step (its id is made from the title). */
export type NewStep = Pick<Step, 'lane' | 'title' | 'start' | 'end' | 'description' | 'color' | 'legend'>;

/** The problems of a step placed (or to be placed) at `steps[index]`. */
function checkStep(diagram: Diagram, step: Step, index: number): Problem[] {
  return [...checkValue(StepSchema, step, ['steps', index]), ...checkStepReferences(diagram, step, index)];
}

/** A new step at the end of the list. `created`: its id. */
export function addStep(diagram: Diagram, step: NewStep): EditResult {
  const index = diagram.steps.length;
  if (index + 1 > MAX_STEPS) return refuse([tooMany(['steps'], MAX_STEPS, index + 1)]);
  const id = uniqueId(diagram, step.title, 'step');
  const created: Step = compact({
    id,
    lane: step.lane,
    title: step.title,
    start: step.start,
    end: step.end || undefined,
    description: step.description || undefined,
    color: step.color || undefined,
    legend: step.legend || undefined,
  });
  const problems = checkStep(diagram, created, index);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, steps: [...diagram.steps, created] }, [id]);
}

export type StepPatch = {
  readonly title?: string;
  /** The empty string or null removes it. */
  readonly description?: string | null;
  readonly start?: DateString;
  /** null removes the end (the step gets the default width). */
  readonly end?: DateString | null;
  /** null removes the colour. */
  readonly color?: Color | null;
  /** null removes the legend reference. */
  readonly legend?: string | null;
  /** Another lane's id. */
  readonly lane?: string;
};

/** Changes a step; it keeps its place in the list and its unknown properties. */
export function updateStep(diagram: Diagram, id: string, patch: StepPatch): EditResult {
  const index = indexOfId(diagram.steps, id);
  if (index < 0) return refuse([notFound('steps', id)]);
  const step = diagram.steps[index] as Step;
  const next = applyChanges(step, {
    lane: patch.lane,
    title: patch.title,
    start: patch.start,
    end: patch.end,
    description: textChange(patch.description),
    color: patch.color,
    legend: patch.legend,
  });
  if (next === step) return done(diagram);
  const problems = checkStep(diagram, next, index);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, steps: replaceAt(diagram.steps, index, next) });
}

/** The indices of the steps named by `ids` (each once, in document order), or the problems of unknown ids. */
function stepIndices(diagram: Diagram, ids: readonly string[]): { indices: number[] } | { problems: Problem[] } {
  const wanted = new Set(ids);
  const indices: number[] = [];
  diagram.steps.forEach((step, index) => {
    if (wanted.delete(step.id)) indices.push(index);
  });
  if (wanted.size > 0) return { problems: [...wanted].map((id) => notFound('steps', id)) };
  return { indices };
}

/** Deletes steps and every link to or from them, in one edit. Refused if an id names no step. */
export function deleteSteps(diagram: Diagram, ids: readonly string[]): EditResult {
  const found = stepIndices(diagram, ids);
  if ('problems' in found) return refuse(found.problems);
  if (found.indices.length === 0) return done(diagram);
  const gone = new Set(ids);
  return done({
    ...diagram,
    steps: diagram.steps.filter((step) => !gone.has(step.id)),
    links: diagram.links.filter((link) => !gone.has(link.from) && !gone.has(link.to)),
  });
}

/** Deletes a step and every link to or from it. */
export function deleteStep(diagram: Diagram, id: string): EditResult {
  return deleteSteps(diagram, [id]);
}

/** A problem for a date that a move would take out of the years 0000–9999. */
const dateOutOfRange = (path: Path, value: string): Problem => ({ path, code: 'date', params: { value } });

/**
 * The step with its start and end (if any) moved, or the problems. The start
 * decides: a day start moves by `days` (when given), and then a day end by
 * the same days and a month end by the months the start crossed; otherwise
 * both move by `months`.
 */
function shiftDates(step: Step, index: number, by: number | DateShift): { step: Step } | { problems: Problem[] } {
  const shift = asShift(by);
  if (isNoShift(shift)) return { step };
  const start = shiftDate(step.start, shift);
  let end: ReturnType<typeof shiftDate> | undefined;
  if (step.end !== undefined) {
    const byDays = shift.days !== undefined && !isMonth(step.start);
    end = byDays && isMonth(step.end) && start.ok ? addMonths(step.end, monthsCrossed(step.start, start.date)) : shiftDate(step.end, byDays ? shift : { months: shift.months });
  }
  const problems: Problem[] = [];
  if (!start.ok) problems.push(dateOutOfRange(['steps', index, 'start'], start.value));
  if (end !== undefined && !end.ok) problems.push(dateOutOfRange(['steps', index, 'end'], end.value));
  if (!start.ok || (end !== undefined && !end.ok)) return { problems };
  return { step: applyChanges(step, { start: start.date, end: end?.date }) };
}

/**
 * A copy of a step one month later, right after it in the list, with a new
 * id (`aloitus` → `aloitus-2`) and every other property (unknown ones and
 * speaker notes too) but the room's feedback: a copy starts without
 * comments and votes, so a workshop summary never counts them twice.
 * Links are not copied. `created`: the copy's id.
 */
export function duplicateStep(diagram: Diagram, id: string): EditResult {
  const index = indexOfId(diagram.steps, id);
  if (index < 0) return refuse([notFound('steps', id)]);
  if (diagram.steps.length + 1 > MAX_STEPS) return refuse([tooMany(['steps'], MAX_STEPS, diagram.steps.length + 1)]);
  const original = diagram.steps[index] as Step;
  const shifted = shiftDates(original, index + 1, 1);
  if ('problems' in shifted) return refuse(shifted.problems);
  const newId = uniqueId(diagram, copyBase(original.id), 'step');
  const { comments: _comments, votes: _votes, ...rest } = shifted.step;
  const copy: Step = { ...rest, id: newId };
  const problems = checkStep(diagram, copy, index + 1);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, steps: insertAt(diagram.steps, index + 1, copy) }, [newId]);
}

type LaneMove = { readonly laneDelta: number } | { readonly lane: string };

function moveIndices(diagram: Diagram, indices: readonly number[], by: number | DateShift, laneMove: LaneMove): EditResult {
  const laneIndex = new Map(diagram.lanes.map((lane, i) => [lane.id, i]));
  let delta = 0;
  let target: string | undefined;
  if ('lane' in laneMove) {
    if (!laneIndex.has(laneMove.lane)) return refuse([notFound('lanes', laneMove.lane)]);
    target = laneMove.lane;
  } else {
    let top = diagram.lanes.length - 1;
    let bottom = 0;
    for (const i of indices) {
      const row = laneIndex.get((diagram.steps[i] as Step).lane) ?? 0;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
    }
    // the selection moves together and stops at the first and last lane
    const wanted = wholeMonths(laneMove.laneDelta); // whole lanes, cut as months are
    delta = Math.max(-top, Math.min(wanted, diagram.lanes.length - 1 - bottom));
  }
  const whole = asShift(by);
  // copied once, on the first change: a selection of thousands stays linear
  let steps: Step[] | undefined;
  const problems: Problem[] = [];
  for (const index of indices) {
    const step = diagram.steps[index] as Step;
    const shifted = shiftDates(step, index, whole);
    if ('problems' in shifted) {
      problems.push(...shifted.problems);
      continue;
    }
    const row = laneIndex.get(step.lane);
    const lane = target ?? (row === undefined ? step.lane : (diagram.lanes[row + delta]?.id ?? step.lane));
    const next = applyChanges(shifted.step, { lane });
    if (next === step) continue;
    problems.push(...checkStep(diagram, next, index));
    steps ??= diagram.steps.slice();
    steps[index] = next;
  }
  if (problems.length > 0) return refuse(problems);
  return done(steps === undefined ? diagram : { ...diagram, steps });
}

/**
 * Moves a step by whole months (`2021-11` + 3 → `2022-02`; a day keeps its
 * day, clamped to the month's length) — or, a day-dated step, by `days` when
 * they are given — and to another lane: `lane` names it,
 * or `laneDelta` counts lanes down (negative: up), clamped to the lanes
 * there are (`lane` wins when both are given). The end moves with the start.
 */
export function moveStep(
  diagram: Diagram,
  id: string,
  move: { readonly months: number; readonly days?: number; readonly laneDelta?: number; readonly lane?: string },
): EditResult {
  const index = indexOfId(diagram.steps, id);
  if (index < 0) return refuse([notFound('steps', id)]);
  const laneMove: LaneMove = move.lane !== undefined ? { lane: move.lane } : { laneDelta: move.laneDelta ?? 0 };
  return moveIndices(diagram, [index], { months: move.months, days: move.days }, laneMove);
}

/**
 * Moves several steps together by `by` — whole months, or a DateShift (day
 * dates by days, month dates by months) — and `laneDelta` lanes (in
 * lane order). The lane move is clamped for the whole selection, so that no
 * step leaves the lanes and the selection keeps its shape; a date leaving
 * the years 0000–9999 refuses the whole move.
 */
export function moveSteps(diagram: Diagram, ids: readonly string[], by: number | DateShift, laneDelta = 0): EditResult {
  const found = stepIndices(diagram, ids);
  if ('problems' in found) return refuse(found.problems);
  if (found.indices.length === 0) return done(diagram);
  return moveIndices(diagram, found.indices, by, { laneDelta });
}

/**
 * Moves a step's end by whole months — or, a day end, by `days` when `by`
 * gives them: from its end, or from its start when
 * it has none (which gives it one). A day end moved by months keeps its day (clamped to the
 * month's length). The end never goes before the start: it stops at the
 * start (as a month when the end is a month, else as the start's first day).
 */
export function resizeStepEnd(diagram: Diagram, id: string, by: number | DateShift): EditResult {
  const index = indexOfId(diagram.steps, id);
  if (index < 0) return refuse([notFound('steps', id)]);
  const step = diagram.steps[index] as Step;
  const base = step.end ?? step.start;
  const moved = shiftDate(base, asShift(by));
  if (!moved.ok) return refuse([dateOutOfRange(['steps', index, 'end'], moved.value)]);
  let end = moved.date;
  if (isEndBeforeStart(step.start, end)) end = isMonth(end) ? step.start.slice(0, 7) : firstDay(step.start);
  const next = applyChanges(step, { end });
  if (next === step) return done(diagram);
  const problems = checkStep(diagram, next, index);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, steps: replaceAt(diagram.steps, index, next) });
}
