/**
 * The canvas's edit operations are not in the start-up chunk: they load on
 * the first pointer, focus or key event in the page, once, and an edit asked
 * for before they are here runs when they arrive.
 */
import { describe, expect, it } from 'vitest';
import { canvasEditsNow, loadCanvasEditsOnFirstUse, withCanvasEdits, type CanvasEditOps } from '../../../src/ui/canvas/canvasEdits.ts';

describe('canvas edits on first use', () => {
  it('load on the first focus in the page, then an edit waiting for them runs', async () => {
    const page = new EventTarget();
    const added: string[] = [];
    const removed: string[] = [];
    const target = {
      addEventListener: (type: string, listener: EventListenerOrEventListenerObject, capture?: boolean | AddEventListenerOptions) => {
        added.push(type);
        page.addEventListener(type, listener, capture);
      },
      removeEventListener: (type: string, listener: EventListenerOrEventListenerObject, capture?: boolean | EventListenerOptions) => {
        removed.push(type);
        page.removeEventListener(type, listener, capture);
      },
    } as unknown as Window;
    loadCanvasEditsOnFirstUse(target);
    expect(added.sort()).toEqual(['focusin', 'keydown', 'pointerdown', 'pointermove']);
    const waited = new Promise<CanvasEditOps>((resolve) => withCanvasEdits(resolve));
    page.dispatchEvent(new Event('focusin'));
    // one use is enough: the listeners are gone
    expect(removed.sort()).toEqual(added);
    const ops = await waited;
    expect(typeof ops.moveSteps).toBe('function');
    expect(canvasEditsNow()).toBe(ops);
  });
});
