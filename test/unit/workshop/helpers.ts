/** Shared helpers of the workshop tests: diagrams as the reader makes them. */
import { readFileSync } from 'node:fs';
import { readDiagramText, readDiagramValue } from '../../../src/io/readDiagram.ts';
import type { Diagram } from '../../../src/model/types.ts';

/** fixtures/valid/workshop.json: notes, comments (with and without author and time) and votes. */
export function workshop(): Diagram {
  const text = readFileSync(new URL('../../../fixtures/valid/workshop.json', import.meta.url), 'utf8');
  const result = readDiagramText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.diagram;
}

/** A valid diagram with two lanes (`a`, `b`) and the given phases, steps and depth. */
export function diagram(parts: { phases?: unknown[]; steps?: unknown[]; depth?: unknown }): Diagram {
  const result = readDiagramValue({
    format: 'participation-path',
    version: 1,
    title: 'T',
    lanes: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ],
    phases: parts.phases ?? [],
    ...(parts.depth === undefined ? {} : { depth: parts.depth }),
    steps: parts.steps ?? [],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.diagram;
}
