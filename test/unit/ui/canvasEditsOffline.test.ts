/**
 * The canvas's edit operations load on first use; if their code cannot be fetched (the network gone since
 * the page loaded), the person is told at once and the next edit tries again — never a silent no-op.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/ui/canvas/canvasEditOps');
  vi.resetModules();
});

describe('canvas edits whose code cannot be loaded', () => {
  it('say so in the status line, and load on the next try', async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock('../../../src/ui/canvas/canvasEditOps', () => {
      if (fail) throw new Error('Failed to fetch dynamically imported module');
      return { moveSteps: () => null };
    });
    const { loadCanvasEdits, withCanvasEdits } = await import('../../../src/ui/canvas/canvasEdits');
    const { useSession } = await import('../../../src/store/sessionStore');
    useSession.getState().notify(null);
    let ran = false;
    withCanvasEdits(() => {
      ran = true;
    });
    await expect(loadCanvasEdits()).rejects.toThrow();
    await vi.waitFor(() => expect(useSession.getState().notice).toEqual({ kind: 'error', key: 'editsUnavailable' }));
    expect(ran).toBe(false);
    // the network is back: the next try loads them
    fail = false;
    await expect(loadCanvasEdits()).resolves.toHaveProperty('moveSteps');
  });
});
