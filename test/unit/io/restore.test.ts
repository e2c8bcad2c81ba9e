/** Start-up opens exactly what the browser kept (IndexedDB, here fake-indexeddb), and says so when it cannot look. */
import 'fake-indexeddb/auto';
import { set, createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbAutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import { loadAutosave, startPersistence, type Loaded } from '../../../src/io/persistence.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { defaultDiagram, moved, retitled } from '../store/diagrams.ts';
import { memoryStorage } from './memoryStorage.ts';

let dbCount = 0;
const newDbName = () => `polku-restore-${++dbCount}`;

afterEach(() => {
  vi.unstubAllGlobals();
});

/** What main.tsx does at start-up: the kept record, or the default diagram. */
function startUp(loaded: Loaded) {
  const kept = 'record' in loaded ? loaded.record : undefined;
  return kept
    ? createDocumentStore(kept.diagram, { fileName: kept.fileName, savedToFile: kept.savedToFile })
    : createDocumentStore(defaultDiagram());
}

async function sessionThatEdits(dbName: string, work: (store: ReturnType<typeof createDocumentStore>) => void) {
  const storage = createIdbAutosaveStorage(dbName);
  const loaded = await loadAutosave(storage);
  const store = startUp(loaded);
  const persistence = startPersistence({ document: store, session: createSessionStore().getState(), storage, loaded, tabId: 'first', channel: null });
  work(store);
  await persistence.flush();
  persistence.stop();
  return store.getState();
}

describe('start-up restore', () => {
  it('opens the default diagram when the browser keeps nothing', async () => {
    const loaded = await loadAutosave(createIdbAutosaveStorage(newDbName()));
    expect(loaded).toEqual({ record: undefined });
    expect(startUp(loaded).getState().diagram).toEqual(defaultDiagram());
  });

  it('restores exactly the diagram, file name and unsaved state that were kept', async () => {
    const dbName = newDbName();
    const before = await sessionThatEdits(dbName, (store) => {
      store.getState().markSaved('polku.json');
      store.getState().apply(moved(retitled(store.getState().diagram, 'Muokattu polku'), '2022-04'));
    });
    expect(before.savedToFile).toBe(false);

    const loaded = await loadAutosave(createIdbAutosaveStorage(dbName));
    const after = startUp(loaded).getState();
    expect(after.diagram).toEqual(before.diagram);
    expect(after.diagram).not.toEqual(defaultDiagram());
    expect(after.fileName).toBe('polku.json');
    expect(after.savedToFile).toBe(false);
    expect(loaded).toMatchObject({ record: { tabId: 'first', savedAt: expect.any(Number) } });
  });

  it('restores a diagram saved to a file as saved', async () => {
    const dbName = newDbName();
    const before = await sessionThatEdits(dbName, (store) => {
      store.getState().apply(retitled(store.getState().diagram, 'Tallennettu'));
      store.getState().markSaved('tallennettu.json');
    });
    const after = startUp(await loadAutosave(createIdbAutosaveStorage(dbName))).getState();
    expect(after).toMatchObject({ fileName: 'tallennettu.json', savedToFile: true });
    expect(after.diagram).toEqual(before.diagram);
  });

  it('opens none of a kept record that is not a diagram, and keeps it aside as it was', async () => {
    const dbName = newDbName();
    const stored = { diagram: { format: 'something else' }, fileName: null, savedToFile: true, savedAt: 1, tabId: 'x' };
    await set('document', stored, createStore(dbName, 'autosave'));
    const storage = createIdbAutosaveStorage(dbName);
    expect(await loadAutosave(storage)).toEqual({ record: undefined });
    expect(await storage.kept()).toEqual([expect.objectContaining({ value: stored, reason: { kind: 'damaged' } })]);
  });

  it('starts with the default diagram, failed and told, when IndexedDB will not open', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        const request: { error?: DOMException; onerror?: () => void } = {};
        queueMicrotask(() => {
          request.error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
          request.onerror?.();
        });
        return request;
      },
    });
    const storage = createIdbAutosaveStorage(newDbName());
    const loaded = await loadAutosave(storage);
    expect(loaded).toHaveProperty('error');
    const store = startUp(loaded);
    const session = createSessionStore();
    const persistence = startPersistence({ document: store, session: session.getState(), storage, loaded, tabId: 't', channel: null });
    expect(session.getState()).toMatchObject({ persistence: 'failed', notice: { kind: 'error', key: 'persistence.unavailable' } });
    expect(store.getState().diagram).toEqual(defaultDiagram());

    store.getState().apply(retitled(store.getState().diagram, 'kept in memory'));
    await persistence.flush();
    expect(session.getState().persistence).toBe('failed');
    expect(store.getState().diagram.title).toBe('kept in memory');
    persistence.stop();
  });

  it('says there is no storage where the browser has no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const storage = createIdbAutosaveStorage(newDbName());
    const loaded = await loadAutosave(storage);
    const session = createSessionStore();
    startPersistence({ document: startUp(loaded), session: session.getState(), storage, loaded, tabId: 't', channel: null }).stop();
    expect(session.getState().notice).toMatchObject({ kind: 'error', key: 'persistence.unavailable' });
  });

  it('a write the browser refuses at once (a full disk) fails with that error, and neither writes nor keeps anything', async () => {
    const dbName = newDbName();
    const storage = createIdbAutosaveStorage(dbName);
    await storage.write({ diagram: defaultDiagram(), fileName: null, savedToFile: true, savedAt: 1, tabId: 't' });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await expect(storage.write({ diagram: retitled(defaultDiagram(), 'not stored'), fileName: null, savedToFile: false, savedAt: 2, tabId: 't' })).rejects.toMatchObject({
        name: 'QuotaExceededError',
      });
    } finally {
      put.mockRestore();
    }
    expect((await storage.read())?.savedAt).toBe(1);
    expect(await storage.kept()).toEqual([]);
  });

  it('gives up waiting for a storage that never answers', async () => {
    const loaded = await loadAutosave({ ...memoryStorage(), read: () => new Promise(() => {}) }, 20);
    expect(loaded).toHaveProperty('error');
  });
});
