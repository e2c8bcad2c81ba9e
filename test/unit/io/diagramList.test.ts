/**
 * Issue 13, Deliver 2, "Omat kaaviot": several diagrams in one browser (fake-indexeddb). The old single
 * autosave record becomes the first entry untouched; rename, duplicate, delete to the bin and restore;
 * the bin empties itself after 30 days (the clock is injected); opening another diagram never writes
 * over the one shown; the tabs' messages name the diagram and only its tabs react.
 */
import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbAutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import { addDiagram, binDiagram, duplicateDiagram, listDiagrams, purgeExpired, renameDiagram, restoreDiagram } from '../../../src/io/diagramList.ts';
import { loadAutosave, startPersistence } from '../../../src/io/persistence.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { defaultDiagram, retitled } from '../store/diagrams.ts';

let count = 0;
const newDbName = () => `polku-list-${++count}`;
const raw = (dbName: string) => createStore(dbName, 'autosave');
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 1, 9);

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
});

/** What main.tsx does: the diagram chosen and read (or the default one), then persistence. */
async function openTab(dbName: string, tabId: string, channel: string | null = null, preferred: string | null = null) {
  const storage = createIdbAutosaveStorage(dbName);
  const loaded = await loadAutosave(storage, undefined, preferred);
  const record = 'record' in loaded ? loaded.record : undefined;
  const document = record
    ? createDocumentStore(record.diagram, { fileName: record.fileName, savedToFile: record.savedToFile })
    : createDocumentStore(defaultDiagram());
  const session = createSessionStore();
  const persistence = startPersistence({
    document,
    session: session.getState(),
    storage,
    loaded,
    tabId,
    channel: channel === null ? null : new BroadcastChannel(channel),
    delayMs: 10,
  });
  cleanups.push(() => persistence.stop());
  const edit = async (title: string) => {
    document.getState().apply(retitled(document.getState().diagram, title));
    await persistence.flush();
  };
  const openNew = (title: string, fileName: string | null = null) =>
    persistence.openNew(() => document.getState().openDiagram(retitled(defaultDiagram(), title), fileName));
  return { storage, document, session, persistence, edit, openNew, title: () => document.getState().diagram.title };
}

/** The single record an earlier build kept. */
function oldRecord() {
  return { diagram: retitled(defaultDiagram(), 'Vanha autosave'), fileName: 'vanha.json', savedToFile: false, savedAt: T0, tabId: 'old-build' };
}

describe('the first start after the upgrade', () => {
  it('shows the old single autosave as the first entry, opens it, and changes nothing in it', async () => {
    const dbName = newDbName();
    const old = oldRecord();
    await set('document', old, raw(dbName));

    const tab = await openTab(dbName, 'new-build');
    expect(tab.title()).toBe('Vanha autosave');
    expect(tab.document.getState().fileName).toBe('vanha.json');
    const { diagrams, bin } = await listDiagrams(tab.storage, T0 + DAY);
    expect(diagrams.map((d) => [d.id, d.title, d.updatedAt])).toEqual([['document', 'Vanha autosave', T0]]);
    expect(bin).toEqual([]);
    expect(await get('document', raw(dbName))).toEqual(old); // read, not rewritten: nothing lost

    // a second diagram is a new entry; the old record is still exactly as it was
    expect(await tab.openNew('Toinen')).toEqual(expect.any(String));
    expect(await get('document', raw(dbName))).toEqual(old);
    const after = await listDiagrams(tab.storage, Date.now());
    expect(after.diagrams.map((d) => d.title).sort()).toEqual(['Toinen', 'Vanha autosave']);
  });

  it('keeps an unreadable old record aside (told), as before, and starts on the first entry', async () => {
    const dbName = newDbName();
    const damaged = { diagram: { format: 'polku', version: 99 }, fileName: null, savedToFile: false, savedAt: T0, tabId: 'x' };
    await set('document', damaged, raw(dbName));
    const tab = await openTab(dbName, 'new-build');
    await expect.poll(() => tab.session.getState().kept.map((k) => k.value)).toEqual([damaged]);
    expect(tab.storage.currentId()).toBe('document');
  });
});

