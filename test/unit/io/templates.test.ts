/**
 * The gallery's templates as the app loads them (src/io/templates.ts, Vite's import.meta.glob):
 * every entry of the index loads through the app's reader and writes back to its file's bytes;
 * each is read once; and a diagram started from a template suggests `<id>.json` until it is saved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTemplate, TEMPLATES } from '../../../src/io/templates.ts';
import { writeDiagramText } from '../../../src/io/writeDiagram.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';

const TEMPLATE_DIR = new URL('../../../fixtures/templates/', import.meta.url);

describe('loadTemplate', () => {
  it.each(TEMPLATES.map((e) => [e.id, e] as const))('%s: read and validated, and written back byte for byte', async (_id, entry) => {
    const read = await loadTemplate(entry);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(writeDiagramText(read.diagram)).toBe(readFileSync(new URL(entry.file, TEMPLATE_DIR), 'utf8'));
  });

  it('reads each template once: the thumbnail and the opened diagram are the same data', async () => {
    const entry = TEMPLATES[1]!;
    const [a, b] = await Promise.all([loadTemplate(entry), loadTemplate(entry)]);
    expect(a.ok && b.ok && a.diagram === b.diagram).toBe(true);
  });

  it('refuses an entry whose file is not among the templates', async () => {
    await expect(loadTemplate({ ...TEMPLATES[1]!, id: 'missing', file: 'missing.json' })).rejects.toThrow(/missing\.json/);
  });
});

describe('a diagram started from a template', () => {
  it('is tied to no file, saved as it came, with a fresh history, and suggests <id>.json until it is saved', async () => {
    const [first, second] = await Promise.all(TEMPLATES.slice(0, 2).map(loadTemplate));
    if (!first?.ok || !second?.ok) throw new Error('templates refused');
    const store = createDocumentStore(first.diagram);
    store.getState().apply({ ...first.diagram, title: 'edited' });
    store.getState().newDocument(second.diagram, 'vantaa-kerava-yhteistyoelin.json');
    expect(store.getState()).toMatchObject({ fileName: null, suggestedName: 'vantaa-kerava-yhteistyoelin.json', savedToFile: true });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().markSaved('my-path.json');
    expect(store.getState().fileName).toBe('my-path.json');
    store.getState().openDiagram(first.diagram, 'other.json');
    expect(store.getState().suggestedName).toBeNull();
  });
});
