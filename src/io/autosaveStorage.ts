/**
 * The browser's own copy of the open diagram: one record in IndexedDB
 * (through idb-keyval), read at start-up and written by the autosave.
 * A record that no longer reads as a diagram (an older build's, a damaged
 * one) goes through the same reader as a file, migrations included — loaded
 * only when there is a record to read, so a first visit does not fetch it.
 *
 * No silent loss: a stored record this build cannot read (a newer format, a
 * damaged one, a failed migration) is moved aside under a key of its own
 * ('kept:…', with why and when) in the same transaction that finds it, before
 * anything can write the document's key; and a write never lands on a record
 * this build could not read — that one is moved aside first, in the write's
 * own transaction. Kept records stay until the person deletes them.
 *
 * Several diagrams ("Omat kaaviot"): each has a record of its own, under 'diagram:<id>' — except the first,
 * whose record stays under the key 'document' that earlier builds wrote (id 'document'): the upgrade moves
 * nothing, so it cannot lose anything, and an older build still open in another tab keeps reading and
 * writing the same diagram. read() and write() go to the diagram this tab shows (`use`). Records also
 * carry `createdAt` and, while in the bin, `deletedAt` (src/io/diagramList.ts, loaded with the list).
 */
import { createStore, del, get, getMany, keys, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { isJsonObject } from '../model/json.ts';
import type { KeptReason, KeptRecord } from '../model/keptRecord.ts';
import { FORMAT_NAME, FORMAT_VERSION, READABLE_VERSIONS, type Diagram } from '../model/types.ts';
import type { ReadResult } from './readDiagram.ts';

export type AutosaveRecord = {
  readonly diagram: Diagram;
  readonly fileName: string | null;
  readonly savedToFile: boolean;
  /** when it was written, ms since the epoch */
  readonly savedAt: number;
  /** the tab that wrote it */
  readonly tabId: string;
};

export type AutosaveStorage = {
  /**
   * the stored record (of diagram `id`, else of the one shown); undefined when there is none, or when it
   * cannot be read (it is then kept aside)
   */
  read(id?: string): Promise<AutosaveRecord | undefined>;
  /**
   * stores `record`; a stored record this build cannot read is kept aside first, never written over, and so
   * is any stored record when `keepStored` (start-up could not read it: the person has not seen it)
   */
  write(record: AutosaveRecord, options?: { readonly keepStored?: boolean }): Promise<void>;
  /** the records kept aside, oldest first */
  kept(): Promise<readonly KeptRecord[]>;
  /** deletes a kept record (the person asked to) */
  discard(id: string): Promise<void>;
  /** `listener` is called whenever a record is kept aside; returns the unsubscribe */
  onKept(listener: () => void): () => void;
};

/** The stored diagrams, as read by the list (src/io/diagramList.ts). */
export type DiagramStorage = AutosaveStorage & {
  /** the diagram read and written: the one this tab shows */
  currentId(): string;
  /** from now on read() and write() go to diagram `id`; also remembered as the one this browser opened last */
  use(id: string): void;
  /**
   * The diagram to show at start: `preferred` (this tab's, across a reload) or the one this browser opened
   * last, if it exists and is not in the bin; the first ('document') when none is stored; else null: the
   * one changed last is to be found (src/io/diagramList.ts newestLive).
   */
  choose(preferred: string | null): Promise<string | null>;
  /** the IndexedDB store, for the list's own transactions */
  store(): UseStore;
};

/** The first diagram's id: its record is the one earlier builds kept under this key. */
export const FIRST_ID = 'document';
export const DIAGRAM_PREFIX = 'diagram:';
/** the id this browser opened last */
export const CURRENT_KEY = 'current';
const KEPT_PREFIX = 'kept:';
/** The IndexedDB database of the diagrams' versions (src/io/versions.ts). */
export const VERSIONS_DB = 'polku-versions';

/** Where diagram `id`'s record is stored. */
export const keyOf = (id: string) => (id === FIRST_ID ? FIRST_ID : `${DIAGRAM_PREFIX}${id}`);
/** The diagram whose record is under `key`, or null for other keys. */
export const idOfKey = (key: IDBValidKey) =>
  key === FIRST_ID ? FIRST_ID : typeof key === 'string' && key.startsWith(DIAGRAM_PREFIX) ? key.slice(DIAGRAM_PREFIX.length) : null;

type KeptEntry = { readonly value: unknown; readonly reason: KeptReason; readonly keptAt: number };

export function createIdbAutosaveStorage(dbName = 'polku', storeName = 'autosave'): DiagramStorage {
  let db: UseStore | undefined;
  let id = FIRST_ID;
  // opened on first use, so that a browser without IndexedDB fails here, inside the promise
  const store = () => {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'NotSupportedError');
    return (db ??= createStore(dbName, storeName));
  };
  const listeners = new Set<() => void>();
  const told = (moved: boolean) => {
    if (moved) listeners.forEach((l) => l());
  };

  /**
   * One readwrite transaction over the document's key: what `decide` says of the value there (a reason
   * to keep it aside, or null) is done at once — the value put under a kept key — then `after` runs.
   */
  const guarded = (
    key: string,
    decide: (current: unknown) => KeptReason | null,
    after: (s: IDBObjectStore, moved: boolean, current: unknown) => void,
  ) =>
    store()('readwrite', (s) => {
      let moved = false;
      // what a request threw (a put refused at once, as for a full disk): the transaction is aborted and this is told
      let thrown: unknown;
      const request = s.get(key);
      request.onsuccess = () => {
        try {
          const current: unknown = request.result;
          const reason = current === undefined ? null : decide(current);
          if (reason) {
            const keptAt = Date.now();
            const entry: KeptEntry = { value: current, reason, keptAt };
            s.put(entry, `${KEPT_PREFIX}${keptAt}:${Math.random().toString(36).slice(2, 10)}`);
            moved = true;
          }
          after(s, moved, current);
        } catch (error) {
          thrown = error;
          moved = false;
          s.transaction.abort();
        }
      };
      return promisifyRequest(s.transaction).then(
        () => moved,
        (error: unknown) => {
          throw thrown ?? error;
        },
      );
    });

  return {
    read: async (which = id) => {
      const key = keyOf(which);
      const value = await get<unknown>(key, store());
      if (value === undefined) return undefined;
      const { readDiagramValue } = await import('./readDiagram.ts');
      const read = readStoredValue(value, readDiagramValue);
      if ('record' in read) return read.record;
      // kept aside only if it is still what was read (another tab may have written since)
      const moved = await guarded(
        key,
        (current) => (sameValue(current, value) ? read.reason : null),
        (s, movedNow) => movedNow && s.delete(key),
      );
      told(moved);
      return undefined;
    },
    write: async (record, options) => {
      const moved = await guarded(
        keyOf(id),
        (current) => (!mayWriteOver(current) ? reasonAtSight(current) : options?.keepStored ? { kind: 'unread' } : null),
        // when it was made, and whether it is in the bin, stay as they were
        (s, movedNow, current) => s.put({ ...record, ...(!movedNow && metaOf(current)) }, keyOf(id)),
      );
      told(moved);
    },
    kept: async () => {
      const ids = (await keys(store())).filter((k): k is string => typeof k === 'string' && k.startsWith(KEPT_PREFIX));
      const entries = await getMany<unknown>(ids, store());
      return ids.map((id, i) => keptRecordOf(id, entries[i])).sort((a, b) => a.keptAt - b.keptAt);
    },
    discard: (id) => del(id, store()),
    onKept: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentId: () => id,
    use: (next) => {
      id = next;
      // only a hint for the next start: a failure changes nothing here
      set(CURRENT_KEY, next, store()).catch(() => undefined);
    },
    choose: async (preferred) => {
      for (const candidate of [preferred, await get<unknown>(CURRENT_KEY, store())]) {
        if (typeof candidate === 'string' && isLive(await get<unknown>(keyOf(candidate), store()))) return candidate;
      }
      // a first visit has nothing to look through; else the list's code finds the one changed last (null)
      return (await keys(store())).every((k) => idOfKey(k) === null) ? FIRST_ID : null;
    },
    store,
  };
}

