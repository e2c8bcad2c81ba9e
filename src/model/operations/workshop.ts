/**
 * Workshop edits (Polku's own properties, docs/FORMAT.md §6): speaker notes
 * and comments on phases and steps, dot votes on steps. Pure, like every
 * operation (see index.ts): the input is never changed, a refused edit
 * changes nothing and lists its problems with the path the reader would
 * report, and an edit that changes nothing returns the input itself.
 *
 * Empty values leave no trace in the file: empty notes, the last comment
 * deleted and the last vote removed each remove their property.
 */
import { MAX_VOTES } from '../limits.ts';
import { PhaseSchema, StepSchema } from '../schema.ts';
import type { Comment, DateTimeString, Diagram, Phase, Problem, Step } from '../types.ts';
import { checkValue, indexOfId, notFound, tooFew, tooMany } from './check.ts';
import { applyChanges, compact, removeAt, replaceAt } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

/** The phase or step a workshop edit is about. */
export type WorkshopTarget = { readonly kind: 'phase' | 'step'; readonly id: string };

/** A comment as the facilitator types it. */
export type NewComment = {
  /** Trimmed; must not be empty (1–1,000 code points). */
  readonly text: string;
  /** Trimmed; empty or absent: anonymous. One line, 1–100 code points. */
  readonly author?: string;
  /** When it was said: an ISO 8601 date-time (`new Date().toISOString()`); empty or absent: none. */
  readonly at?: DateTimeString;
};

type Found =
  | { readonly kind: 'phase'; readonly index: number; readonly item: Phase }
  | { readonly kind: 'step'; readonly index: number; readonly item: Step };

type FoundStep = Extract<Found, { kind: 'step' }>;

function findStep(diagram: Diagram, stepId: string): FoundStep | Problem {
  const index = indexOfId(diagram.steps, stepId);
  return index < 0 ? notFound('steps', stepId) : { kind: 'step', index, item: diagram.steps[index] as Step };
}

function find(diagram: Diagram, target: WorkshopTarget): Found | Problem {
  if (target.kind === 'phase') {
    const index = indexOfId(diagram.phases, target.id);
    return index < 0 ? notFound('phases', target.id) : { kind: 'phase', index, item: diagram.phases[index] as Phase };
  }
  return findStep(diagram, target.id);
}

/** The diagram with the found phase or step replaced by `next`, after checking it with the reader's schema. */
function replace(diagram: Diagram, found: Found, next: Phase | Step): EditResult {
  if (next === found.item) return done(diagram);
  if (found.kind === 'phase') {
    const problems = checkValue(PhaseSchema, next, ['phases', found.index]);
    if (problems.length > 0) return refuse(problems);
    return done({ ...diagram, phases: replaceAt(diagram.phases, found.index, next as Phase) });
  }
  const problems = checkValue(StepSchema, next, ['steps', found.index]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, steps: replaceAt(diagram.steps, found.index, next as Step) });
}

/**
 * Sets the speaker notes of a phase or a step, kept as typed (line breaks
 * included). Empty (or only white space) removes them.
 */
export function setNotes(diagram: Diagram, target: WorkshopTarget, text: string): EditResult {
  const found = find(diagram, target);
  if ('code' in found) return refuse([found]);
  const notes = text.trim() === '' ? null : text;
  return replace(diagram, found, applyChanges(found.item, { notes }));
}

/**
 * Adds a comment after the comments a phase or step already has. The text
 * and the author are trimmed; an empty author or time is left out. Refused
 * (with the path the new comment would have) when the text is empty or too
 * long, the author is too long or not one line, or the time is not an ISO
 * 8601 date-time.
 */
export function addComment(diagram: Diagram, target: WorkshopTarget, comment: NewComment): EditResult {
  const found = find(diagram, target);
  if ('code' in found) return refuse([found]);
  const created: Comment = compact({
    text: comment.text.trim(),
    author: comment.author?.trim() || undefined,
    at: comment.at || undefined,
  });
  const comments = [...(found.item.comments ?? []), created];
  return replace(diagram, found, applyChanges(found.item, { comments }));
}

/**
 * Deletes the comment at `index` (counted from 0) of a phase or step; the
 * last one removes the `comments` property. An index with no comment is
 * refused (`tooFew`: the comments there are).
 */
export function deleteComment(diagram: Diagram, target: WorkshopTarget, index: number): EditResult {
  const found = find(diagram, target);
  if ('code' in found) return refuse([found]);
  const comments = found.item.comments ?? [];
  if (!Number.isInteger(index) || index < 0 || index >= comments.length) {
    const collection = found.kind === 'phase' ? 'phases' : 'steps';
    return refuse([tooFew([collection, found.index, 'comments'], Math.max(0, Math.floor(index)) + 1, comments.length)]);
  }
  const rest = removeAt(comments, index);
  return replace(diagram, found, applyChanges(found.item, { comments: rest.length === 0 ? null : rest }));
}

/** One more dot vote for a step (at most 999). */
export function addVote(diagram: Diagram, stepId: string): EditResult {
  const found = findStep(diagram, stepId);
  if ('code' in found) return refuse([found]);
  const votes = (found.item.votes ?? 0) + 1;
  if (votes > MAX_VOTES) return refuse([tooMany(['steps', found.index, 'votes'], MAX_VOTES, votes)]);
  return replace(diagram, found, applyChanges(found.item, { votes }));
}

/**
 * One dot vote less for a step; never below 0. Reaching 0 removes the
 * property; a step without votes is left as it is.
 */
export function removeVote(diagram: Diagram, stepId: string): EditResult {
  const found = findStep(diagram, stepId);
  if ('code' in found) return refuse([found]);
  const votes = (found.item.votes ?? 0) - 1;
  return replace(diagram, found, applyChanges(found.item, { votes: votes <= 0 ? null : votes }));
}
