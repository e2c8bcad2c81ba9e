/**
 * Issue 13: the layout cache is keyed on what the layout depends on — the diagram and the hyphenation
 * patterns registered. A layout made before a language's patterns arrived is not reused after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { makeFrame } from '../../../src/layout/axis';
import { geometryOf, shownGeometryOf } from '../../../src/layout/cache';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { hasPatterns, loadPatterns } from '../../../src/layout/text/patterns';
import { moveSteps } from '../../../src/model/operations';

const read = readDiagramText(readFileSync('fixtures/paths/osterbotten-organisationsforum-2025.json', 'utf8'));
if (!read.ok) throw new Error('fixture refused');
const diagram = read.diagram;

describe('layout cache and hyphenation patterns', () => {
  it("lays the same diagram out again once its language's patterns are loaded", async () => {
    expect(hasPatterns('sv')).toBe(false);
    const moved = moveSteps(diagram, [diagram.steps[0]!.id], { months: 1, days: 0 });
    if (!moved.ok) throw new Error('move refused');
    const early = geometryOf(diagram);
    const earlyHeld = shownGeometryOf(moved.diagram, diagram);
    expect(geometryOf(diagram)).toBe(early); // cached while nothing changes

    await loadPatterns('sv');
    const fresh = layoutDiagram(diagram, makeFrame(diagram));
    expect(fresh).not.toEqual(early); // the patterns change some of its line breaks
    expect(geometryOf(diagram)).toEqual(fresh);
    expect(shownGeometryOf(moved.diagram, diagram)).toEqual(layoutDiagram(moved.diagram, makeFrame(diagram), true));
    expect(shownGeometryOf(moved.diagram, diagram)).not.toEqual(earlyHeld);
  });
});