/** A stored diagram not in the bin (an unreadable record counts: it is read, kept aside and told, when shown). */
export const isLive = (value: unknown) => value !== undefined && metaOf(value).deletedAt === undefined;

/** What a stored record says besides the diagram: when it was made, when it went to the bin. */
export function metaOf(value: unknown): { createdAt?: number; deletedAt?: number } {
  const { createdAt, deletedAt } = (isJsonObject(value) ? value : {}) as Record<string, unknown>;
  return { createdAt: numberOr(createdAt), deletedAt: numberOr(deletedAt) };
}

const numberOr = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** A new diagram's id. randomUUID exists only in secure contexts; a plain http host gets the fallback. */
export function newDiagramId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A stored value → a record (its diagram read by `readDiagramValue`, the file reader), or why it is not one. */
export function readStoredValue(
  value: unknown,
  readDiagramValue: (value: unknown) => ReadResult,
): { readonly record: AutosaveRecord } | { readonly reason: KeptReason } {
  if (!isRecordShaped(value)) return { reason: reasonAtSight(value) };
  const { diagram, fileName, savedToFile, savedAt, tabId } = value;
  let read: ReadResult;
  try {
    read = readDiagramValue(diagram);
  } catch (error) {
    // a migration that throws: the record stays as it was
    return { reason: { kind: 'migration', detail: error instanceof Error ? error.message : String(error) } };
  }
  return read.ok ? { record: { diagram: read.diagram, fileName, savedToFile, savedAt, tabId } } : { reason: reasonAtSight(value) };
}

