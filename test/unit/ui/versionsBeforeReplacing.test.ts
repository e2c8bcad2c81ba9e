/**
 * Issue 13, Deliver 3, "Versiot": a version of the diagram shown is kept before something replaces it —
 * Open, New, a template, a shared link (all through openAsNew), a paste of more than 10 steps — taken of
 * the diagram as it was, before the replacing change.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pasteSteps } from '../../../src/ui/canvas/keyEdits.ts';
import { openAsNew, setDiagramsStorage, type WiredDiagrams } from '../../../src/ui/diagrams/diagramsStorage.ts';
import { copySteps } from '../../../src/model/operations/clip.ts';
import type { VersionReason } from '../../../src/model/versions.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { defaultDiagram, retitled } from '../store/diagrams.ts';

function wire(store: ReturnType<typeof createDocumentStore>) {
  const kept: { reason: VersionReason; title: string; steps: number }[] = [];
  const calls: string[] = [];
  const persistence = {
    keepVersion: vi.fn(async (reason: VersionReason) => {
      const d = store.getState().diagram;
      kept.push({ reason, title: d.title, steps: d.steps.length });
      calls.push('keep');
    }),
    openNew: vi.fn(async (load: () => void) => {
      calls.push('openNew');
      load();
      return 'new-id';
    }),
    switchTo: vi.fn(async () => true),
    storeShown: vi.fn(async () => true),
  };
  setDiagramsStorage({ storage: {} as WiredDiagrams['storage'], tabId: 'T', persistence });
  return { kept, calls, persistence };
}

afterEach(() => setDiagramsStorage(null));

const t = ((key: string) => key) as Parameters<typeof pasteSteps>[2];

describe('a version before the diagram is replaced', () => {
  it.each(['open', 'new', 'template'] as const)('%s: kept of the diagram shown, before the new one is loaded', async (reason) => {
    const store = createDocumentStore(retitled(defaultDiagram(), 'Shown before'));
    const { kept, calls } = wire(store);
    await openAsNew(() => store.getState().newDocument(retitled(defaultDiagram(), 'The new one')), reason);
    expect(kept).toEqual([{ reason, title: 'Shown before', steps: defaultDiagram().steps.length }]);
    expect(calls).toEqual(['keep', 'openNew']);
    expect(store.getState().diagram.title).toBe('The new one');
  });

  it('a paste of more than 10 steps keeps one of the diagram before the paste; a smaller paste does not', async () => {
    const d = defaultDiagram();
    const store = createDocumentStore(d);
    const { kept } = wire(store);
    const ids = d.steps.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(11);

    pasteSteps(store, copySteps(d, ids.slice(0, 10)), t);
    expect(store.getState().diagram.steps.length).toBe(d.steps.length + 10);
    expect(kept).toEqual([]);

    const before = store.getState().diagram.steps.length;
    pasteSteps(store, copySteps(d, ids.slice(0, 11)), t);
    expect(store.getState().diagram.steps.length).toBe(before + 11);
    expect(kept).toEqual([{ reason: 'paste', title: d.title, steps: before }]);
  });
});
