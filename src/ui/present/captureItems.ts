/** What the capture panel offers at a stop: the phase or step being talked about, then its neighbours. Pure. */
import { phaseOfSteps, phasesInTimeOrder, stepsInTimeOrder, type Reveal, type Stop } from '../../layout/stops';
import type { Comment, Diagram } from '../../model/types';
import type { WorkshopTarget } from '../../model/operations/workshop';

export type CaptureItem = {
  readonly target: WorkshopTarget;
  readonly title: string;
  readonly comments: readonly Comment[];
  /** steps only */
  readonly votes: number;
};

export const itemKey = (t: WorkshopTarget) => `${t.kind}:${t.id}`;

/**
 * At a phase: the phase, then its steps in time order. At a step: the step,
 * its phase, then the phase's other steps revealed so far. At the title and
 * the steps outside the phases: every phase, then every step.
 */
export function captureItems(d: Diagram, stop: Stop | undefined, reveal: Reveal): CaptureItem[] {
  const phaseOf = phaseOfSteps(d);
  const steps = new Map(d.steps.map((s) => [s.id, s]));
  const phases = new Map(d.phases.map((p) => [p.id, p]));
  const ordered = stepsInTimeOrder(d);
  const stepItem = (id: string): CaptureItem[] => {
    const s = steps.get(id);
    return s ? [{ target: { kind: 'step', id }, title: s.title, comments: s.comments ?? [], votes: s.votes ?? 0 }] : [];
  };
  const phaseItem = (id: string | null): CaptureItem[] => {
    const p = id === null ? undefined : phases.get(id);
    return p ? [{ target: { kind: 'phase', id: p.id }, title: p.title, comments: p.comments ?? [], votes: 0 }] : [];
  };
  const stepsOf = (phaseId: string | null) => ordered.filter((id) => phaseOf.get(id) === phaseId);
  if (stop?.kind === 'phase') return [...phaseItem(stop.phaseId), ...stepsOf(stop.phaseId).flatMap(stepItem)];
  if (stop?.kind === 'step') {
    const others = stepsOf(stop.phaseId).filter((id) => id !== stop.stepId && reveal.stepIds.has(id));
    return [...stepItem(stop.stepId), ...phaseItem(stop.phaseId), ...others.flatMap(stepItem)];
  }
  return [...phasesInTimeOrder(d).flatMap((p) => phaseItem(p.id)), ...ordered.flatMap(stepItem)];
}
