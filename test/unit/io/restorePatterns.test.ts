/**
 * Issue 13: a diagram restored from the browser's storage at start-up breaks its lines exactly as when it
 * is opened from a file: its language's hyphenation patterns (Swedish here; they load on demand) are loaded
 * first, as Open does. Its own file: the pattern registry is per module graph, and this test needs Swedish
 * not yet loaded when it begins.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIdbAutosaveStorage } from '../../../src/io/autosaveStorage.ts';
import { loadAutosave } from '../../../src/io/persistence.ts';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import { makeFrame } from '../../../src/layout/axis.ts';
import { geometryOf } from '../../../src/layout/cache.ts';
import type { Geometry } from '../../../src/layout/geometry.ts';
import { layoutDiagram } from '../../../src/layout/layoutDiagram.ts';
import { hasPatterns, loadPatterns } from '../../../src/layout/text/patterns.ts';
import type { Diagram } from '../../../src/model/types.ts';

function swedish(): Diagram {
  const read = readDiagramText(readFileSync('fixtures/paths/osterbotten-organisationsforum-2025.json', 'utf8'));
  if (!read.ok) throw new Error('fixture refused');
  return read.diagram;
}

/** Every step's lines, by step id. */
const linesOf = (g: Geometry) => Object.fromEntries(g.steps.map((s) => [s.id, s.label.lines.join(' / ')]));

describe("restore loads the diagram's hyphenation patterns", () => {
  it('a Swedish diagram restored from storage breaks lines exactly as when opened', async () => {
    expect(hasPatterns('sv')).toBe(false); // nothing has loaded them yet
    const stored = swedish();
    // laid out before any Swedish patterns: some of its lines break differently without them
    const withoutPatterns = layoutDiagram(stored, makeFrame(stored));

    const storage = createIdbAutosaveStorage('polku-restore-patterns');
    await storage.write({ diagram: stored, fileName: 'forum.json', savedToFile: true, savedAt: 1, tabId: 'earlier' });
    const loaded = await loadAutosave(storage);
    if (!('record' in loaded) || !loaded.record) throw new Error('nothing restored');
    const restored = geometryOf(loaded.record.diagram);

    // Open: the patterns, then the diagram read from its file
    await loadPatterns('sv');
    const opened = swedish();
    const asOpened = layoutDiagram(opened, makeFrame(opened));
    expect(linesOf(asOpened)).not.toEqual(linesOf(withoutPatterns));
    expect(linesOf(restored)).toEqual(linesOf(asOpened));
    expect(restored).toEqual(asOpened);
  });
});
