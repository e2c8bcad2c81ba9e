/** Whether the open diagram is saved to a file: true after open and save, false after an edit. */
import { describe, expect, it } from 'vitest';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { defaultDiagram, retitled } from './diagrams.ts';

describe('savedToFile', () => {
  it('is true for an untouched diagram, false after an edit, and true again after a save', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    expect(store.getState().savedToFile).toBe(true);
    store.getState().apply(retitled(a, 'B'));
    expect(store.getState().savedToFile).toBe(false);
    store.getState().markSaved('b.json');
    expect(store.getState()).toMatchObject({ savedToFile: true, fileName: 'b.json' });
  });

  it('counts undo back to the saved diagram, or redo forward to it, as saved', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().openDiagram(a, 'a.json');
    store.getState().apply(retitled(a, 'B'));
    store.getState().undo();
    expect(store.getState().savedToFile).toBe(true);
    store.getState().redo();
    expect(store.getState().savedToFile).toBe(false);
    store.getState().markSaved('b.json');
    store.getState().undo();
    expect(store.getState().savedToFile).toBe(false);
    store.getState().redo();
    expect(store.getState().savedToFile).toBe(true);
  });

  it('marks as saved the diagram that was written, not an edit made while saving', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    const written = retitled(a, 'written');
    store.getState().apply(written);
    store.getState().apply(retitled(a, 'edited during the save'));
    store.getState().markSaved('w.json', written);
    expect(store.getState().savedToFile).toBe(false);
    store.getState().undo();
    expect(store.getState().savedToFile).toBe(true);
  });

  it('is true after a file is opened, and as restored when the origin says it was not saved', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a, { fileName: 'kept.json', savedToFile: false });
    expect(store.getState()).toMatchObject({ savedToFile: false, fileName: 'kept.json' });
    store.getState().openDiagram(retitled(a, 'opened'), 'opened.json');
    expect(store.getState().savedToFile).toBe(true);
    store.getState().openDiagram(retitled(a, 'other tab'), null, { savedToFile: false });
    expect(store.getState().savedToFile).toBe(false);
  });
});
