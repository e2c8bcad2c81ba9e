/** Diagrams for the store and persistence tests: the default one, and variants of it that differ by title. */
import { readFileSync } from 'node:fs';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import type { Diagram } from '../../../src/model/types.ts';

export function defaultDiagram(): Diagram {
  const result = readDiagramText(readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('default diagram refused');
  return result.diagram;
}

/** `d` with another title: a new Diagram that shares everything else with `d`. */
export function retitled(d: Diagram, title: string): Diagram {
  return { ...d, title };
}

/** `d` with its first step moved to `start` (what one frame of a drag does). */
export function moved(d: Diagram, start: string): Diagram {
  const [first, ...rest] = d.steps;
  return { ...d, steps: [{ ...first!, start }, ...rest] };
}