describe('no silent loss, for every diagram', () => {
  it('keeps aside and tells a record of another diagram this build cannot read, when it is opened', async () => {
    const dbName = newDbName();
    const future = { diagram: { format: 'polku', version: 99, title: 'Tuleva' }, fileName: null, savedToFile: false, savedAt: T0, tabId: 'x' };
    await set('diagram:future', future, raw(dbName));
    await set('current', 'future', raw(dbName));
    const tab = await openTab(dbName, 'A');
    await expect.poll(() => tab.session.getState().kept.map((k) => k.value)).toEqual([future]);
    expect(tab.title()).toBe(defaultDiagram().title); // started fresh, on that diagram's key
    await tab.edit('Uusi työ');
    expect((await tab.storage.kept()).map((k) => k.value)).toEqual([future]); // still kept, exactly
    expect(((await get('diagram:future', raw(dbName))) as { diagram: { title: string } }).diagram.title).toBe('Uusi työ');

    // and through the list: switching to an unreadable one keeps it aside, tells it, and stays
    await set('diagram:other', { ...future, tabId: 'y' }, raw(dbName));
    expect(await tab.persistence.switchTo('other')).toBe(false);
    expect(tab.title()).toBe('Uusi työ');
    await expect.poll(async () => (await tab.storage.kept()).length).toBe(2);
    expect(await get('diagram:other', raw(dbName))).toBeUndefined();
  });
});

describe('the list', () => {
  it('renames, duplicates, deletes to the bin and restores', async () => {
    const dbName = newDbName();
    const tab = await openTab(dbName, 'A');
    await tab.edit('Ensimmäinen');
    const second = await addDiagram(tab.storage, retitled(defaultDiagram(), 'Toinen'), { fileName: 'toinen.json', now: T0 });
    const titles = async () => (await listDiagrams(tab.storage, T0)).diagrams.map((d) => d.title).sort();
    expect(await titles()).toEqual(['Ensimmäinen', 'Toinen']);

    await renameDiagram(tab.storage, second, 'Toinen, uusi nimi', T0 + 1, 'A');
    expect(await titles()).toEqual(['Ensimmäinen', 'Toinen, uusi nimi']);

    const copy = await duplicateDiagram(tab.storage, second, 'Toinen (kopio)', T0 + 2);
    expect(copy).not.toBe(second);
    expect(await titles()).toEqual(['Ensimmäinen', 'Toinen (kopio)', 'Toinen, uusi nimi']);
    const list = await listDiagrams(tab.storage, T0 + 2);
    const copied = list.diagrams.find((d) => d.id === copy)!;
    const original = list.diagrams.find((d) => d.id === second)!;
    expect({ ...(copied.diagram as object), title: '' }).toEqual({ ...(original.diagram as object), title: '' });

    await binDiagram(tab.storage, second, T0 + 3);
    const binned = await listDiagrams(tab.storage, T0 + 3);
    expect(binned.diagrams.map((d) => d.id)).not.toContain(second);
    expect(binned.bin).toMatchObject([{ id: second, title: 'Toinen, uusi nimi', deletedAt: T0 + 3, daysLeft: 30 }]);

    await restoreDiagram(tab.storage, second);
    const restored = await listDiagrams(tab.storage, T0 + 4);
    expect(restored.bin).toEqual([]);
    expect(restored.diagrams.find((d) => d.id === second)).toMatchObject({ title: 'Toinen, uusi nimi' });
    expect(restored.diagrams.find((d) => d.id === second)).not.toHaveProperty('deletedAt');
  });

  it('empties the bin of what was deleted 30 days ago, and nothing else', async () => {
    const dbName = newDbName();
    const storage = createIdbAutosaveStorage(dbName);
    const old = await addDiagram(storage, retitled(defaultDiagram(), 'Vanha'), { now: T0 });
    const recent = await addDiagram(storage, retitled(defaultDiagram(), 'Tuore'), { now: T0 });
    const kept = await addDiagram(storage, retitled(defaultDiagram(), 'Pidetty'), { now: T0 });
    await binDiagram(storage, old, T0);
    await binDiagram(storage, recent, T0 + 10 * DAY);

    expect(await purgeExpired(storage, T0 + 30 * DAY - 1)).toEqual([]);
    expect((await listDiagrams(storage, T0 + 30 * DAY - 1)).bin.find((e) => e.id === old)?.daysLeft).toBe(1);

    expect(await purgeExpired(storage, T0 + 30 * DAY)).toEqual([old]);
    const { diagrams, bin } = await listDiagrams(storage, T0 + 30 * DAY);
    expect(bin.map((e) => [e.id, e.daysLeft])).toEqual([[recent, 10]]);
    expect(diagrams.map((e) => e.id)).toEqual([kept]);
    expect(await get(`diagram:${old}`, raw(dbName))).toBeUndefined();
  });

  it('leaves a record this build cannot read exactly as it was', async () => {
    const dbName = newDbName();
    const future = { diagram: { format: 'polku', version: 99, title: 'Tuleva' }, fileName: null, savedToFile: false, savedAt: T0, tabId: 'x' };
    await set('diagram:future', future, raw(dbName));
    const storage = createIdbAutosaveStorage(dbName);
    await expect(renameDiagram(storage, 'future', 'Uusi', T0, 'A')).rejects.toThrow();
    await expect(binDiagram(storage, 'future', T0)).rejects.toThrow();
    expect(await get('diagram:future', raw(dbName))).toEqual(future);
    expect((await listDiagrams(storage, T0)).diagrams).toMatchObject([{ id: 'future', title: null }]);
  });
});

