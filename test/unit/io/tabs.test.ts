/**
 * Two tabs over one IndexedDB (fake-indexeddb) and a shared BroadcastChannel
 * (Node's own): neither overwrites the other silently, and what storage holds
 * in the end is what the person last chose.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbAutosaveStorage, type AutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import { loadAutosave, startPersistence, type Loaded } from '../../../src/io/persistence.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { defaultDiagram, retitled } from '../store/diagrams.ts';
import { fakePage } from './memoryStorage.ts';

let count = 0;
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
});

type Tab = Awaited<ReturnType<typeof openTab>>;

async function openTab(dbName: string, channelName: string, tabId: string, loadedOverride?: Loaded, delayMs = 20) {
  const storage = createIdbAutosaveStorage(dbName);
  const loaded = loadedOverride ?? (await loadAutosave(storage));
  const kept = 'record' in loaded ? loaded.record : undefined;
  const document = kept
    ? createDocumentStore(kept.diagram, { fileName: kept.fileName, savedToFile: kept.savedToFile })
    : createDocumentStore(defaultDiagram());
  const session = createSessionStore();
  const page = fakePage();
  const persistence = startPersistence({
    document,
    session: session.getState(),
    storage,
    loaded,
    tabId,
    channel: new BroadcastChannel(channelName),
    page,
    delayMs,
  });
  cleanups.push(() => persistence.stop());
  const edit = async (title: string) => {
    document.getState().apply(retitled(document.getState().diagram, title));
    await persistence.flush();
  };
  return { tabId, storage, document, session, page, persistence, edit, title: () => document.getState().diagram.title };
}

async function twoTabs() {
  const dbName = `polku-tabs-${++count}`;
  const channel = `polku-test-${count}`;
  const a = await openTab(dbName, channel, 'A');
  const b = await openTab(dbName, channel, 'B');
  return { a, b, dbName, channel };
}

const stored = async (tab: Tab) => (await tab.storage.read())?.diagram.title;
const told = (tab: Tab) => vi.waitFor(() => expect(tab.session.getState().otherTab).not.toBeNull());

describe('two tabs', () => {
  it('tells the other tab, which keeps its own diagram and does not write it over the newer one', async () => {
    const { a, b } = await twoTabs();
    const before = b.title();
    await a.edit('A1');
    await told(b);
    const record = await a.storage.read();
    expect(b.session.getState().otherTab).toEqual({ at: record!.savedAt });
    expect(a.session.getState().otherTab).toBeNull();
    expect(b.title()).toBe(before);

    b.page.hide();
    b.page.leave();
    await b.persistence.flush();
    expect(await stored(b)).toBe('A1');
    expect((await b.storage.read())?.tabId).toBe('A');
  });

  it('loads the other tab\'s diagram on request, as a fresh history, and stays quiet after it', async () => {
    const { a, b } = await twoTabs();
    await a.edit('A1');
    await told(b);
    await b.session.getState().reloadFromStorage();
    expect(b.title()).toBe('A1');
    expect(b.session.getState().otherTab).toBeNull();
    expect(b.document.temporal.getState().pastStates).toHaveLength(0);
    b.page.hide();
    await b.persistence.flush();
    expect((await b.storage.read())?.tabId).toBe('A'); // loading is not an edit: nothing written back

    await b.edit('B after loading');
    await told(a);
    expect(await stored(a)).toBe('B after loading');
  });

  it('lets an edit made after being told win, and tells the first tab in turn: storage holds the last choice', async () => {
    const { a, b } = await twoTabs();
    await a.edit('A1');
    await told(b);

    await b.edit('B1');
    expect(b.session.getState().otherTab).toBeNull();
    expect(await stored(b)).toBe('B1');
    await told(a);

    a.page.hide();
    await a.persistence.flush();
    expect(await stored(a)).toBe('B1'); // A was told and did not edit: it does not write

    await a.edit('A2');
    expect(a.session.getState().otherTab).toBeNull();
    await told(b);
    expect(await stored(a)).toBe('A2');
    expect(b.title()).toBe('B1');
  });

  it('is told of a write that came between its start-up read and its channel opening', async () => {
    const dbName = `polku-tabs-${++count}`;
    const channel = `polku-test-${count}`;
    const storage: AutosaveStorage = createIdbAutosaveStorage(dbName);
    const early = await loadAutosave(storage); // nothing there yet
    const a = await openTab(dbName, `${channel}-elsewhere`, 'A'); // not on B's channel: only the read can tell
    await a.edit('A meanwhile');
    const b = await openTab(dbName, channel, 'B', early);
    await told(b);
    expect(b.title()).toBe(defaultDiagram().title);
  });

  it('drops its own older change still waiting to be written when told of a newer one', async () => {
    const dbName = `polku-tabs-${++count}`;
    const channel = `polku-test-${count}`;
    const a = await openTab(dbName, channel, 'A');
    const b = await openTab(dbName, channel, 'B', undefined, 1000);
    b.document.getState().apply(retitled(b.document.getState().diagram, 'B0, before A1')); // waits up to 1 s
    await a.edit('A1');
    await told(b);
    b.page.hide();
    await b.persistence.flush();
    await new Promise((r) => setTimeout(r, 1100));
    expect(await stored(a)).toBe('A1');
    expect(b.title()).toBe('B0, before A1'); // still there, in memory, until the person chooses
    expect(b.session.getState().persistence).not.toBe('saving');
  });

  it('ignores news older than its own last write, and messages that are not its own kind', async () => {
    const { a, b, channel } = await twoTabs();
    await b.edit('B1');
    await told(a);
    const raw = new BroadcastChannel(channel);
    cleanups.push(() => raw.close());
    raw.postMessage({ type: 'saved', tabId: 'ghost', savedAt: 1 });
    raw.postMessage({ type: 'something', tabId: 'ghost', savedAt: Date.now() + 60_000 });
    raw.postMessage('hello');
    await new Promise((r) => setTimeout(r, 50));
    expect(b.session.getState().otherTab).toBeNull();
    raw.postMessage({ type: 'saved', tabId: 'ghost', savedAt: Date.now() + 60_000 });
    await told(b);
  });
});
