/** An AutosaveStorage in memory whose writes can be made to fail, for the autosave tests. */
import { vi } from 'vitest';
import type { AutosaveRecord, AutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import type { KeptRecord } from '../../../src/model/keptRecord.ts';

export type MemoryStorage = AutosaveStorage & {
  record: AutosaveRecord | undefined;
  writes: AutosaveRecord[];
  /** records kept aside (none unless a test puts some there) */
  keptRecords: KeptRecord[];
  /** the next writes throw this (until set back to null) */
  failWith: unknown;
};

export function memoryStorage(record?: AutosaveRecord): MemoryStorage {
  const storage: MemoryStorage = {
    record,
    writes: [],
    keptRecords: [],
    failWith: null,
    read: vi.fn(async () => storage.record),
    write: vi.fn(async (r: AutosaveRecord) => {
      if (storage.failWith !== null) throw storage.failWith;
      storage.writes.push(r);
      storage.record = r;
    }),
    kept: async () => storage.keptRecords,
    discard: async (id) => {
      storage.keptRecords = storage.keptRecords.filter((k) => k.id !== id);
    },
    onKept: () => () => {},
  };
  return storage;
}

/** A page whose visibility the test sets: `hide()` fires visibilitychange, `leave()` pagehide. */
export function fakePage() {
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as 'visible' | 'hidden' });
  const window = new EventTarget();
  return {
    document,
    window,
    hide() {
      document.visibilityState = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      document.visibilityState = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
    },
    leave() {
      window.dispatchEvent(new Event('pagehide'));
    },
  };
}
