/**
 * Issue 13, "no silent loss": a stored record this build cannot read (a newer format, a damaged one, a
 * failed migration) is never dropped nor written over. It is kept aside exactly as it was, reported (the
 * session's `kept`, told in fi/sv/en), and stays until the person deletes it.
 */
import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { keptMessages } from '../../../src/i18n/kept.ts';
import { addMessages } from '../../../src/i18n/setup.ts';
import { UI_LANGUAGES } from '../../../src/i18n/ui.ts';
import { createIdbAutosaveStorage, readStoredValue } from '../../../src/io/autosaveStorage.ts';
import { keptFileName, keptFileText } from '../../../src/io/keptFile.ts';
import { loadAutosave, startPersistence } from '../../../src/io/persistence.ts';
import { readDiagramText, readDiagramValue } from '../../../src/io/readDiagram.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { createTestI18n } from '../../helpers/i18n.ts';
import { defaultDiagram, retitled } from '../store/diagrams.ts';

let dbCount = 0;
const newDbName = () => `polku-kept-${++dbCount}`;
const rawStore = (dbName: string) => createStore(dbName, 'autosave');

/** A record as a later Polku (format 3) might store it: something this build has never seen. */
function futureRecord() {
  return {
    diagram: { ...defaultDiagram(), version: 3, swimlanes: [{ id: 'x', title: 'Uusi käsite' }] },
    fileName: 'tuleva.json',
    savedToFile: false,
    savedAt: 1_900_000_000_000,
    tabId: 'a-newer-polku',
  };
}

/** What main.tsx does: the record read (or the default diagram), then persistence. */
async function startApp(dbName: string) {
  const storage = createIdbAutosaveStorage(dbName);
  const loaded = await loadAutosave(storage);
  const record = 'record' in loaded ? loaded.record : undefined;
  const document = createDocumentStore(record?.diagram ?? defaultDiagram());
  const session = createSessionStore();
  const persistence = startPersistence({ document, session: session.getState(), storage, loaded, tabId: 'this', channel: null, delayMs: 10 });
  const edit = async (title: string) => {
    document.getState().apply(retitled(document.getState().diagram, title));
    await persistence.flush();
  };
  return { storage, loaded, document, session, persistence, edit };
}

describe('a stored record of an unknown future format version', () => {
  it('is kept as it was and reported, not overwritten by the next autosave', async () => {
    const dbName = newDbName();
    const stored = futureRecord();
    await set('document', stored, rawStore(dbName));

    const app = await startApp(dbName);
    expect(app.loaded).toEqual({ record: undefined });
    expect(app.document.getState().diagram).toEqual(defaultDiagram()); // starts fresh
    await expect.poll(() => app.session.getState().kept.length).toBe(1);
    expect(app.session.getState().kept[0]).toMatchObject({ value: stored, reason: { kind: 'newer', version: 3 } });

    await app.edit('Uusi työ tämän päälle');
    await app.edit('Ja toinen muutos');
    app.persistence.stop();

    const kept = await app.storage.kept();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.value).toEqual(stored); // exactly as it was, after two autosaves
    expect((await get<{ diagram: { title: string } }>('document', rawStore(dbName)))?.diagram.title).toBe('Ja toinen muutos');

    // and at the next start it is still told about
    const again = await startApp(dbName);
    await expect.poll(() => again.session.getState().kept.map((k) => k.value)).toEqual([stored]);
    again.persistence.stop();
  });

  it('is not written over when it arrives after start-up (a newer Polku in another tab)', async () => {
    const dbName = newDbName();
    const app = await startApp(dbName);
    await app.edit('Tämän välilehden työ');
    const stored = futureRecord();
    await set('document', stored, rawStore(dbName));

    await app.edit('Muokattu vanhemmassa välilehdessä');
    await expect.poll(() => app.session.getState().kept.length).toBe(1);
    expect(app.session.getState().kept[0]).toMatchObject({ value: stored, reason: { kind: 'newer', version: 3 } });
    expect((await app.storage.read())?.diagram.title).toBe('Muokattu vanhemmassa välilehdessä');
    app.persistence.stop();
  });

  it('stays until the person deletes it', async () => {
    const dbName = newDbName();
    await set('document', futureRecord(), rawStore(dbName));
    const app = await startApp(dbName);
    await expect.poll(() => app.session.getState().kept.length).toBe(1);
    await app.session.getState().discardKept(app.session.getState().kept[0]!.id);
    expect(app.session.getState().kept).toEqual([]);
    expect(await app.storage.kept()).toEqual([]);
    app.persistence.stop();
  });
});

