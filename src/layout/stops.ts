/**
 * The stops of a presentation (workshop mode): where each "Next" goes, and
 * what is fully visible at each stop. Pure.
 *
 * Rules:
 * - The first stop is always the title, with the whole path dimmed.
 * - By phase: one stop per phase in time order — by start; at the same
 *   start a phase with an end before an open-ended one; then document
 *   order. Empty phases get their stop too. Steps whose start lies in no
 *   phase get one last stop of their own (`rest`), only when there are
 *   such steps; it also shows the whole path. A diagram with no phases is
 *   the title and then (if it has steps) that last stop.
 * - By step: one stop per step in time order (start, then lane order, then
 *   id: the layout's reading order, StepGeometry.order).
 * - A step belongs to the first phase, in that time order, whose period
 *   (ends inclusive) contains the step's start; a step spanning two phases
 *   belongs to the one it starts in.
 * - What is revealed accumulates: at a phase stop, that phase and every
 *   earlier one with their steps; at a step stop, that step and every
 *   earlier one, and every phase that has begun by the step's start
 *   (including empty ones).
 */
import type { Diagram, Phase } from '../model/types';
import { timeOrder } from './lanes';
import { endTimeExclusive, startTime } from './time';

export type StopMode = 'phase' | 'step';

export type Stop =
  | { readonly kind: 'title' }
  /** `index` counts phase stops from 0, of `count` (for "Vaihe 2/4: …"). */
  | { readonly kind: 'phase'; readonly phaseId: string; readonly index: number; readonly count: number }
  /** `phaseId`: the phase the step belongs to, null outside every phase. */
  | {
      readonly kind: 'step';
      readonly stepId: string;
      readonly phaseId: string | null;
      readonly index: number;
      readonly count: number;
    }
  /** By phase: the steps outside every phase, in time order (the last stop, when there are any). */
  | { readonly kind: 'rest'; readonly stepIds: readonly string[] };

/** What is fully visible at a stop (everything else is dimmed) and what the stop is about. */
export type Reveal = {
  readonly phaseIds: ReadonlySet<string>;
  /** Links are visible when both their steps are. */
  readonly stepIds: ReadonlySet<string>;
  /** The phase of a phase stop, or of a step stop's step; null at the title, the rest and outside phases. */
  readonly currentPhaseId: string | null;
  /** The step of a step stop; else null. */
  readonly currentStepId: string | null;
  /**
   * Indices into `depth.levels` matching the current phase or step: the
   * level whose range contains its start (a level runs from its `at` to the
   * next level's; the first also covers what comes before it, as the band
   * is drawn), then, for a phase, each later level that begins within the
   * phase. Empty at the title and the rest, and without a depth band.
   */
  readonly depthLevels: readonly number[];
};

/** Phases in time order: by start, closed before open-ended at the same start, then document order. */
export function phasesInTimeOrder(d: Diagram): Phase[] {
  return d.phases
    .map((phase, index) => ({ phase, index, t: startTime(phase.start), open: phase.end === undefined ? 1 : 0 }))
    .sort((a, b) => a.t - b.t || a.open - b.open || a.index - b.index)
    .map(({ phase }) => phase);
}