describe('switching between diagrams', () => {
  it('opens a new diagram as a new entry, never over the one shown, and switches back without loss', async () => {
    const dbName = newDbName();
    const tab = await openTab(dbName, 'A');
    await tab.edit('Ensimmäinen');
    const first = tab.storage.currentId();
    tab.document.getState().apply(retitled(tab.document.getState().diagram, 'Ensimmäinen, viimeinen muutos')); // not flushed yet
    const second = await tab.openNew('Avattu tiedosto', 'avattu.json');
    expect(second).not.toBeNull();
    expect(tab.storage.currentId()).toBe(second);
    await tab.edit('Avattu ja muokattu');

    const { diagrams } = await listDiagrams(tab.storage, Date.now());
    expect(diagrams.find((d) => d.id === first)?.title).toBe('Ensimmäinen, viimeinen muutos');
    expect(diagrams.find((d) => d.id === second)?.title).toBe('Avattu ja muokattu');

    expect(await tab.persistence.switchTo(first)).toBe(true);
    expect(tab.title()).toBe('Ensimmäinen, viimeinen muutos');
    await tab.edit('Ensimmäinen taas');
    expect(((await get(`diagram:${second!}`, raw(dbName))) as { diagram: { title: string } }).diagram.title).toBe('Avattu ja muokattu');

    // the next start (in a new tab) opens the one this browser showed last
    const next = await openTab(dbName, 'B');
    expect(next.title()).toBe('Ensimmäinen taas');
    // and a reloaded tab its own
    expect((await openTab(dbName, 'C', null, second)).title()).toBe('Avattu ja muokattu');
  });

  it('does not switch when the diagram shown cannot be stored (full disk): it is told and stays', async () => {
    const tab = await openTab(newDbName(), 'A');
    await tab.edit('Tallessa');
    const other = await tab.openNew('Toinen');
    await tab.persistence.switchTo('document');
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      tab.document.getState().apply(retitled(tab.document.getState().diagram, 'Muokkaus täydellä levyllä'));
      expect(await tab.persistence.switchTo(other!)).toBe(false);
      expect(tab.title()).toBe('Muokkaus täydellä levyllä');
      expect(tab.storage.currentId()).toBe('document');
      expect(tab.session.getState().notice).toMatchObject({ kind: 'error', key: 'diagramList.notStored' });
    } finally {
      full.mockRestore();
    }
  });

  it('tells a full disk when a newly opened diagram cannot be stored, and keeps it open', async () => {
    const dbName = newDbName();
    const tab = await openTab(dbName, 'A');
    await tab.edit('Tallessa');
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await tab.openNew('Avattu täydelle levylle');
      expect(tab.title()).toBe('Avattu täydelle levylle');
      expect(tab.session.getState().persistence).toBe('failed');
      expect(tab.session.getState().notice).toMatchObject({ kind: 'error', key: 'persistence.full' });
    } finally {
      full.mockRestore();
    }
    // the one shown before is as it was stored
    expect(((await get('document', raw(dbName))) as { diagram: { title: string } }).diagram.title).toBe('Tallessa');
    await tab.edit('Levy vapautui');
    expect((await listDiagrams(tab.storage, Date.now())).diagrams.map((d) => d.title).sort()).toEqual(['Levy vapautui', 'Tallessa']);
  });

  it('tells the next start to skip a diagram in the bin', async () => {
    const dbName = newDbName();
    const tab = await openTab(dbName, 'A');
    await tab.edit('Ensimmäinen');
    const second = await tab.openNew('Toinen');
    await binDiagram(tab.storage, second!, Date.now());
    expect((await openTab(dbName, 'B')).title()).toBe('Ensimmäinen');
  });
});

