/**
 * Lanes ("tasot"), the rows of the diagram, top to bottom: 1–50 of them.
 */
import { MAX_LANES, MIN_LANES } from '../limits.ts';
import { LaneSchema } from '../schema.ts';
import type { Color, Diagram, Lane } from '../types.ts';
import { checkValue, indexOfId, notFound, tooFew, tooMany } from './check.ts';
import { uniqueId } from './ids.ts';
import { applyChanges, compact, insertAt, removeAt, replaceAt } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(value)));

/**
 * A new lane at `index` (default: the bottom; clamped to the lanes there
 * are), its id derived from the title. `created`: the lane's id.
 */
export function addLane(diagram: Diagram, title: string, color?: Color, index?: number): EditResult {
  const count = diagram.lanes.length;
  if (count + 1 > MAX_LANES) return refuse([tooMany(['lanes'], MAX_LANES, count + 1)]);
  const at = index === undefined || !Number.isFinite(index) ? count : clamp(index, 0, count);
  const id = uniqueId(diagram, title, 'lane');
  const lane: Lane = compact({ id, title, color: color || undefined });
  const problems = checkValue(LaneSchema, lane, ['lanes', at]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, lanes: insertAt(diagram.lanes, at, lane) }, [id]);
}

export type LanePatch = {
  readonly title?: string;
  /** null removes the colour (the default is used). */
  readonly color?: Color | null;
};

/** Changes the title and/or colour of a lane; every other property is kept. */
export function updateLane(diagram: Diagram, id: string, patch: LanePatch): EditResult {
  const index = indexOfId(diagram.lanes, id);
  if (index < 0) return refuse([notFound('lanes', id)]);
  const lane = diagram.lanes[index] as Lane;
  const next = applyChanges(lane, { title: patch.title, color: patch.color });
  if (next === lane) return done(diagram);
  const problems = checkValue(LaneSchema, next, ['lanes', index]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, lanes: replaceAt(diagram.lanes, index, next) });
}

/** Moves a lane to position `toIndex` (counted from 0 after the move; clamped to the lanes there are). */
export function moveLane(diagram: Diagram, id: string, toIndex: number): EditResult {
  const from = indexOfId(diagram.lanes, id);
  if (from < 0) return refuse([notFound('lanes', id)]);
  const to = Number.isFinite(toIndex) ? clamp(toIndex, 0, diagram.lanes.length - 1) : from;
  if (to === from) return done(diagram);
  const lane = diagram.lanes[from] as Lane;
  return done({ ...diagram, lanes: insertAt(removeAt(diagram.lanes, from), to, lane) });
}

/**
 * Deletes a lane with its steps and every link to or from them, in one edit
 * (so one undo restores them all). The last lane cannot be deleted.
 */
export function deleteLane(diagram: Diagram, id: string): EditResult {
  const index = indexOfId(diagram.lanes, id);
  if (index < 0) return refuse([notFound('lanes', id)]);
  if (diagram.lanes.length - 1 < MIN_LANES) return refuse([tooFew(['lanes'], MIN_LANES, diagram.lanes.length - 1)]);
  const gone = new Set(diagram.steps.filter((step) => step.lane === id).map((step) => step.id));
  return done({
    ...diagram,
    lanes: removeAt(diagram.lanes, index),
    steps: gone.size > 0 ? diagram.steps.filter((step) => !gone.has(step.id)) : diagram.steps,
    links: gone.size > 0 ? diagram.links.filter((link) => !gone.has(link.from) && !gone.has(link.to)) : diagram.links,
  });
}
