/**
 * Present mode's state while it is open: which stop and how stops are counted,
 * the blanked screen, the exercise timer, the open popover and panel, full
 * screen, the resting pointer and the last message for the live region.
 * Opening present mode starts it afresh; closing it forgets it.
 */
import type { Slice } from './slice';

/** Stops by phase or by step (as src/layout/stops.ts counts them). */
export type PresentStopMode = 'phase' | 'step';
export type PresentPosition = { readonly stop: number; readonly blank: boolean };
export type PresentPopover = 'timer' | 'summary' | null;

export type PresentState = {
  readonly open: boolean;
  readonly mode: PresentStopMode;
  readonly position: PresentPosition;
  /** when the talk began (ms since the epoch), for the presenter window's clock */
  readonly startedAt: number;
  /** when the exercise timer ends (ms since the epoch); null when none runs */
  readonly timerEndsAt: number | null;
  readonly chimeOn: boolean;
  readonly popover: PresentPopover;
  readonly captureOpen: boolean;
  readonly fullscreen: boolean;
  /** the pointer has rested: the controls fade */
  readonly idle: boolean;
  /** the polite live region's message; `seq` makes a repeated one said again */
  readonly notice: { readonly text: string; readonly seq: number };
  /** Opens present mode at its first stop, the talk starting `now`. */
  start: (now: number) => void;
  /** Closes present mode and forgets where it was. */
  end: () => void;
  setMode: (mode: PresentStopMode) => void;
  setPosition: (position: PresentPosition) => void;
  setTimerEndsAt: (at: number | null) => void;
  setChimeOn: (on: boolean) => void;
  setPopover: (popover: PresentPopover | ((was: PresentPopover) => PresentPopover)) => void;
  setCaptureOpen: (open: boolean | ((was: boolean) => boolean)) => void;
  setFullscreen: (fullscreen: boolean) => void;
  setIdle: (idle: boolean) => void;
  say: (text: string) => void;
};

const closed = {
  open: false,
  mode: 'phase',
  position: { stop: 0, blank: false },
  startedAt: 0,
  timerEndsAt: null,
  chimeOn: true,
  popover: null,
  captureOpen: false,
  fullscreen: false,
  idle: false,
  notice: { text: '', seq: 0 },
} as const satisfies Partial<PresentState>;

export const presentSlice: Slice<PresentState> = (set) => ({
  ...closed,
  start: (now) => set({ ...closed, open: true, startedAt: now }),
  end: () => set(closed),
  setMode: (mode) => set({ mode }),
  setPosition: (position) => set({ position }),
  setTimerEndsAt: (timerEndsAt) => set({ timerEndsAt }),
  setChimeOn: (chimeOn) => set({ chimeOn }),
  setPopover: (popover) => set((s) => ({ popover: typeof popover === 'function' ? popover(s.popover) : popover })),
  setCaptureOpen: (open) => set((s) => ({ captureOpen: typeof open === 'function' ? open(s.captureOpen) : open })),
  setFullscreen: (fullscreen) => set({ fullscreen }),
  setIdle: (idle) => set({ idle }),
  say: (text) => set((s) => ({ notice: { text, seq: s.notice.seq + 1 } })),
});
