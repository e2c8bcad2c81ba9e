/**
 * A file of thousands of arrows brings the background routing's code before its first layout (io/openFile.ts):
 * the screen then shows it with provisional arrows while a worker routes them (layout/routeLater.ts); a file of
 * fewer arrows does not load it.
 */
import { describe, expect, it, vi } from 'vitest';
import { OPENS_LATER_LINKS, readOpenedFile } from '../../../src/io/openFile';
import { writeDiagramText } from '../../../src/io/writeDiagram';
import { generateDiagram } from '../../bench/generateDiagram';

const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/layout/routeLater', () => {
  loaded.count++;
  return {};
});

const file = (steps: number) => new Blob([writeDiagramText(generateDiagram(steps, 3))], { type: 'application/json' });

describe('opening a file', () => {
  it('loads the background routing for a diagram of many arrows, before it is handed over, and not for a smaller one', async () => {
    // (the generator links every second step)
    const small = await readOpenedFile(file(2 * OPENS_LATER_LINKS - 2), 'small.json');
    expect(small.ok && small.diagram.links.length).toBeLessThan(OPENS_LATER_LINKS);
    expect(loaded.count).toBe(0);
    const large = await readOpenedFile(file(2 * OPENS_LATER_LINKS), 'large.json');
    expect(large.ok && large.diagram.links.length).toBeGreaterThanOrEqual(OPENS_LATER_LINKS);
    expect(loaded.count).toBe(1);
  }, 60_000);
});
