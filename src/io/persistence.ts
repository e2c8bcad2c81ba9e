/**
 * The browser-side persistence of the open diagram, put together: start-up
 * restore, autosave to IndexedDB, the other tabs, and the question on leaving.
 * Works on any store with the document's shape, so that src/io needs no store
 * (src/app passes the real ones in).
 */
import { loadPatterns } from '../layout/text/patterns.ts';
import type { KeptRecord } from '../model/keptRecord.ts';
import type { Diagram } from '../model/types.ts';
import { startAutosave, failureOf, type AutosaveFailure, type DocumentSnapshot, type DocumentSource, type PageEvents, type PersistenceStatus } from './autosave.ts';
import type { AutosaveRecord, AutosaveStorage } from './autosaveStorage.ts';
import { guardLeaving } from './leaveGuard.ts';
import { openTabSync, type TabChannel } from './tabSync.ts';

/** The document store, as persistence sees it. */
export type PersistedDocument = DocumentSource<
  DocumentSnapshot & { openDiagram(diagram: Diagram, fileName: string | null, origin?: { savedToFile?: boolean }): void }
>;

/** The session store's actions that persistence uses. */
export type PersistenceSession = {
  setPersistence(status: PersistenceStatus): void;
  setSavedToFile(savedToFile: boolean): void;
  setOtherTab(otherTab: { readonly at: number } | null): void;
  notify(notice: { kind: 'error'; key: string; params?: Record<string, string> }): void;
  setReloadFromStorage(reload: () => Promise<void>): void;
  setKept(kept: readonly KeptRecord[]): void;
  setDiscardKept(discard: (id: string) => Promise<void>): void;
};

/** What start-up found in storage: a record (or none), or why it could not look. */
export type Loaded = { readonly record: AutosaveRecord | undefined } | { readonly error: unknown };

/** The i18n key of the notice for each failure. */
export const FAILURE_NOTICE: Record<AutosaveFailure, string> = {
  full: 'persistence.full',
  unavailable: 'persistence.unavailable',
  failed: 'persistence.failed',
};

export const LOAD_TIMEOUT_MS = 4000;

/**
 * Reads what the browser holds; never throws, and gives up after `timeoutMs` (a storage that never answers).
 * The kept diagram's hyphenation patterns are loaded before it is given, as Open does, so that it breaks
 * lines exactly as when it was opened from a file.
 */
