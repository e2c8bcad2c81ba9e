/**
 * A diagram at the file format's limit (FORMAT.md: 10,000 steps) lays out: the routing sorted its arrows'
 * runs by passing them all as arguments to one call, which overflowed the stack there (the app showed its
 * error screen on opening such a file).
 */
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { generateDiagram } from '../../bench/generateDiagram';

describe("the format's limit", () => {
  it('10,000 steps and 5,000 arrows lay out, every step and arrow placed', () => {
    const d = generateDiagram(10_000, 2);
    const g = layoutDiagram(d);
    expect(g.steps).toHaveLength(10_000);
    expect(g.links).toHaveLength(d.links.length);
    expect(g.links.every((l) => l.path.startsWith('M'))).toBe(true);
  }, 120_000);
});