describe('tabs showing different diagrams', () => {
  it('name the diagram in their messages, and only the tabs showing it react', async () => {
    const dbName = newDbName();
    const channel = `polku-list-channel-${count}`;
    const a = await openTab(dbName, 'A', channel);
    await a.edit('Yhteinen');
    const b = await openTab(dbName, 'B', channel);
    const c = await openTab(dbName, 'C', channel);
    const other = await c.openNew('Vain C:ssä');
    expect(c.storage.currentId()).toBe(other);

    const heard: unknown[] = [];
    const listener = new BroadcastChannel(channel);
    listener.onmessage = (e) => heard.push(e.data);
    cleanups.push(() => listener.close());

    await c.edit('C muokkaa omaansa');
    await vi.waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ type: 'saved', id: other, tabId: 'C' })));
    await new Promise((r) => setTimeout(r, 50));
    expect(a.session.getState().otherTab).toBeNull(); // A and B show another diagram
    expect(b.session.getState().otherTab).toBeNull();

    await a.edit('A muokkaa yhteistä');
    await vi.waitFor(() => expect(heard).toContainEqual(expect.objectContaining({ type: 'saved', id: 'document', tabId: 'A' })));
    await vi.waitFor(() => expect(b.session.getState().otherTab).not.toBeNull()); // B shows it
    await new Promise((r) => setTimeout(r, 50));
    expect(c.session.getState().otherTab).toBeNull(); // C does not
  });
});

describe('its words', () => {
  it('are there in fi, sv and en, with the days left in the bin counted', async () => {
    const { diagramsMessages } = await import('../../../src/i18n/diagrams.ts');
    const { addMessages } = await import('../../../src/i18n/setup.ts');
    const { UI_LANGUAGES } = await import('../../../src/i18n/ui.ts');
    const { createTestI18n } = await import('../../helpers/i18n.ts');
    for (const lng of UI_LANGUAGES) {
      expect(Object.keys(diagramsMessages[lng]).sort()).toEqual(Object.keys(diagramsMessages.fi).sort());
      const i18n = createTestI18n(lng);
      addMessages(i18n, 'diagramList', diagramsMessages);
      for (const count of [1, 12]) {
        const left = i18n.t('diagramList.daysLeft', { count });
        expect(left).toContain(String(count));
        expect(left).not.toContain('diagramList.');
      }
      expect(i18n.t('diagrams.button')).not.toContain('diagrams.');
    }
  });
});
