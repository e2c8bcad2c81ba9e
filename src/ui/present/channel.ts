/**
 * Present mode's two windows talk over one BroadcastChannel: the audience
 * window (present mode in the editor's tab) tells where the talk is; the
 * presenter window (opened from present mode, `?presenter`) asks for that
 * state and sends the keys pressed in it, so a clicker drives the talk from
 * whichever window has focus.
 */
import type { StopMode } from '../../layout/stops';
import type { Diagram } from '../../model/types';

export const PRESENT_CHANNEL = 'polku-present';

/** A command, from a key or a button, in either window. */
export type PresentCommand = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'exit';

export type PresentState = {
  readonly type: 'state';
  readonly diagram: Diagram;
  readonly mode: StopMode;
  readonly stop: number;
  readonly stopCount: number;
  readonly blank: boolean;
  /** when present mode began (ms since the epoch), for the elapsed time */
  readonly startedAt: number;
  /** the exercise timer's end (ms since the epoch), or null when none runs */
  readonly timerEndsAt: number | null;
};

export type PresentMessage =
  | PresentState
  /** the presenter window has opened and wants the state */
  | { readonly type: 'hello' }
  /** a command from the presenter window */
  | { readonly type: 'command'; readonly command: PresentCommand }
  /** present mode has ended */
  | { readonly type: 'ended' };

/** The keys clickers and people use, in both windows. */
export function commandOfKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresentCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

export function openPresentChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENT_CHANNEL) : null;
}
