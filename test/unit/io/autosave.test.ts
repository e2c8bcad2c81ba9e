/** Autosave: within a second of a change, at once when the page is hidden, and loud when storage fails. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPersistence, type Persistence } from '../../../src/io/persistence.ts';
import { createDocumentStore, type DocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { defaultDiagram, retitled } from '../store/diagrams.ts';
import { fakePage, memoryStorage, type MemoryStorage } from './memoryStorage.ts';

let running: Persistence[] = [];
afterEach(() => {
  running.forEach((p) => p.stop());
  running = [];
  vi.useRealTimers();
});

function setUp(storage: MemoryStorage = memoryStorage(), loaded: { record: undefined } | { error: unknown } = { record: undefined }) {
  const document: DocumentStore = createDocumentStore(defaultDiagram());
  const session = createSessionStore();
  const page = fakePage();
  const persistence = startPersistence({
    document,
    session: session.getState(),
    storage,
    loaded,
    tabId: 'tab-1',
    channel: null,
    page,
    leaveTarget: page.window,
  });
  running.push(persistence);
  const edit = (title: string) => document.getState().apply(retitled(document.getState().diagram, title));
  return { document, session, storage, page, persistence, edit };
}

describe('autosave to the browser', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('stores a change within a second, with its file name, saved state, time and tab', async () => {
    const { document, session, storage, edit } = setUp();
    document.getState().markSaved('polku.json');
    await vi.advanceTimersByTimeAsync(1000);
    storage.writes.length = 0;

    edit('changed');
    expect(session.getState().persistence).toBe('saving');
    expect(storage.writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.writes).toHaveLength(1);
    expect(storage.record).toEqual({
      diagram: document.getState().diagram,
      fileName: 'polku.json',
      savedToFile: false,
      savedAt: Date.now() - 1000 + 500,
      tabId: 'tab-1',
    });
    expect(session.getState().persistence).toBe('saved-in-browser');
  });

  it('stores a burst of changes once, the last one', async () => {
    const { storage, edit } = setUp();
    for (let i = 0; i < 10; i++) edit(`edit ${i}`);
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.writes).toHaveLength(1);
    expect(storage.record?.diagram.title).toBe('edit 9');
  });

  it('stores at once when the page is hidden, and when it is left', async () => {
    const { storage, page, edit } = setUp();
    edit('before hiding');
    page.hide();
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.writes.map((r) => r.diagram.title)).toEqual(['before hiding']);

    page.show();
    edit('before leaving');
    page.leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.writes.map((r) => r.diagram.title)).toEqual(['before hiding', 'before leaving']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(storage.writes).toHaveLength(2); // the pending timer did not write it again
  });

  it('writes nothing when nothing changed', async () => {
    const { storage, page } = setUp();
    page.hide();
    await vi.advanceTimersByTimeAsync(2000);
    expect(storage.writes).toHaveLength(0);
  });

  it('says at once that storage is full, keeps the diagram, and retries with the next change', async () => {
    const { document, session, storage, edit } = setUp();
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    edit('too much');
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.getState().persistence).toBe('failed');
    expect(session.getState().notice).toMatchObject({ kind: 'error', key: 'persistence.full' });
    expect(document.getState().diagram.title).toBe('too much');

    session.getState().notify(null);
    edit('still too much');
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.write).toHaveBeenCalledTimes(2);
    expect(session.getState().persistence).toBe('failed');
    expect(session.getState().notice).toBeNull(); // said once, not at every retry

    storage.failWith = null;
    edit('room again');
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.record?.diagram.title).toBe('room again');
    expect(session.getState().persistence).toBe('saved-in-browser');
  });

  it('says what went wrong when a write fails otherwise', async () => {
    const { session, storage, edit } = setUp();
    storage.failWith = new DOMException('disk on fire', 'UnknownError');
    edit('x');
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.getState().notice).toMatchObject({ kind: 'error', key: 'persistence.failed', params: { reason: 'disk on fire' } });
  });

  it('says at once that there is no storage when it could not be opened at start-up, and still tries later', async () => {
    const storage = memoryStorage();
    const { session, edit } = setUp(storage, { error: new DOMException('A mutation operation was attempted', 'InvalidStateError') });
    expect(session.getState().persistence).toBe('failed');
    expect(session.getState().notice).toMatchObject({ kind: 'error', key: 'persistence.unavailable' });
    edit('works after all');
    await vi.advanceTimersByTimeAsync(1000);
    expect(storage.record?.diagram.title).toBe('works after all');
    expect(session.getState().persistence).toBe('saved-in-browser');
  });

  it('mirrors savedToFile into the session', () => {
    const { document, session, edit } = setUp();
    expect(session.getState().savedToFile).toBe(true);
    edit('x');
    expect(session.getState().savedToFile).toBe(false);
    document.getState().markSaved('x.json');
    expect(session.getState().savedToFile).toBe(true);
  });
});

describe('leaving the page', () => {
  it('asks only while the diagram is not saved to a file', () => {
    const { document, page, edit } = setUp();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      page.window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    edit('unsaved');
    expect(leave()).toBe(true);
    document.getState().markSaved('saved.json');
    expect(leave()).toBe(false);
    edit('unsaved again');
    expect(leave()).toBe(true);
    document.getState().undo();
    expect(leave()).toBe(false);
  });
});
