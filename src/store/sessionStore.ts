/** Session state: what the person sees around the document; never saved into the file. */
import { create } from 'zustand';
import type { Problem } from '../model/types';

export type Notice = { readonly kind: 'info' | 'error'; readonly key: string; readonly params?: Record<string, string> };

export type SessionState = {
  /** a refused file: its name and every problem found */
  readonly refused: { readonly fileName: string; readonly problems: readonly Problem[] } | null;
  readonly notice: Notice | null;
  refuse: (fileName: string, problems: readonly Problem[]) => void;
  dismissRefused: () => void;
  notify: (notice: Notice | null) => void;
};

export const useSession = create<SessionState>()((set) => ({
  refused: null,
  notice: null,
  refuse: (fileName, problems) => set({ refused: { fileName, problems } }),
  dismissRefused: () => set({ refused: null }),
  notify: (notice) => set({ notice }),
}));
