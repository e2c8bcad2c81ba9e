/** The view brings a box into sight by no more than it takes; the minimap goes to a corner free of steps. */
import { describe, expect, it } from 'vitest';
import { revealBox, shareInSight, REVEAL_MARGIN } from '../../../src/ui/canvas/fit';
import { BLOCK, cornerRect, freeCorner, MAP } from '../../../src/ui/canvas/overviewPlace';
import { shareInView } from '../../../src/ui/canvas/overviewShown';

const pane = { width: 1000, height: 600 };
const view = { x: 0, y: 0, zoom: 1 };

describe('bringing a box into view', () => {
  it('leaves a box in sight alone', () => {
    expect(revealBox(view, { x: 100, y: 100, width: 100, height: 40 }, pane)).toBeNull();
  });

  it('moves a box hidden past the right edge just inside it, keeping the zoom and the other axis', () => {
    const next = revealBox({ x: 0, y: 0, zoom: 2 }, { x: 550, y: 100, width: 50, height: 20 }, pane)!;
    expect(next.zoom).toBe(2);
    expect(next.y).toBe(0);
    // its right edge at the margin from the canvas's edge
    expect(550 * 2 + next.x + 100).toBe(pane.width - REVEAL_MARGIN);
  });

  it('with a share asked, leaves a box mostly in sight alone', () => {
    expect(shareInSight(view, { x: 900, y: 500, width: 80, height: 80 }, pane)).toBe(1);
    const half = { x: 960, y: 100, width: 80, height: 20 };
    expect(shareInSight(view, half, pane)).toBeCloseTo(0.5);
    expect(shareInSight(view, { x: 1200, y: 100, width: 80, height: 20 }, pane)).toBe(0);
    expect(revealBox(view, half, pane, 0.5)).toBeNull();
    expect(revealBox(view, half, pane, 1)).not.toBeNull();
  });

  it('shows the start of a box too big for the canvas', () => {
    const next = revealBox(view, { x: -500, y: 10, width: 3000, height: 20 }, pane)!;
    expect(next.x).toBe(500 + REVEAL_MARGIN);
  });
});

describe('the minimap’s corner', () => {
  const w = 1000;
  const h = 600;
  it('stays bottom right while that corner holds no step', () => {
    expect(freeCorner([{ x: 10, y: 10, width: 50, height: 20 }], [0, 0, 1], w, h, null)).toBe('bottom-right');
  });

  it('goes to the next free corner when a step is under it, and stays there while it is free', () => {
    const br = cornerRect('bottom-right', w, h);
    const step = { x: br.x + 10, y: br.y + 10, width: 40, height: 20 };
    expect(freeCorner([step], [0, 0, 1], w, h, null)).toBe('bottom-left');
    expect(freeCorner([], [0, 0, 1], w, h, 'top-left')).toBe('top-left');
  });

  it('reads step boxes in diagram coordinates under the view', () => {
    // a step at diagram (450, 250) under zoom 2 and a shift of (-400, 0): on screen 500…820 × 500…560, under the bottom right corner (802…988 × 478…588)
    const step = { x: 450, y: 250, width: 160, height: 30 };
    expect(freeCorner([step], [-400, 0, 2], w, h, null)).toBe('bottom-left');
    expect(freeCorner([step], [0, 0, 1], w, h, null)).toBe('bottom-right');
  });

  it('none when every corner holds a step', () => {
    const all = (['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const).map((c) => cornerRect(c, w, h));
    expect(freeCorner(all, [0, 0, 1], w, h, 'bottom-right')).toBeNull();
    expect(cornerRect('top-left', w, h)).toEqual({ x: MAP.edge, y: MAP.edge, width: BLOCK.width, height: BLOCK.height });
  });

  it('the share of the diagram in view: all at fit, less when zoomed in', () => {
    const g = { width: 1000, height: 500 };
    expect(shareInView(g, [0, 50, 1], w, h)).toBe(1);
    expect(shareInView(g, [0, 0, 2], w, h)).toBeCloseTo((500 * 300) / (1000 * 500));
  });
});
