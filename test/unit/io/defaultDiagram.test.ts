/**
 * The default diagram is parsed at start-up without the reader: that is only
 * right while the reader accepts the file and gives back exactly what it says.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultDiagram } from '../../../src/app/defaultDiagram.ts';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import text from '../../../fixtures/osallisuuspolku.json?raw';

describe('default diagram', () => {
  it('is what the reader reads from the file, unchanged', () => {
    const read = readDiagramText(text);
    expect(read.ok ? [] : read.problems).toEqual([]);
    expect(read.ok && read.diagram).toStrictEqual(loadDefaultDiagram());
  });
});