export async function loadAutosave(storage: AutosaveStorage, timeoutMs = LOAD_TIMEOUT_MS): Promise<Loaded> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from IndexedDB in ${timeoutMs} ms`)), timeoutMs);
  });
  let record: AutosaveRecord | undefined;
  try {
    record = await Promise.race([storage.read(), timeout]);
  } catch (error) {
    return { error };
  } finally {
    clearTimeout(timer);
  }
  if (record) await patternsOf(record.diagram);
  return { record };
}

/**
 * Loads `diagram`'s hyphenation patterns (Swedish and English load on demand), as Open does. Should they
 * fail to load, lines still break at soft hyphens, hyphens and compound seams.
 */
const patternsOf = (diagram: Diagram) => loadPatterns(diagram.language ?? 'fi').catch(() => undefined);

export type PersistenceOptions = {
  readonly document: PersistedDocument;
  readonly session: PersistenceSession;
  readonly storage: AutosaveStorage;
  readonly loaded: Loaded;
  readonly tabId: string;
  /** BroadcastChannel('polku'); null where there is none (each tab then writes as if alone) */
  readonly channel: TabChannel | null;
  readonly page?: PageEvents;
  /** where `beforeunload` is listened for (the window) */
  readonly leaveTarget?: EventTarget;
  readonly delayMs?: number;
  readonly now?: () => number;
};

export type Persistence = {
  /** opens the diagram the storage holds (another tab's): the "Lataa" answer */
  reloadFromStorage(): Promise<void>;
  flush(): Promise<void>;
  stop(): void;
};

export function startPersistence(options: PersistenceOptions): Persistence {
  const { document: source, session, storage, loaded, tabId } = options;

  /** another tab stored a newer diagram, and nothing was edited here since we were told */
  let behind = false;
  /** the newest record this tab wrote or loaded */
  let newest: Stamp | null = 'record' in loaded && loaded.record ? stampOf(loaded.record) : null;
  const clock = options.now ?? Date.now;
  /** a tab's stamps grow past every record it knows, so that its next write is newer than all of them */
  const now = () => Math.max(clock(), (newest?.savedAt ?? 0) + 1);
  const know = (stamp: Stamp) => {
    if (!newest || stamp.savedAt >= newest.savedAt) newest = stamp;
  };

  const fail = (failure: AutosaveFailure, error: unknown) => {
    session.setPersistence('failed');
    session.notify({ kind: 'error', key: FAILURE_NOTICE[failure], params: { reason: reasonOf(error) } });
  };

  const otherTabSaved = (stamp: Stamp) => {
    // older than, or the very record, this tab wrote or loaded last: nothing new
    if (newest && (stamp.savedAt < newest.savedAt || (stamp.savedAt === newest.savedAt && stamp.tabId === newest.tabId))) return;
    newest = stamp;
    behind = true;
    autosave.cancelPending();
    session.setOtherTab({ at: stamp.savedAt });
  };

  const sync = options.channel ? openTabSync(options.channel, tabId, otherTabSaved) : null;

  // Start-up could not read the storage (it did not answer in time): whatever it holds was never seen here,
  // so the first write keeps it aside rather than writing over it.
  let unseen = 'error' in loaded;
  const writeSeen: AutosaveStorage = {
    ...storage,
    write: async (record) => {
      await storage.write(record, { keepStored: unseen });
      unseen = false;
    },
  };

  const autosave = startAutosave({
    document: source,
    storage: writeSeen,
    tabId,
    ...(options.delayMs !== undefined && { delayMs: options.delayMs }),
    ...(options.page && { page: options.page }),
    now,
    failed: 'error' in loaded,
    mayWrite: () => !behind,
    onEdit: () => {
      if (!behind) return;
      behind = false; // the person edits here after being told: this is their latest choice
      session.setOtherTab(null);
    },
    onStatus: (status) => session.setPersistence(status),
    onFailure: fail,
    onWritten: (record) => {
      know(stampOf(record));
      sync?.announce(record);
    },
  });

  const reloadFromStorage = async () => {
    let record: AutosaveRecord | undefined;
    try {
      record = await storage.read();
    } catch (error) {
      fail(failureOf(error), error);
      return;
    }
    unseen = false; // what it holds is read now
    // its patterns before it is opened, as Open does (the question stays up meanwhile)
    if (record) await patternsOf(record.diagram);
    session.setOtherTab(null);
    behind = false;
    if (!record) return;
    const { diagram, fileName, savedToFile } = record;
    autosave.cancelPending();
    autosave.whileLoading(() => source.getState().openDiagram(diagram, fileName, { savedToFile }));
    know(stampOf(record));
  };

  session.setReloadFromStorage(reloadFromStorage);

  // Records this build could not read are told about (the ones kept earlier too) until the person deletes them.
  const showKept = () =>
    storage.kept().then(
      (kept) => session.setKept(kept),
      () => {},
    );
  const unkept = storage.onKept(() => void showKept());
  // a failure to delete is the caller's to tell (the notice of kept records)
  session.setDiscardKept(async (id) => {
    try {
      await storage.discard(id);
    } finally {
      await showKept();
    }
  });
  session.setSavedToFile(source.getState().savedToFile);
  const unmirror = source.subscribe((s, prev) => {
    if (s.savedToFile !== prev.savedToFile) session.setSavedToFile(s.savedToFile);
  });
  const unguard = options.leaveTarget ? guardLeaving(source, options.leaveTarget) : () => {};

  void showKept();
  if ('error' in loaded) {
    fail(failureOf(loaded.error), loaded.error);
  } else {
    // a tab that wrote between start-up's read and the channel opening is caught here
    storage.read().then(
      (stored) => {
        if (stored && stored.tabId !== tabId) otherTabSaved(stampOf(stored));
      },
      () => {},
    );
  }

  return {
    reloadFromStorage,
    flush: autosave.flush,
    stop: () => {
      autosave.stop();
      sync?.close();
      unmirror();
      unguard();
      unkept();
    },
  };
}

type Stamp = { readonly savedAt: number; readonly tabId: string };
const stampOf = (r: Stamp): Stamp => ({ savedAt: r.savedAt, tabId: r.tabId });

function reasonOf(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}
