/** The status around the document: a refused file, the last notice, where the autosave stands; never saved into the file. */
import type { KeptRecord } from '../../model/keptRecord';
import type { Problem } from '../../model/types';
import type { Slice } from './slice';

export type Notice = { readonly kind: 'info' | 'error'; readonly key: string; readonly params?: Record<string, string> };

/** Where the open diagram stands in the browser's own storage (IndexedDB). */
export type Persistence = 'saved-in-browser' | 'saving' | 'failed';

export type SessionState = {
  /** a refused file (or share link): its name and every problem found */
  readonly refused: { readonly fileName: string; readonly problems: readonly Problem[]; readonly source?: 'file' | 'link' } | null;
  readonly notice: Notice | null;
  /** the autosave's state, shown as "Tallennettu selaimeen" and the like */
  readonly persistence: Persistence;
  /** mirrors the document's `savedToFile` for the status line ("ei tallennettu tiedostoon") */
  readonly savedToFile: boolean;
  /** another tab stored a newer diagram (at: its time, ms since the epoch); null when there is none to tell */
  readonly otherTab: { readonly at: number } | null;
  refuse: (fileName: string, problems: readonly Problem[], source?: 'file' | 'link') => void;
  dismissRefused: () => void;
  notify: (notice: Notice | null) => void;
  setPersistence: (persistence: Persistence) => void;
  setSavedToFile: (savedToFile: boolean) => void;
  setOtherTab: (otherTab: { readonly at: number } | null) => void;
  /** The "Lataa" answer to `otherTab`: opens the diagram the other tab stored. Wired in at start-up. */
  reloadFromStorage: () => Promise<void>;
  setReloadFromStorage: (reload: () => Promise<void>) => void;
  /** stored records this build could not read, kept aside (oldest first); told until the person deletes them */
  readonly kept: readonly KeptRecord[];
  setKept: (kept: readonly KeptRecord[]) => void;
  /** deletes a kept record for good (after the person confirmed). Wired in at start-up. */
  discardKept: (id: string) => Promise<void>;
  setDiscardKept: (discard: (id: string) => Promise<void>) => void;
};

export const statusSlice: Slice<SessionState> = (set) => ({
  refused: null,
  notice: null,
  persistence: 'saved-in-browser',
  savedToFile: true,
  otherTab: null,
  refuse: (fileName, problems, source = 'file') => set({ refused: { fileName, problems, source } }),
  dismissRefused: () => set({ refused: null }),
  notify: (notice) => set({ notice }),
  setPersistence: (persistence) => set({ persistence }),
  setSavedToFile: (savedToFile) => set({ savedToFile }),
  setOtherTab: (otherTab) => set({ otherTab }),
  reloadFromStorage: () => Promise.resolve(),
  setReloadFromStorage: (reloadFromStorage) => set({ reloadFromStorage }),
  kept: [],
  setKept: (kept) => set({ kept }),
  discardKept: () => Promise.resolve(),
  setDiscardKept: (discardKept) => set({ discardKept }),
});
