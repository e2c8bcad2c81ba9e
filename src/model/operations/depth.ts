/**
 * The depth band: how participation deepens along the axis, 2–10 levels in
 * time order. Levels are addressed by their index (they have no ids).
 */
import { compareDatePoints, isDate } from '../dates.ts';
import { checkIntegrity } from '../integrity.ts';
import { MAX_DEPTH_LEVELS, MIN_DEPTH_LEVELS } from '../limits.ts';
import { DepthLevelSchema, DepthSchema, TitleSchema } from '../schema.ts';
import type { DateString, Depth, DepthLevel, Diagram, Problem } from '../types.ts';
import { checkValue, tooFew, tooMany } from './check.ts';
import { applyChanges, insertAt, removeAt } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

const LEVELS: readonly ['depth', 'levels'] = ['depth', 'levels'];

/** The band is absent: level edits need one (see setDepth). */
const noDepth = (): Problem => ({ path: ['depth'], code: 'required', params: { key: 'depth' } });

/** No level at `index`. */
const noLevel = (index: number): Problem => ({
  path: [...LEVELS, index],
  code: 'required',
  params: { key: String(index) },
});

/** Where a level dated `at` goes among `levels`: after every level not later than it. */
function placeOf(levels: readonly DepthLevel[], at: DateString): number {
  if (!isDate(at)) return levels.length;
  const later = levels.findIndex((level) => isDate(level.at) && compareDatePoints(level.at, at) > 0);
  return later < 0 ? levels.length : later;
}

/** The diagram with a changed band. */
const withDepth = (diagram: Diagram, depth: Depth): Diagram => ({ ...diagram, depth });

/**
 * Sets the whole band (e.g. to give a diagram without one the default band).
 * It must be valid as it is, levels in time order included.
 */
export function setDepth(diagram: Diagram, depth: Depth): EditResult {
  const problems = [
    ...checkValue(DepthSchema, depth, ['depth']),
    ...checkIntegrity({ depth }).filter((problem) => problem.code === 'levelOrder'),
  ];
  if (problems.length > 0) return refuse(problems);
  return done(withDepth(diagram, depth));
}

/** The band's title. */
export function setDepthTitle(diagram: Diagram, title: string): EditResult {
  const depth = diagram.depth;
  if (depth === undefined) return refuse([noDepth()]);
  const next = applyChanges(depth, { title });
  if (next === depth) return done(diagram);
  const problems = checkValue(TitleSchema, title, ['depth', 'title']);
  if (problems.length > 0) return refuse(problems);
  return done(withDepth(diagram, next));
}

/** A new level, inserted at its place in time (after levels of the same date). */
export function addDepthLevel(diagram: Diagram, at: DateString, title: string): EditResult {
  const depth = diagram.depth;
  if (depth === undefined) return refuse([noDepth()]);
  const count = depth.levels.length;
  if (count + 1 > MAX_DEPTH_LEVELS) return refuse([tooMany(LEVELS, MAX_DEPTH_LEVELS, count + 1)]);
  const level: DepthLevel = { at, title };
  const index = placeOf(depth.levels, at);
  const problems = checkValue(DepthLevelSchema, level, [...LEVELS, index]);
  if (problems.length > 0) return refuse(problems);
  return done(withDepth(diagram, { ...depth, levels: insertAt(depth.levels, index, level) }));
}

/**
 * Changes a level's date and/or title. A level whose date changes moves to
 * its place in time (after levels of the same date).
 */
export function updateDepthLevel(
  diagram: Diagram,
  index: number,
  patch: { readonly at?: DateString; readonly title?: string },
): EditResult {
  const depth = diagram.depth;
  if (depth === undefined) return refuse([noDepth()]);
  const level = depth.levels[index];
  if (level === undefined || !Number.isInteger(index)) return refuse([noLevel(index)]);
  const next = applyChanges(level, { at: patch.at, title: patch.title });
  if (next === level) return done(diagram);
  const problems = checkValue(DepthLevelSchema, next, [...LEVELS, index]);
  if (problems.length > 0) return refuse(problems);
  let levels: readonly DepthLevel[];
  if (next.at === level.at) {
    levels = depth.levels.map((item, i) => (i === index ? next : item));
  } else {
    const others = removeAt(depth.levels, index);
    levels = insertAt(others, placeOf(others, next.at), next);
  }
  return done(withDepth(diagram, { ...depth, levels }));
}

/** Removes a level; a band keeps at least two. */
export function removeDepthLevel(diagram: Diagram, index: number): EditResult {
  const depth = diagram.depth;
  if (depth === undefined) return refuse([noDepth()]);
  if (depth.levels[index] === undefined || !Number.isInteger(index)) return refuse([noLevel(index)]);
  const count = depth.levels.length;
  if (count - 1 < MIN_DEPTH_LEVELS) return refuse([tooFew(LEVELS, MIN_DEPTH_LEVELS, count - 1)]);
  return done(withDepth(diagram, { ...depth, levels: removeAt(depth.levels, index) }));
}
