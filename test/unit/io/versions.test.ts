/**
 * Issue 13, Deliver 3, "Versiot": versions kept in IndexedDB (fake-indexeddb) — at most one per 10 minutes
 * of editing, always one before something replaces the diagram, a full disk told while the edit stays, and
 * two tabs restoring different versions at once lose nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbAutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import { loadAutosave, startPersistence, VERSION_WAIT_MS } from '../../../src/io/persistence.ts';
import { createVersionStorage, forgetVersions, startVersioner, type VersionKey, type VersionStorage } from '../../../src/io/versions.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { restoreVersion } from '../../../src/ui/versions/restoreVersion.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { defaultDiagram, retitled } from '../store/diagrams.ts';
import { fakePage, memoryStorage } from './memoryStorage.ts';

const MIN = 60 * 1000;
const T0 = new Date(2026, 11, 7, 9, 0).getTime();
let count = 0;
const fresh = () => createVersionStorage(`polku-versions-test-${++count}`);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const titled = (title: string): Diagram => retitled(defaultDiagram(), title);

describe('the versioner', () => {
  it('keeps at most one version per 10 minutes of editing, of the diagram as it was before', async () => {
    const storage = fresh();
    let now = T0;
    const versioner = startVersioner({ storage, now: () => now });
    // an edit a minute for 25 minutes
    for (let minute = 0; minute <= 25; minute++) {
      now = T0 + minute * MIN;
      await versioner.written('a', titled(`v${minute}`), titled(`v${minute + 1}`));
    }
    const kept = await storage.list('a');
    expect(kept.map((v) => (v.savedAt - T0) / MIN)).toEqual([20, 10, 0]);
    expect(kept.every((v) => v.reason === 'auto')).toBe(true);
    expect((await storage.read(kept[2]!.key))?.diagram.title).toBe('v0');
  });

  it('keeps one before the diagram is replaced, even within the 10 minutes, but not the same one twice', async () => {
    const storage = fresh();
    let now = T0;
    const versioner = startVersioner({ storage, now: () => now });
    await versioner.written('a', titled('first'), titled('second'));
    now += MIN;
    await versioner.keep('a', titled('second'), 'open');
    now += MIN;
    await versioner.keep('a', titled('second'), 'paste');
    const kept = await storage.list('a');
    expect(kept.map((v) => v.reason)).toEqual(['open', 'auto']);
  });

  it('counts the versions another tab kept (one per 10 minutes between them), and keeps no copy of the newest after a reload', async () => {
    const storage = fresh();
    let now = T0;
    const a = startVersioner({ storage, now: () => now });
    const b = startVersioner({ storage, now: () => now });
    await a.written('d', titled('a0'), titled('a1'));
    await b.written('d', titled('b0'), titled('b1')); // b learns of a's version
    now += 11 * MIN;
    await a.written('d', titled('a1'), titled('a2'));
    now += MIN;
    await b.written('d', titled('b1'), titled('b2')); // a kept one a minute ago
    expect((await storage.list('d')).map((v) => v.savedAt)).toEqual([T0 + 11 * MIN, T0]);

    const reloaded = startVersioner({ storage, now: () => now });
    await reloaded.keep('d', titled('a1'), 'open'); // the same as the newest
    expect(await storage.list('d')).toHaveLength(2);
  });

  it('forgets every version of a diagram gone for good, and only of it', async () => {
    const storage = fresh();
    const versioner = startVersioner({ storage, now: () => T0 });
    await versioner.keep('gone', titled('g'), 'open');
    await versioner.keep('stays', titled('s'), 'open');
    await forgetVersions(storage, ['gone']);
    expect((await storage.list()).map((v) => v.diagramId)).toEqual(['stays']);
  });

  it('thins after each version, within the byte budget', async () => {
    const storage = fresh();
    let now = T0;
    const bytes = JSON.stringify(titled('x0')).length;
    const versioner = startVersioner({ storage, now: () => now, budget: bytes * 3 + 10 });
    for (let i = 0; i < 6; i++) {
      now = T0 + i * MIN;
      await versioner.keep('a', titled(`x${i}`), 'open');
    }
    const kept = await storage.list('a');
    expect(kept.map((v) => v.savedAt)).toEqual([T0 + 5 * MIN, T0 + 4 * MIN, T0 + 3 * MIN]);
  });
});

/** A version storage whose writes fail as a full disk does. */
function fullDisk(inner: VersionStorage): VersionStorage {
  return {
    ...inner,
    put: async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

function openTab(versions: VersionStorage | string, dbName = `polku-autosave-versions-${++count}`, tabId = 'A', channel: BroadcastChannel | null = null) {
  return (async () => {
    const storage = channel ? createIdbAutosaveStorage(dbName) : memoryStorage();
    const loaded = channel ? await loadAutosave(storage) : { record: undefined };
    const kept = 'record' in loaded ? loaded.record : undefined;
    const document = createDocumentStore(kept?.diagram ?? defaultDiagram());
    const session = createSessionStore();
    let now = T0;
    const persistence = startPersistence({
      document,
      session: session.getState(),
      storage,
      loaded,
      tabId,
      channel,
      page: fakePage(),
      delayMs: 10,
      now: () => now,
      versionsDb: versions,
    });
    cleanups.push(() => persistence.stop());
    const edit = async (title: string, minutes = 1) => {
      now += minutes * MIN;
      document.getState().apply(retitled(document.getState().diagram, title));
      await persistence.flush();
    };
    return { document, session, persistence, edit, storage };
  })();
}

describe('versions kept by the persistence', () => {
  it('never holds up a replacing action: a versions store that does not answer is given VERSION_WAIT_MS', async () => {
    const never = new Promise<never>(() => undefined);
    const hanging: VersionStorage = { list: () => never, read: () => never, put: () => never, remove: () => never };
    const tab = await openTab(hanging);
    vi.useFakeTimers();
    try {
      let done = false;
      void tab.persistence.keepVersion('open').then(() => (done = true));
      await vi.advanceTimersByTimeAsync(VERSION_WAIT_MS - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the diagram as it was before the first edit, and one before another tab’s diagram replaces it', async () => {
    const versions = fresh();
    const tab = await openTab(versions);
    const original = tab.document.getState().diagram.title;
    await tab.edit('edited');
    await vi.waitFor(async () => expect((await versions.list()).length).toBe(1));
    const [first] = await versions.list();
    expect((await versions.read(first!.key))?.diagram.title).toBe(original);

    await tab.edit('edited again');
    await tab.persistence.keepVersion('reload');
    const reasons = (await versions.list()).map((v) => v.reason);
    expect(reasons).toEqual(['reload', 'auto']);
  });

  it('keeps the diagram shown before another tab’s diagram is loaded over it (reload from another tab)', async () => {
    const dbName = `polku-reload-${++count}`;
    const versionsDb = `polku-versions-reload-${count}`;
    const channelName = `polku-reload-channel-${count}`;
    const a = await openTab(versionsDb, dbName, 'A', new BroadcastChannel(channelName));
    await a.edit('A stored');
    const b = await openTab(versionsDb, dbName, 'B', new BroadcastChannel(channelName));
    await b.edit('B stored', 20);
    await a.edit('A edited after B', 30); // B is told of it
    await vi.waitFor(() => expect(b.session.getState().otherTab).not.toBeNull());
    await b.persistence.reloadFromStorage();
    expect(b.document.getState().diagram.title).toBe('A edited after B');
    const versions = createVersionStorage(versionsDb);
    // (each tab has its own test clock here: the reload's version is found by its reason)
    const reloads = (await versions.list()).filter((v) => v.reason === 'reload');
    expect(reloads).toHaveLength(1);
    expect((await versions.read(reloads[0]!.key))?.diagram.title).toBe('B stored');
  });

  it('tells the person when the disk is full, and the edit stays (stored, shown)', async () => {
    const tab = await openTab(fullDisk(fresh()));
    await tab.edit('kept edit');
    await vi.waitFor(() => expect(tab.session.getState().notice?.key).toBe('persistence.versionFull'));
    expect(tab.document.getState().diagram.title).toBe('kept edit');
    expect(tab.session.getState().persistence).toBe('saved-in-browser');
    expect((await tab.storage.read())?.diagram.title).toBe('kept edit');
  });

  it('says nothing of versions while the diagram itself cannot be stored (that is what the person is told)', async () => {
    const tab = await openTab(fullDisk(fresh()));
    (tab.storage as ReturnType<typeof memoryStorage>).failWith = new DOMException('blocked', 'SecurityError');
    await tab.edit('not stored');
    expect(tab.session.getState().notice?.key).toBe('persistence.unavailable');
    await tab.persistence.keepVersion('open');
    expect(tab.session.getState().notice?.key).toBe('persistence.unavailable');
  });

  it('two tabs restoring different versions at once lose nothing: each restore is an edit of its own tab', async () => {
    const dbName = `polku-two-restore-${++count}`;
    const versionsDb = `polku-versions-two-${count}`;
    const channelName = `polku-versions-channel-${count}`;
    const a = await openTab(versionsDb, dbName, 'A', new BroadcastChannel(channelName));
    await a.edit('one');
    await a.edit('two', 11);
    await a.edit('three', 11);
    const b = await openTab(versionsDb, dbName, 'B', new BroadcastChannel(channelName));
    const versions = createVersionStorage(versionsDb);
    await vi.waitFor(async () => expect((await versions.list()).length).toBe(3));
    const [newer, , oldest] = await versions.list();
    const restore = async (tab: typeof a, key: VersionKey) => {
      const version = await versions.read(key);
      await restoreVersion(tab.document, version!.diagram, tab.persistence.keepVersion);
      await tab.persistence.flush();
    };
    await Promise.all([restore(a, oldest!.key), restore(b, newer!.key)]);
    // each tab shows what it restored, and Undo brings back what it showed before
    const titles = [a.document.getState().diagram.title, b.document.getState().diagram.title];
    expect(titles).toEqual([(await versions.read(oldest!.key))!.diagram.title, (await versions.read(newer!.key))!.diagram.title]);
    a.document.getState().undo();
    expect(a.document.getState().diagram.title).toBe('three');
    // what each tab showed before its restore is a version too, and storage holds one of the two restores
    const kept = await Promise.all((await versions.list()).map(async (v) => (await versions.read(v.key))!.diagram.title));
    expect(kept).toContain('three');
    expect(titles).toContain((await a.storage.read())?.diagram.title);
  });
});
