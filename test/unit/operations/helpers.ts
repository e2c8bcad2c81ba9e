/** Shared helpers of the edit-operation tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { readDiagramText, readDiagramValue } from '../../../src/io/readDiagram.ts';
import type { EditResult } from '../../../src/model/operations/index.ts';
import type { Diagram, Problem } from '../../../src/model/types.ts';

const SEED = readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8');

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The seed diagram, as the reader makes it, deep-frozen. */
export function seed(): Diagram {
  const result = readDiagramText(SEED);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return deepFreeze(result.diagram);
}

/** A small diagram, deep-frozen; `extra` replaces top-level properties. */
export function small(extra: Partial<Record<string, unknown>> = {}): Diagram {
  const document = {
    format: 'participation-path',
    version: 1,
    title: 'Pieni',
    lanes: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B', color: '#112233' },
      { id: 'c', title: 'C' },
    ],
    phases: [],
    legend: [{ id: 'kind', title: 'Kind', color: '#f2b33d' }],
    steps: [
      { id: 's1', lane: 'a', title: 'One', start: '2021-11' },
      { id: 's2', lane: 'b', title: 'Two', start: '2022-01-31', end: '2022-03', legend: 'kind' },
      { id: 's3', lane: 'c', title: 'Three', start: '2022-02' },
    ],
    links: [
      { id: 'l1', from: 's1', to: 's2' },
      { id: 'l2', from: 's2', to: 's3', title: 'then' },
    ],
    ...extra,
  };
  const result = readDiagramValue(document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return deepFreeze(result.diagram);
}

/**
 * The diagram of a successful edit, after checking that the real reader
 * accepts it as it is (no problems, nothing changed by reading).
 */
export function accepted(result: EditResult): Diagram {
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.problems)}`);
  const read = readDiagramValue(JSON.parse(JSON.stringify(result.diagram)));
  expect(read.ok ? [] : read.problems).toEqual([]);
  if (read.ok) expect(read.diagram).toEqual(result.diagram);
  return result.diagram;
}

/** The problems of a refused edit. */
export function refused(result: EditResult): Problem[] {
  if (result.ok) throw new Error('edit accepted, expected a refusal');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

/** The created ids of a successful edit. */
export function createdBy(result: EditResult): string[] {
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.problems)}`);
  return result.created ?? [];
}

/** Every id of a diagram, in the order of the lists (repeats kept). */
export function allIds(diagram: Diagram): string[] {
  return [diagram.lanes, diagram.phases, diagram.legend, diagram.steps, diagram.links].flatMap((list) =>
    list.map((item) => item.id),
  );
}

export const step = (diagram: Diagram, id: string) => diagram.steps.find((item) => item.id === id);
