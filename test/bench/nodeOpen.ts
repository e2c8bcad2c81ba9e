/**
 * Open + validate + layout in Node, as the first open in a fresh process:
 * `node scripts/bench-node.mjs N` prints {read, layout, total} in ms.
 */
import { readFileSync } from 'node:fs';
import { readDiagramText } from '../../src/io/readDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';

export function measureOpen(file: string) {
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const result = readDiagramText(text);
  const t1 = performance.now();
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const g = layoutDiagram(result.diagram);
  const t2 = performance.now();
  return { read: t1 - t0, layout: t2 - t1, total: t2 - t0, steps: g.steps.length };
}
