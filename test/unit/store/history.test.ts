/** Undo and redo over the document: one step per edit, one per gesture, a fresh history per opened diagram. */
import { describe, expect, it } from 'vitest';
import { createDocumentStore, HISTORY_LIMIT, type DocumentStore } from '../../../src/store/documentStore.ts';
import { defaultDiagram, moved, retitled } from './diagrams.ts';

const steps = (store: DocumentStore) => store.temporal.getState().pastStates.length;
const redoable = (store: DocumentStore) => store.temporal.getState().futureStates.length;

describe('history of the document', () => {
  it('keeps at least 200 steps: 200 undos restore the first diagram, 200 redos the last', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    const first = defaultDiagram();
    const store = createDocumentStore(first);
    const titles = Array.from({ length: 200 }, (_, i) => `edit ${i + 1}`);
    for (const title of titles) store.getState().apply(retitled(store.getState().diagram, title));
    const last = store.getState().diagram;
    expect(last.title).toBe('edit 200');
    expect(steps(store)).toBe(200);

    for (let i = 0; i < 200; i++) store.getState().undo();
    expect(store.getState().diagram).toBe(first);
    expect(steps(store)).toBe(0);
    store.getState().undo(); // nothing more to undo: nothing happens
    expect(store.getState().diagram).toBe(first);

    for (let i = 0; i < 200; i++) store.getState().redo();
    expect(store.getState().diagram).toBe(last);
    expect(redoable(store)).toBe(0);
  });

  it('redoes what was undone, and a new edit after undo drops the redo', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    const b = retitled(a, 'B');
    const c = retitled(a, 'C');
    store.getState().apply(b);
    store.getState().apply(c);
    store.getState().undo();
    expect(store.getState().diagram).toBe(b);
    store.getState().redo();
    expect(store.getState().diagram).toBe(c);
    store.getState().undo();
    store.getState().apply(retitled(a, 'D'));
    expect(redoable(store)).toBe(0);
    store.getState().redo();
    expect(store.getState().diagram.title).toBe('D');
    store.getState().undo();
    expect(store.getState().diagram).toBe(b);
  });

  it('makes a gesture of 30 applies one undo step, back to the diagram from before the gesture', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    const b = retitled(a, 'before the drag');
    store.getState().apply(b);

    store.getState().beginGesture();
    for (let i = 0; i < 30; i++) store.getState().apply(moved(store.getState().diagram, `2022-${String((i % 12) + 1).padStart(2, '0')}`));
    const dropped = store.getState().diagram;
    store.getState().endGesture();

    expect(steps(store)).toBe(2); // the title edit and the whole drag
    store.getState().undo();
    expect(store.getState().diagram).toBe(b);
    store.getState().redo();
    expect(store.getState().diagram).toBe(dropped);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().diagram).toBe(a);
  });

  it('records nothing for a gesture that changed nothing, and resumes recording after it', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().beginGesture();
    store.getState().apply(moved(a, '2022-05'));
    store.getState().apply(a); // dragged back to where it was
    store.getState().endGesture();
    expect(steps(store)).toBe(0);
    store.getState().apply(retitled(a, 'after'));
    expect(steps(store)).toBe(1);
  });

  it('drops the redo steps when a gesture changes the diagram', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().apply(retitled(a, 'B'));
    store.getState().undo();
    expect(redoable(store)).toBe(1);
    store.getState().beginGesture();
    store.getState().apply(moved(a, '2022-05'));
    store.getState().endGesture();
    expect(redoable(store)).toBe(0);
  });

  it('cancels a gesture back to the diagram from before it, without a step', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().beginGesture();
    store.getState().apply(moved(a, '2022-05'));
    store.getState().apply(moved(a, '2022-06'));
    store.getState().cancelGesture();
    expect(store.getState().diagram).toBe(a);
    expect(steps(store)).toBe(0);
  });

  it('ends a gesture under way before undoing, so that undo takes back the whole gesture', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().beginGesture();
    store.getState().apply(moved(a, '2022-05'));
    store.getState().apply(moved(a, '2022-06'));
    store.getState().undo();
    expect(store.getState().diagram).toBe(a);
    expect(store.temporal.getState().isTracking).toBe(true);
  });

  it('begins a fresh history when a diagram is opened or a new one started', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().apply(retitled(a, 'B'));
    store.getState().apply(retitled(a, 'C'));
    store.getState().undo();
    const opened = retitled(a, 'opened');
    store.getState().openDiagram(opened, 'opened.json');
    expect(steps(store)).toBe(0);
    expect(redoable(store)).toBe(0);
    store.getState().undo();
    expect(store.getState().diagram).toBe(opened);
    expect(store.getState().openCount).toBe(1);

    store.getState().apply(retitled(a, 'D'));
    const fresh = retitled(a, 'new');
    store.getState().newDocument(fresh);
    expect(steps(store)).toBe(0);
    expect(store.getState().fileName).toBeNull();
    expect(store.getState().openCount).toBe(2);
  });

  it('opening during a gesture ends it: later edits are recorded again', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().beginGesture();
    store.getState().apply(moved(a, '2022-05'));
    store.getState().openDiagram(retitled(a, 'opened'), 'x.json');
    store.getState().apply(retitled(a, 'edit'));
    expect(steps(store)).toBe(1);
    store.getState().endGesture(); // no gesture any more: nothing happens
    expect(steps(store)).toBe(1);
  });

  it('makes no step of the same diagram, of an equal copy, or of a new file name', () => {
    const a = defaultDiagram();
    const store = createDocumentStore(a);
    store.getState().apply(a);
    store.getState().apply(structuredClone(a));
    store.getState().setFileName('named.json');
    store.getState().markSaved('named.json');
    expect(steps(store)).toBe(0);
    expect(store.getState().diagram).toBe(a);
  });
});
