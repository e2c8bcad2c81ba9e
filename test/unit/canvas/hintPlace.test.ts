import { describe, expect, it } from 'vitest';
import { HINT_GAP, placeHint } from '../../../src/ui/canvas/hintPlace';

const pane = { width: 1000, height: 600 };
const size = { w: 240, h: 30 };
const source = { x: 300, y: 300, width: 150, height: 40 };

describe('placeHint: the words beside the source step', () => {
  it('goes above the source, at its left edge, when nothing is there', () => {
    expect(placeHint(source, [], size, pane)).toEqual({ x: 300, y: 300 - HINT_GAP - 30, below: false, end: false });
  });

  it('goes below when a step is above', () => {
    const above = { x: 290, y: 240, width: 200, height: 50 };
    expect(placeHint(source, [above], size, pane)).toMatchObject({ x: 300, y: 340 + HINT_GAP, below: true });
  });

  it('ends at the source’s right edge when that covers less of the steps above and below', () => {
    // steps up and down to the right: the words starting at the source's left would reach over them further
    const aboveRight = { x: 400, y: 250, width: 200, height: 45 };
    const belowRight = { x: 400, y: 345, width: 200, height: 45 };
    const p = placeHint(source, [aboveRight, belowRight], size, pane);
    expect(p).toMatchObject({ x: 450 - 240, end: true });
  });

  it('stays inside the canvas when the source is at its top or off it', () => {
    const top = { x: 20, y: 2, width: 150, height: 40 };
    expect(placeHint(top, [], size, pane)).toMatchObject({ y: 42 + HINT_GAP, below: true });
    const off = { x: -500, y: 900, width: 150, height: 40 };
    const p = placeHint(off, [], size, pane);
    expect(p.x).toBe(HINT_GAP);
    expect(p.y).toBe(600 - 30 - HINT_GAP);
  });
});
