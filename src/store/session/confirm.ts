/** A question to the person (confirm or cancel), answered through ConfirmDialog. Session state only. */
import type { Slice } from './slice';

export type Question = { readonly title: string; readonly message: string; readonly confirm: string; readonly cancel: string };

export type ConfirmState = {
  readonly question: (Question & { readonly answer: (yes: boolean) => void }) | null;
  /** Resolves true when the person confirms, false when they cancel (or another question replaces this one). */
  ask: (q: Question) => Promise<boolean>;
};

export const confirmSlice: Slice<ConfirmState> = (set, get) => ({
  question: null,
  ask: (q) =>
    new Promise<boolean>((resolve) => {
      get().question?.answer(false);
      set({
        question: {
          ...q,
          answer: (yes) => {
            set({ question: null });
            resolve(yes);
          },
        },
      });
    }),
});