type RecordShape = Omit<AutosaveRecord, 'diagram'> & { readonly diagram: unknown };

export function isRecordShaped(value: unknown): value is RecordShape {
  if (!isJsonObject(value)) return false;
  const { fileName, savedToFile, savedAt, tabId } = value as Record<string, unknown>;
  return (typeof fileName === 'string' || fileName === null) && typeof savedToFile === 'boolean' && typeof savedAt === 'number' && typeof tabId === 'string';
}

/** Why a value cannot be read, from its look alone: a diagram of a newer format, else damaged. */
function reasonAtSight(value: unknown): KeptReason {
  const diagram = isJsonObject(value) ? (value as Record<string, unknown>)['diagram'] : undefined;
  const version = isJsonObject(diagram) ? (diagram as Record<string, unknown>)['version'] : undefined;
  return typeof version === 'number' && version > FORMAT_VERSION ? { kind: 'newer', version } : { kind: 'damaged' };
}

/**
 * True when a write may replace `current` without losing anything this build could not read again: a
 * record whose diagram is in a format this build reads. (Damage deeper inside is caught when it is read.)
 */
export function mayWriteOver(current: unknown): boolean {
  if (!isRecordShaped(current) || !isJsonObject(current.diagram)) return false;
  const { format, version } = current.diagram as Record<string, unknown>;
  return format === FORMAT_NAME && typeof version === 'number' && READABLE_VERSIONS.includes(version);
}

function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function keptRecordOf(id: string, entry: unknown): KeptRecord {
  if (isJsonObject(entry)) {
    const { value, reason, keptAt } = entry as Record<string, unknown>;
    if (isJsonObject(reason) && typeof keptAt === 'number') return { id, value, reason: reason as KeptReason, keptAt };
  }
  // not an entry this build wrote: shown as it is
  return { id, value: entry, reason: { kind: 'damaged' }, keptAt: 0 };
}