describe('a damaged stored record', () => {
  it('is kept and reported as damaged; the next start has it too', async () => {
    const dbName = newDbName();
    const { lanes: _gone, ...withoutLanes } = defaultDiagram();
    const stored = { diagram: withoutLanes, fileName: null, savedToFile: false, savedAt: 5, tabId: 'old' };
    await set('document', stored, rawStore(dbName));
    const app = await startApp(dbName);
    await expect.poll(() => app.session.getState().kept).toEqual([expect.objectContaining({ value: stored, reason: { kind: 'damaged' } })]);
    await app.edit('Uusi');
    expect((await app.storage.kept()).map((k) => k.value)).toEqual([stored]);
    app.persistence.stop();
  });

  it('text that is not a record at all is kept as that text', async () => {
    const dbName = newDbName();
    await set('document', '{"diagram": {"format": "participation-path", "vers', rawStore(dbName));
    const storage = createIdbAutosaveStorage(dbName);
    expect(await storage.read()).toBeUndefined();
    const [kept] = await storage.kept();
    expect(kept).toMatchObject({ reason: { kind: 'damaged' } });
    expect(keptFileText(kept!.value)).toBe('{"diagram": {"format": "participation-path", "vers');
  });
});

describe('a record start-up could not read in time', () => {
  it('is kept aside by the first write, not written over, and reported', async () => {
    const dbName = newDbName();
    const storage = createIdbAutosaveStorage(dbName);
    const earlier = { diagram: retitled(defaultDiagram(), 'Edellisen kerran työ'), fileName: 'työ.json', savedToFile: false, savedAt: 10, tabId: 'earlier' };
    await storage.write(earlier);
    // the storage did not answer in time at start-up: the page began with the default diagram
    const loaded = { error: new Error('no answer from IndexedDB in 4000 ms') };
    const document = createDocumentStore(defaultDiagram());
    const session = createSessionStore();
    const persistence = startPersistence({ document, session: session.getState(), storage, loaded, tabId: 'this', channel: null, delayMs: 10 });
    document.getState().apply(retitled(document.getState().diagram, 'Uusi'));
    await persistence.flush();
    document.getState().apply(retitled(document.getState().diagram, 'Uusi 2'));
    await persistence.flush();
    persistence.stop();

    expect((await storage.read())?.diagram.title).toBe('Uusi 2');
    const kept = await storage.kept();
    expect(kept).toHaveLength(1); // only the first write keeps what was there
    expect(kept[0]).toMatchObject({ reason: { kind: 'unread' } });
    expect(kept[0]!.value).toEqual(JSON.parse(JSON.stringify(earlier)));
    await expect.poll(() => session.getState().kept.length).toBe(1);
  });
});

describe('a record whose migration fails', () => {
  it("is read as one to keep, with the migration's words", () => {
    const stored = { diagram: { format: 'participation-path', version: 0 }, fileName: null, savedToFile: true, savedAt: 1, tabId: 't' };
    const failing = () => {
      throw new Error('No migration from version 0 to 1');
    };
    expect(readStoredValue(stored, failing)).toEqual({ reason: { kind: 'migration', detail: 'No migration from version 0 to 1' } });
    expect(readStoredValue(stored, readDiagramValue)).toEqual({ reason: { kind: 'damaged' } });
  });
});

describe('the kept record, told and downloaded', () => {
  it('is told in words in fi, sv and en', () => {
    for (const lng of UI_LANGUAGES) {
      const i18n = createTestI18n(lng);
      addMessages(i18n, 'kept', keptMessages);
      const newer = i18n.t('kept.newer', { version: 3 });
      expect(newer).toContain('3');
      expect(newer).not.toContain('kept.');
      expect(i18n.t('kept.download')).toBe(keptMessages[lng].download);
    }
  });

  it('downloads as exactly what was stored', () => {
    const stored = futureRecord();
    expect(JSON.parse(keptFileText(stored))).toEqual(stored);
    expect(keptFileText(stored)).toBe(JSON.stringify(stored, null, 2));
    expect(keptFileName(stored, 'tallessa')).toBe(`${defaultDiagram().title} (tallessa).json`);
    expect(keptFileName(42, 'kept')).toBe('polku (kept).json');
  });

  it('a downloaded record opens with Open as its diagram (a newer Polku opens what this one kept aside)', () => {
    // a record this Polku reads: the file opens as its diagram
    const readable = { ...futureRecord(), diagram: retitled(defaultDiagram(), 'Kevään työpaja') };
    const opened = readDiagramText(keptFileText(readable));
    expect(opened.ok && opened.diagram.title).toBe('Kevään työpaja');
    // a newer one: refused by this Polku for its version, located inside the record
    const newer = readDiagramText(keptFileText(futureRecord()));
    expect(newer.ok ? [] : newer.problems.map((p) => [p.code, p.path.join('.')])).toEqual([['version', 'diagram.version']]);
    // anything else is not taken for a record: without savedAt and tabId it is a document without a format
    const plain = readDiagramText(JSON.stringify({ diagram: defaultDiagram() }));
    expect(plain.ok ? [] : plain.problems.map((p) => p.code)).toEqual(['format']);
  });
});
