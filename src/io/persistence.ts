/**
 * The browser-side persistence of the open diagram, put together: start-up
 * restore, autosave to IndexedDB, the other tabs, and the question on leaving.
 * Works on any store with the document's shape, so that src/io needs no store
 * (src/app passes the real ones in).
 */
import { loadPatterns } from '../layout/text/patterns.ts';
import type { KeptRecord } from '../model/keptRecord.ts';
import type { Diagram } from '../model/types.ts';
import type { VersionReason } from '../model/versions.ts';
import { startAutosave, failureOf, type AutosaveFailure, type DocumentSnapshot, type DocumentSource, type PageEvents, type PersistenceStatus } from './autosave.ts';
import { FIRST_ID, newDiagramId, type AutosaveRecord, type AutosaveStorage, type DiagramStorage } from './autosaveStorage.ts';
import { guardLeaving } from './leaveGuard.ts';
import { openTabSync, type TabChannel } from './tabSync.ts';
import type { VersionStorage, Versioner } from './versions.ts';

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
export async function loadAutosave(storage: AutosaveStorage, timeoutMs = LOAD_TIMEOUT_MS, preferred: string | null = null): Promise<Loaded> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from IndexedDB in ${timeoutMs} ms`)), timeoutMs);
  });
  let record: AutosaveRecord | undefined;
  // which diagram this tab shows; should the storage not answer in time, the first one's record is not read,
  // and the first write keeps it aside
  let chosen = false;
  const choose = async () => {
    if (!isDiagramStorage(storage)) return;
    const id = (await storage.choose(preferred)) ?? (await (await list()).newestLive(storage));
    if (!chosen) storage.use(id);
  };
  try {
    record = await Promise.race([choose().then(() => storage.read()), timeout]);
  } catch (error) {
    return { error };
  } finally {
    chosen = true;
    clearTimeout(timer);
  }
  if (record) await patternsOf(record.diagram);
  return { record };
}

/** The list of stored diagrams' code: loaded when it is needed (never on a first visit's start-up). */
const list = () => import('./diagramList.ts');

/** A storage of several diagrams (IndexedDB's); a storage of one (tests') stores only the first. */
export const isDiagramStorage = (s: AutosaveStorage): s is DiagramStorage => 'currentId' in s;

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
  /** this tab now shows diagram `id` (another was opened) */
  readonly onShown?: (id: string) => void;
  /**
   * versions of the diagrams are kept in this IndexedDB database (src/io/versions.ts, loaded with the first
   * version), or in this storage (tests'); none are kept without it
   */
  readonly versionsDb?: string | VersionStorage;
};

export type Persistence = {
  /** opens the diagram the storage holds (another tab's): the "Lataa" answer */
  reloadFromStorage(): Promise<void>;
  /**
   * Shows stored diagram `id` here, after storing the one shown (no question: it is stored). False, with a
   * notice, when the one shown could not be stored (it stays) or `id` cannot be read.
   */
  switchTo(id: string): Promise<boolean>;
  /**
   * Shows a diagram not stored yet as a new entry of the list: the one shown is stored first (the caller
   * asks before, as over work not saved to a file) and never written over; `load` puts the new diagram
   * into the document, and it is stored under a new id at once (a full disk is told; the diagram stays
   * open). Returns the new id.
   */
  openNew(load: () => void): Promise<string>;
  /** stores what is shown now (see switchTo); false, told unless `tell` is false, when it cannot be */
  storeShown(tell?: boolean): Promise<boolean>;
  /**
   * Keeps a version of the diagram shown, as it is now (something is about to replace it); a failure is
   * told, the diagram stays. Resolves when it is stored (at once when versions are not kept).
   */
  keepVersion(reason: VersionReason): Promise<void>;
  flush(): Promise<void>;
  stop(): void;
};

/** How long a replacing action (Open, New, a template, a link) waits for the version kept before it. */
export const VERSION_WAIT_MS = 3000;

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

  /** what the diagram shown was, as stored or opened, before the edits since; null: a new one, not yet stored */
  let base: Diagram | null = source.getState().diagram;
  let versioner: Promise<Versioner> | null = null;
  const versions = () => {
    const db = options.versionsDb;
    if (db === undefined) return null;
    return (versioner ??= import('./versions.ts').then((m) =>
      m.startVersioner({
        storage: typeof db === 'string' ? m.createVersionStorage(db) : db,
        now: clock,
        // while the diagram itself cannot be stored, that is what the person is told (not this too)
        onFailure: (failure, error) =>
          failing ||
          session.notify({ kind: 'error', key: failure === 'full' ? 'persistence.versionFull' : 'persistence.versionFailed', params: { reason: reasonOf(error) } }),
      }),
    ));
  };
  const keepVersion = async (reason: VersionReason) => {
    const id = shown();
    const diagram = source.getState().diagram; // as it is now, before anything replaces it
    // its code could not be loaded (offline, a build replaced): nothing is replaced by this
    const versioner = await versions()?.catch(() => null);
    // a version is kept before a replacing action, but never holds it up: a versions store that does not
    // answer (or fails) leaves the action to go on after VERSION_WAIT_MS (the diagram shown is stored anyway)
    await Promise.race([versioner?.keep(id, diagram, reason).catch(() => undefined), new Promise((done) => setTimeout(done, VERSION_WAIT_MS))]);
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

  const shown = () => (isDiagramStorage(storage) ? storage.currentId() : FIRST_ID);
  const sync = options.channel ? openTabSync(options.channel, tabId, shown, otherTabSaved) : null;
  /** the last write failed: what is shown is not (all) stored */
  let failing = 'error' in loaded;

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
    onStatus: (status) => {
      failing = status === 'failed';
      session.setPersistence(status);
    },
    onFailure: fail,
    onWritten: (record) => {
      know(stampOf(record));
      const before = base;
      base = record.diagram;
      const id = shown();
      void versions()?.then((v) => v.written(id, before, record.diagram, record.savedAt), () => undefined);
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
    // the diagram shown here, as it is, is kept as a version before the other tab's replaces it
    if (record) await keepVersion('reload');
    session.setOtherTab(null);
    behind = false;
    if (record) openRecord(record);
  };

  /** Opens a stored record: loaded, not edited, nor written back. */
  function openRecord(record: AutosaveRecord) {
    const { diagram, fileName, savedToFile } = record;
    autosave.cancelPending();
    autosave.whileLoading(() => source.getState().openDiagram(diagram, fileName, { savedToFile }));
    base = diagram;
    know(stampOf(record));
  }

  session.setReloadFromStorage(reloadFromStorage);

  /**
   * Stores what is shown (also when it was never stored: the untouched diagram of a first visit, so that it
   * is in the list); false (told) when it cannot be: then nothing else may be shown instead.
   */
  const storeShown = async (tell = true) => {
    if (newest === null) autosave.markChanged();
    await autosave.flush();
    if (failing && tell) session.notify({ kind: 'error', key: 'diagramList.notStored' });
    return !failing;
  };

  /** This tab shows `id` from now on (`record`, when given, is opened): what it knew of the one before does not apply. */
  const show = (storage: DiagramStorage, id: string, record?: AutosaveRecord) => {
    storage.use(id);
    newest = null;
    base = null;
    behind = false;
    unseen = false;
    session.setOtherTab(null);
    options.onShown?.(id);
    if (record) openRecord(record);
  };

  const switchTo = async (id: string) =>
    isDiagramStorage(storage) &&
    (await list()).switchDiagram(storage, { storeShown, showStored: (id, record) => show(storage, id, record), notify: session.notify }, id);

  const openNew = async (load: () => void) => {
    // the caller asked before, as over work not saved to a file: a failure to store it is told (by the
    // autosave, in words loaded at start-up), and it goes on
    await storeShown(false);
    const id = isDiagramStorage(storage) ? newDiagramId() : FIRST_ID;
    if (isDiagramStorage(storage)) show(storage, id);
    load(); // an edit of the new diagram: written to its own record
    await autosave.flush();
    return id;
  };

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
    switchTo,
    openNew,
    storeShown,
    keepVersion,
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
