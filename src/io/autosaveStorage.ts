/**
 * The browser's own copy of the open diagram: one record in IndexedDB
 * (through idb-keyval), read at start-up and written by the autosave.
 * A record that no longer reads as a diagram (an older build's, a damaged
 * one) goes through the same reader as a file, migrations included — loaded
 * only when there is a record to read, so a first visit does not fetch it.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { isJsonObject } from '../model/json.ts';
import type { Diagram } from '../model/types.ts';
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
  /** the stored record; undefined when there is none (or it cannot be read as a diagram) */
  read(): Promise<AutosaveRecord | undefined>;
  write(record: AutosaveRecord): Promise<void>;
};

const KEY = 'document';

export function createIdbAutosaveStorage(dbName = 'polku', storeName = 'autosave'): AutosaveStorage {
  let db: UseStore | undefined;
  // opened on first use, so that a browser without IndexedDB fails here, inside the promise
  const store = () => {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'NotSupportedError');
    return (db ??= createStore(dbName, storeName));
  };
  return {
    read: async () => {
      const value = await get<unknown>(KEY, store());
      if (value === undefined) return undefined;
      const { readDiagramValue } = await import('./readDiagram.ts');
      return toAutosaveRecord(value, readDiagramValue);
    },
    write: async (record) => set(KEY, record, store()),
  };
}

/** A stored value → a record (its diagram read by `read`, the file reader), or undefined when it is not one. */
export function toAutosaveRecord(value: unknown, readDiagramValue: (value: unknown) => ReadResult): AutosaveRecord | undefined {
  if (!isJsonObject(value)) return undefined;
  const { diagram, fileName, savedToFile, savedAt, tabId } = value as Record<string, unknown>;
  if (typeof fileName !== 'string' && fileName !== null) return undefined;
  if (typeof savedToFile !== 'boolean' || typeof savedAt !== 'number' || typeof tabId !== 'string') return undefined;
  const read = readDiagramValue(diagram);
  return read.ok ? { diagram: read.diagram, fileName, savedToFile, savedAt, tabId } : undefined;
}
