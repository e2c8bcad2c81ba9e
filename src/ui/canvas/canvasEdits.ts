/**
 * The model's operations the canvas edits with (dragging, resizing, the
 * keyboard's moves, links, new steps, copy and paste, Delete). Each checks
 * what it makes with the reader's schema (valibot), which start-up does not
 * need to draw the diagram: they live in their own chunk (canvasEditOps.ts),
 * asked for on the first pointer, focus or key in the page, well before a
 * gesture or key press gets to an edit. A caller that finds them not yet here
 * finishes its edit when they arrive.
 */
import { useSession } from '../../store/sessionStore';

export type CanvasEditOps = typeof import('./canvasEditOps');

let ops: CanvasEditOps | null = null;
let loading: Promise<CanvasEditOps> | null = null;

/**
 * Loads the operations (once). If their code cannot be fetched (the network gone since the page was
 * loaded), the person is told so at once, and the next edit tries again.
 */
export function loadCanvasEdits(): Promise<CanvasEditOps> {
  return (loading ??= import('./canvasEditOps').then(
    (m) => (ops = m),
    (e: unknown) => {
      loading = null;
      useSession.getState().notify({ kind: 'error', key: 'editsUnavailable' });
      throw e;
    },
  ));
}

/** The operations if they have loaded, else null (and their loading started). */
export function canvasEditsNow(): CanvasEditOps | null {
  if (!ops) loadCanvasEdits().catch(() => undefined);
  return ops;
}

/** Runs `edit` with the operations: now if they are here, else as soon as they are. */
export function withCanvasEdits(edit: (ops: CanvasEditOps) => void): void {
  if (ops) edit(ops);
  else loadCanvasEdits().then(edit, () => undefined);
}

const FIRST_USE = ['pointerdown', 'pointermove', 'focusin', 'keydown'] as const;

/** Starts loading the operations on the first pointer, focus or key event in `target`. */
export function loadCanvasEditsOnFirstUse(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const load = () => {
    stop();
    loadCanvasEdits().catch(() => undefined);
  };
  const stop = () => FIRST_USE.forEach((type) => target.removeEventListener(type, load, true));
  FIRST_USE.forEach((type) => target.addEventListener(type, load, true));
  return stop;
}
