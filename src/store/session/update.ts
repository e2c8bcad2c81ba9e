/**
 * A new version of the app is waiting (its service worker is installed): the
 * banner offers it, and `apply` (set by the registration at start-up) takes it
 * in — only when the person presses Update; nothing else calls it.
 */
import type { Slice } from './slice';

export type UpdateState = {
  /** a new version waits to be taken in */
  readonly available: boolean;
  /** takes the waiting version in and reloads the page; a no-op until one is offered */
  readonly apply: () => void;
  offer: (apply: () => void) => void;
};

export const updateSlice: Slice<UpdateState> = (set) => ({
  available: false,
  apply: () => undefined,
  offer: (apply) => set({ available: true, apply }),
});