/** Step ids in time order (start, lane order, id). */
export function stepsInTimeOrder(d: Diagram): string[] {
  const order = timeOrder(d);
  return d.steps.map((s) => s.id).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

const periodOf = (p: Phase) => ({
  from: startTime(p.start),
  to: p.end === undefined ? Number.POSITIVE_INFINITY : endTimeExclusive(p.end),
});

/** The phase each step belongs to (the first in time order containing its start), or null. */
export function phaseOfSteps(d: Diagram): Map<string, string | null> {
  const periods = phasesInTimeOrder(d).map((p) => ({ id: p.id, ...periodOf(p) }));
  return new Map(
    d.steps.map((s) => {
      const t = startTime(s.start);
      return [s.id, periods.find((p) => p.from <= t && t < p.to)?.id ?? null];
    }),
  );
}

/** The stops of a presentation of `d`, stepping by phase or by step. */
export function stopsOf(d: Diagram, by: StopMode): Stop[] {
  const stops: Stop[] = [{ kind: 'title' }];
  const phaseOf = phaseOfSteps(d);
  const steps = stepsInTimeOrder(d);
  if (by === 'step') {
    steps.forEach((stepId, index) =>
      stops.push({ kind: 'step', stepId, phaseId: phaseOf.get(stepId) ?? null, index, count: steps.length }),
    );
    return stops;
  }
  const phases = phasesInTimeOrder(d);
  phases.forEach((p, index) => stops.push({ kind: 'phase', phaseId: p.id, index, count: phases.length }));
  const rest = steps.filter((id) => phaseOf.get(id) === null);
  if (rest.length > 0) stops.push({ kind: 'rest', stepIds: rest });
  return stops;
}

/** The ranges of the depth levels: [from, to) in UTC ms, the first open to the past, the last to the future. */
function levelRanges(d: Diagram): { from: number; to: number }[] {
  const levels = d.depth?.levels ?? [];
  return levels.map((level, i) => {
    const next = levels[i + 1];
    return {
      from: i === 0 ? Number.NEGATIVE_INFINITY : startTime(level.at),
      to: next === undefined ? Number.POSITIVE_INFINITY : startTime(next.at),
    };
  });
}

/** The levels matching the period [from, to): the one containing `from` first, then those beginning before `to`. */
function levelsDuring(d: Diagram, from: number, to: number): number[] {
  const found: number[] = [];
  levelRanges(d).forEach((range, i) => {
    const nonEmpty = range.from < range.to;
    if (nonEmpty && range.from < to && from < range.to) found.push(i);
  });
  return found;
}

/**
 * What is revealed at stop `i` of `stops` (clamped to the stops there are).
 * Ids the diagram no longer has (stops made before an edit) are ignored.
 */
export function revealedAt(d: Diagram, stops: readonly Stop[], i: number): Reveal {
  const at = Math.max(0, Math.min(stops.length - 1, Math.trunc(i)));
  const phaseOf = phaseOfSteps(d);
  const phaseById = new Map(d.phases.map((p) => [p.id, p]));
  const stepById = new Map(d.steps.map((s) => [s.id, s]));
  const phaseIds = new Set<string>();
  const stepIds = new Set<string>();
  const revealPhase = (id: string) => {
    if (!phaseById.has(id)) return;
    phaseIds.add(id);
    for (const [stepId, phaseId] of phaseOf) if (phaseId === id) stepIds.add(stepId);
  };
  for (let k = 0; k <= at; k++) {
    const stop = stops[k];
    if (stop === undefined) continue;
    if (stop.kind === 'phase') revealPhase(stop.phaseId);
    else if (stop.kind === 'rest') {
      for (const p of d.phases) revealPhase(p.id);
      for (const s of d.steps) stepIds.add(s.id);
    } else if (stop.kind === 'step') {
      const s = stepById.get(stop.stepId);
      if (s === undefined) continue;
      stepIds.add(s.id);
      const t = startTime(s.start);
      for (const p of d.phases) if (startTime(p.start) <= t) phaseIds.add(p.id);
    }
  }
  const stop = stops[at];
  if (stop?.kind === 'phase') {
    const p = phaseById.get(stop.phaseId);
    if (p === undefined) return { phaseIds, stepIds, currentPhaseId: null, currentStepId: null, depthLevels: [] };
    const { from, to } = periodOf(p);
    return { phaseIds, stepIds, currentPhaseId: p.id, currentStepId: null, depthLevels: levelsDuring(d, from, to) };
  }
  if (stop?.kind === 'step') {
    const s = stepById.get(stop.stepId);
    if (s === undefined) return { phaseIds, stepIds, currentPhaseId: null, currentStepId: null, depthLevels: [] };
    const t = startTime(s.start);
    return {
      phaseIds,
      stepIds,
      currentPhaseId: phaseOf.get(s.id) ?? null,
      currentStepId: s.id,
      depthLevels: levelsDuring(d, t, t + 1),
    };
  }
  return { phaseIds, stepIds, currentPhaseId: null, currentStepId: null, depthLevels: [] };
}
