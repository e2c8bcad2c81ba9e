/**
 * Where the talk is: the stop, whether the screen is blanked, and how a
 * command (a key, a click, a button, the presenter window) moves it. Pure.
 */
import type { Diagram } from '../../model/types';
import { revealedAt, type Stop, type StopMode } from '../../layout/stops';
import type { PresentCommand } from './channel';

export type Position = { readonly stop: number; readonly blank: boolean };

/** The position after `command` (`exit` is the caller's: it leaves the position as it is). */
export function navigate(at: Position, command: PresentCommand, stopCount: number): Position {
  const last = Math.max(0, stopCount - 1);
  const stop = Math.max(0, Math.min(last, at.stop));
  switch (command) {
    case 'blank':
      return { stop, blank: !at.blank };
    case 'exit':
      return { stop, blank: at.blank };
    default:
      // Moving while blanked first brings the picture back, as slide software does.
      if (at.blank) return { stop, blank: false };
      if (command === 'next') return { stop: Math.min(last, stop + 1), blank: false };
      if (command === 'previous') return { stop: Math.max(0, stop - 1), blank: false };
      if (command === 'first') return { stop: 0, blank: false };
      return { stop: last, blank: false };
  }
}

/**
 * The stop of the other mode that shows the same place of the talk: the
 * title stays the title; a phase goes to its last step (or, with no steps,
 * to the last step before it); a step goes to its phase (or to the last
 * stop, the steps outside the phases).
 */
export function equivalentStop(d: Diagram, from: readonly Stop[], at: number, to: readonly Stop[]): number {
  const stop = from[Math.max(0, Math.min(from.length - 1, at))];
  if (stop === undefined || stop.kind === 'title') return 0;
  if (stop.kind === 'step') {
    const i = to.findIndex((s) => s.kind === 'phase' && s.phaseId === stop.phaseId);
    return i >= 0 ? i : to.length - 1;
  }
  if (stop.kind === 'rest') return to.length - 1;
  // a phase: the last step stop whose steps are all revealed at the phase stop
  const revealed = revealedAt(d, from, at).stepIds;
  let best = 0;
  to.forEach((s, i) => {
    if (s.kind === 'step' && revealed.has(s.stepId)) best = i;
  });
  return best;
}

export const STOP_MODES: readonly StopMode[] = ['phase', 'step'];
