/**
 * Versions of the diagrams ("Versiot"), stored in IndexedDB (idb-keyval, a database of their own,
 * 'polku-versions'), and the versioner that keeps them: loaded by the persistence after the first write
 * (src/io/persistence.ts), so a first visit does not fetch it.
 *
 * Each version is one value under an array key [diagramId, savedAt, bytes, reason]: the list and the
 * thinning read the keys alone, never the diagrams, and two tabs never write the same key over
 * (nor one shared index).
 * A version is taken of the diagram as it was stored before an edit, at most one per 10 minutes of editing
 * (`written`), and always before something replaces the diagram (`keep`); thinning
 * (src/model/versions.ts) runs after each.
 */
import { createStore, delMany, get, keys, set, type UseStore } from 'idb-keyval';
import type { Diagram } from '../model/types.ts';
import { thinVersions, versionDue, VERSION_BUDGET_BYTES, type VersionMeta, type VersionReason } from '../model/versions.ts';
import { failureOf, type AutosaveFailure } from './autosave.ts';
import { VERSIONS_DB } from './autosaveStorage.ts';

export type VersionKey = [diagramId: string, savedAt: number, bytes: number, reason: VersionReason];

export type VersionEntry = VersionMeta & { readonly key: VersionKey; readonly reason: VersionReason };

export type VersionRecord = {
  readonly diagramId: string;
  readonly savedAt: number;
  readonly reason: VersionReason;
  readonly bytes: number;
  readonly diagram: Diagram;
};

export type VersionStorage = {
  /** the versions kept (of diagram `diagramId`, else of all), newest first */
  list(diagramId?: string): Promise<VersionEntry[]>;
  read(key: VersionKey): Promise<VersionRecord | undefined>;
  put(record: VersionRecord): Promise<VersionKey>;
  remove(keys: readonly VersionKey[]): Promise<void>;
};

const isVersionKey = (k: IDBValidKey): k is VersionKey =>
  Array.isArray(k) && k.length === 4 && typeof k[0] === 'string' && typeof k[1] === 'number' && typeof k[2] === 'number' && typeof k[3] === 'string';

export function createVersionStorage(dbName = VERSIONS_DB, storeName = 'versions'): VersionStorage {
  let db: UseStore | undefined;
  const store = () => {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'NotSupportedError');
    return (db ??= createStore(dbName, storeName));
  };
  return {
    list: async (diagramId) =>
      (await keys(store()))
        .filter(isVersionKey)
        .filter((k) => diagramId === undefined || k[0] === diagramId)
        .map((key) => ({ key, diagramId: key[0], savedAt: key[1], bytes: key[2], reason: key[3] }))
        .sort((a, b) => b.savedAt - a.savedAt),
    read: (key) => get<VersionRecord>(key, store()),
    put: async (record) => {
      const key: VersionKey = [record.diagramId, record.savedAt, record.bytes, record.reason];
      await set(key, record, store());
      return key;
    },
    remove: (list) => delMany([...list], store()),
  };
}

/** Deletes every version of diagrams `ids` (gone for good: purged from the bin). */
export async function forgetVersions(storage: VersionStorage, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  const drop = (await storage.list()).filter((v) => gone.has(v.diagramId)).map((v) => v.key);
  if (drop.length > 0) await storage.remove(drop);
}

export type VersionerOptions = {
  readonly storage: VersionStorage;
  readonly now?: () => number;
  readonly budget?: number;
  readonly interval?: number;
  /** a version could not be stored (the diagram itself is stored): told once until one is stored again */
  readonly onFailure?: (failure: AutosaveFailure, error: unknown) => void;
};

export type Versioner = {
  /**
   * diagram `id` was stored as `diagram` after an edit; `before` is what it was stored as before (null: not
   * known, a new diagram): a version of that, if one is due; `at` is when it was stored (now if not given)
   */
  written(id: string, before: Diagram | null, diagram: Diagram, at?: number): Promise<void>;
  /** a version of `diagram` now (something is about to replace it), unless the newest is the same */
  keep(id: string, diagram: Diagram, reason: VersionReason): Promise<void>;
  /** resolves when every version begun so far is stored (or failed) */
  settled(): Promise<void>;
};

export function startVersioner(options: VersionerOptions): Versioner {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const budget = options.budget ?? VERSION_BUDGET_BYTES;
  /** when each diagram's newest version was taken (read from storage once) */
  const lastAt = new Map<string, number | null>();
  /** the JSON of each diagram's newest version: the same one is not kept twice */
  const lastJson = new Map<string, string>();
  let failing = false;
  let queue: Promise<void> = Promise.resolve();

  /**
   * When diagram `id`'s newest version was taken: read from storage the first time (its diagram too, so that
   * a version the same as the newest is not kept again after a reload), and again when `fresh` (another tab
   * may have kept one since).
   */
  const newestAt = async (id: string, fresh = false) => {
    if (!lastAt.has(id) || fresh) {
      const [newest] = await storage.list(id);
      if (!lastAt.has(id) && newest) {
        const record = await storage.read(newest.key);
        if (record) lastJson.set(id, JSON.stringify(record.diagram));
      }
      lastAt.set(id, newest?.savedAt ?? null);
    }
    return lastAt.get(id)!;
  };

  const store = async (id: string, diagram: Diagram, reason: VersionReason, at: number) => {
    try {
      const newest = await newestAt(id);
      const json = JSON.stringify(diagram);
      if (lastJson.get(id) === json) return;
      const savedAt = Math.max(at, (newest ?? 0) + 1);
      await storage.put({ diagramId: id, savedAt, reason, bytes: json.length, diagram });
      lastAt.set(id, savedAt);
      lastJson.set(id, json);
      failing = false;
      const all = await storage.list();
      const keep = new Set(thinVersions(all, now(), budget));
      const drop = all.filter((v) => !keep.has(v)).map((v) => v.key);
      if (drop.length > 0) await storage.remove(drop);
    } catch (error) {
      if (!failing) options.onFailure?.(failureOf(error), error);
      failing = true;
    }
  };

  const queued = (work: () => Promise<void>) => {
    queue = queue.then(work, work);
    return queue;
  };

  return {
    written: (id, before, diagram, at = now()) =>
      queued(async () => {
        if (before === null || before === diagram) return;
        try {
          if (!versionDue(await newestAt(id), at, options.interval)) return;
          // due by what this tab knows: another tab may have kept one meanwhile
          if (!versionDue(await newestAt(id, true), at, options.interval)) return;
        } catch {
          return; // the versions cannot be read: tried again with the next write
        }
        if (JSON.stringify(before) === JSON.stringify(diagram)) return;
        await store(id, before, 'auto', at);
      }),
    keep: (id, diagram, reason) => {
      const at = now(); // when it was asked for, not when its turn comes
      return queued(() => store(id, diagram, reason, at));
    },
    settled: () => queue,
  };
}
