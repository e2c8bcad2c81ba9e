/**
 * The room's comments and dot votes, grouped as the workshop summary and the
 * exported picture list them:
 *
 * - Groups: the phases in time order (as the presentation's stops), then one
 *   group for the steps outside every phase; a group with no comments and
 *   no votes is left out.
 * - In a group: the phase's own comments first, then the steps that have
 *   votes or comments, by votes (most first; ties in time order).
 * - Titles lose their soft hyphens (U+00AD), and their line breaks become
 *   spaces; comments keep theirs.
 */
import type { Comment, Diagram } from '../model/types.ts';
import { periodLabel } from './contentText.ts';
import { phaseOfSteps, phasesInTimeOrder, stepsInTimeOrder } from './stops.ts';
import { oneLine } from '../model/oneLine.ts';

export type SummaryStep = { readonly title: string; readonly votes: number; readonly comments: readonly Comment[] };
export type SummaryGroup = {
  /** null: the steps outside every phase. */
  readonly phase: { readonly title: string; readonly period: string } | null;
  readonly comments: readonly Comment[];
  readonly steps: readonly SummaryStep[];
};

/** The comments and votes of `d`, grouped and ordered. */
export function summaryGroups(d: Diagram): SummaryGroup[] {
  const lang = d.language ?? 'fi';
  const phaseOf = phaseOfSteps(d);
  const byId = new Map(d.steps.map((s) => [s.id, s]));
  const ordered = stepsInTimeOrder(d);
  const stepsOf = (phaseId: string | null): SummaryStep[] =>
    ordered
      .filter((id) => phaseOf.get(id) === phaseId)
      .map((id) => byId.get(id)!)
      .map((s) => ({ title: oneLine(s.title), votes: s.votes ?? 0, comments: s.comments ?? [] }))
      .filter((s) => s.votes > 0 || s.comments.length > 0)
      // stable: equal votes stay in time order
      .sort((a, b) => b.votes - a.votes);
  const groups: SummaryGroup[] = phasesInTimeOrder(d).map((p) => ({
    phase: { title: oneLine(p.title), period: periodLabel(lang, p.start, p.end) },
    comments: p.comments ?? [],
    steps: stepsOf(p.id),
  }));
  groups.push({ phase: null, comments: [], steps: stepsOf(null) });
  return groups.filter((g) => g.comments.length > 0 || g.steps.length > 0);
}
