/**
 * Issue 13: "reload from the other tab" opens the stored diagram with its language's hyphenation patterns
 * loaded first, as Open does: a Swedish diagram another tab stored breaks its lines here exactly as when
 * opened from a file. Its own file, so that Swedish is not yet loaded when it begins.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIdbAutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import { loadAutosave, startPersistence } from '../../../src/io/persistence.ts';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import { makeFrame } from '../../../src/layout/axis.ts';
import { geometryOf } from '../../../src/layout/cache.ts';
import type { Geometry } from '../../../src/layout/geometry.ts';
import { layoutDiagram } from '../../../src/layout/layoutDiagram.ts';
import { hasPatterns, loadPatterns } from '../../../src/layout/text/patterns.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { createDocumentStore } from '../../../src/store/documentStore.ts';
import { createSessionStore } from '../../../src/store/sessionStore.ts';
import { defaultDiagram } from '../store/diagrams.ts';

function swedish(): Diagram {
  const read = readDiagramText(readFileSync('fixtures/paths/osterbotten-organisationsforum-2025.json', 'utf8'));
  if (!read.ok) throw new Error('fixture refused');
  return read.diagram;
}

const linesOf = (g: Geometry) => Object.fromEntries(g.steps.map((s) => [s.id, s.label.lines.join(' / ')]));

describe("reload from the other tab loads the diagram's hyphenation patterns", () => {
  it('a Swedish diagram another tab stored breaks lines here exactly as when opened', async () => {
    expect(hasPatterns('sv')).toBe(false);
    const storage = createIdbAutosaveStorage('polku-reload-patterns');
    const loaded = await loadAutosave(storage); // this tab began with nothing stored: the default (Finnish) diagram
    const document = createDocumentStore(defaultDiagram());
    const persistence = startPersistence({ document, session: createSessionStore().getState(), storage, loaded, tabId: 'here', channel: null });

    const theirs = swedish();
    const withoutPatterns = layoutDiagram(theirs, makeFrame(theirs));
    await storage.write({ diagram: theirs, fileName: null, savedToFile: false, savedAt: Date.now() + 1000, tabId: 'other' });
    await persistence.reloadFromStorage();
    expect(document.getState().diagram.title).toBe(theirs.title);
    const reloaded = geometryOf(document.getState().diagram);
    persistence.stop();

    await loadPatterns('sv');
    const opened = swedish();
    const asOpened = layoutDiagram(opened, makeFrame(opened));
    expect(linesOf(asOpened)).not.toEqual(linesOf(withoutPatterns));
    expect(reloaded).toEqual(asOpened);
  });
});
