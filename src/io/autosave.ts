/**
 * Autosave: every change of the open diagram (or of its file name or saved
 * state) is stored in the browser within `delayMs` (≤ 1 s), and at once when
 * the page is hidden or left. A failed write keeps the diagram in memory,
 * says so at once, and is retried with the next change.
 */
import type { Diagram } from '../model/types.ts';
import type { AutosaveRecord, AutosaveStorage } from './autosaveStorage.ts';

/** What is stored of the document. A zustand document store is one. */
export type DocumentSnapshot = {
  readonly diagram: Diagram;
  readonly fileName: string | null;
  readonly savedToFile: boolean;
};

export type DocumentSource<S extends DocumentSnapshot = DocumentSnapshot> = {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
};

/** Same words as the session store's `Persistence`. */
export type PersistenceStatus = 'saved-in-browser' | 'saving' | 'failed';

/** Why storing failed: storage full, no storage at all (private mode, blocked), or anything else. */
export type AutosaveFailure = 'full' | 'unavailable' | 'failed';

/** The page events that store at once: `visibilitychange` (to hidden) on the document, `pagehide` on the window. */
export type PageEvents = {
  readonly document: EventTarget & { readonly visibilityState: string };
  readonly window: EventTarget;
};

export type AutosaveOptions = {
  readonly document: DocumentSource;
  readonly storage: AutosaveStorage;
  readonly tabId: string;
  /** the longest a change waits before it is written; at most 1000 */
  readonly delayMs?: number;
  readonly page?: PageEvents;
  /** start as failed (start-up could not read the storage): the status stays 'failed' until a write succeeds */
  readonly failed?: boolean;
  /** false while this tab must not write (another tab stored a newer diagram and nothing was edited here since) */
  readonly mayWrite?: () => boolean;
  /** a change made in this tab, not one loaded from storage; called before it is scheduled */
  readonly onEdit?: () => void;
  readonly onStatus: (status: PersistenceStatus) => void;
  /** called when storing begins to fail (not again for each retry while it keeps failing) */
  readonly onFailure: (failure: AutosaveFailure, error: unknown) => void;
  readonly onWritten?: (record: AutosaveRecord) => void;
  readonly now?: () => number;
};

export type Autosave = {
  /** writes a pending change now; resolves when every write begun so far has ended */
  flush(): Promise<void>;
  /** the diagram is written with the next flush even if unchanged (it was never stored) */
  markChanged(): void;
  /** forgets a pending change (another tab's newer diagram is in storage); the diagram stays in memory */
  cancelPending(): void;
  /** runs `load`; the changes it makes come from storage: they are neither edits nor written back */
  whileLoading(load: () => void): void;
  stop(): void;
};

export const AUTOSAVE_DELAY_MS = 500;

export function startAutosave(options: AutosaveOptions): Autosave {
  const { document: source, storage, tabId, page, onStatus, onFailure } = options;
  const delayMs = Math.min(options.delayMs ?? AUTOSAVE_DELAY_MS, 1000);
  const mayWrite = options.mayWrite ?? (() => true);
  const now = options.now ?? Date.now;

  let dirty = false;
  let failed = options.failed ?? false;
  let writing = 0;
  let loading = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();

  const report = () => onStatus(failed ? 'failed' : dirty || writing > 0 ? 'saving' : 'saved-in-browser');

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  async function write(record: AutosaveRecord) {
    try {
      await storage.write(record);
      failed = false;
      options.onWritten?.(record);
    } catch (error) {
      dirty = true; // written with the next change, or when the page is hidden
      if (!failed) {
        failed = true;
        onFailure(failureOf(error), error);
      }
    } finally {
      writing--;
      report();
    }
  }

  function flush(): Promise<void> {
    clearTimer();
    if (!dirty || !mayWrite()) return queue;
    dirty = false;
    const { diagram, fileName, savedToFile } = source.getState();
    const record: AutosaveRecord = { diagram, fileName, savedToFile, savedAt: now(), tabId };
    writing++;
    queue = queue.then(() => write(record));
    return queue;
  }

  const unsubscribe = source.subscribe((s, prev) => {
    if (s.diagram === prev.diagram && s.fileName === prev.fileName && s.savedToFile === prev.savedToFile) return;
    if (loading) return;
    options.onEdit?.();
    dirty = true;
    report();
    timer ??= setTimeout(() => void flush(), delayMs);
  });

  const onVisibility = () => {
    if (page?.document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  page?.document.addEventListener('visibilitychange', onVisibility);
  page?.window.addEventListener('pagehide', onPageHide);

  return {
    flush,
    markChanged: () => {
      dirty = true;
    },
    cancelPending: () => {
      clearTimer();
      dirty = false;
      report();
    },
    whileLoading: (load) => {
      loading = true;
      try {
        load();
      } finally {
        loading = false;
      }
    },
    stop: () => {
      clearTimer();
      unsubscribe();
      page?.document.removeEventListener('visibilitychange', onVisibility);
      page?.window.removeEventListener('pagehide', onPageHide);
    },
  };
}

/** Sorts a storage error: QuotaExceededError is 'full'; no IndexedDB, or one that will not open, is 'unavailable'. */
export function failureOf(error: unknown): AutosaveFailure {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (error == null || error instanceof ReferenceError) return 'unavailable';
  if (['SecurityError', 'InvalidStateError', 'NotAllowedError', 'NotSupportedError'].includes(name)) return 'unavailable';
  return 'failed';
}

const isNamed = (v: unknown): v is { name: string } =>
  typeof v === 'object' && v !== null && typeof (v as { name?: unknown }).name === 'string';
