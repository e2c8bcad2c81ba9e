/**
 * Keyboard editing of steps: moving by the axis's smallest unit (a day, a week or a month) and lane, linking two steps,
 * adding a step, copying and pasting. Session state (the step a link starts
 * from, the in-memory clipboard, the last announcement) is the session
 * store's keyboard slice; every edit goes through the model's operations as one undo step.
 */
import type { Translate } from '../../i18n/problems';
import { isClip, type Clip } from '../../model/operations/clip';
// the operations come with their own chunk, on first use (canvasEdits.ts)
import { withCanvasEdits, type CanvasEditOps } from './canvasEdits';
import type { Diagram } from '../../model/types';
import type { DocumentStore } from '../../store/documentStore';
import { useKeyboard, useSelection } from '../../store/sessionStore';

export { useKeyboard };

export function announce(message: string): void {
  useKeyboard.setState((s) => ({ message, seq: s.seq + 1 }));
}

export const titleOf = (d: Diagram, id: string) => (d.steps.find((s) => s.id === id)?.title ?? id).replace(/\u00ad/g, '');

/** The step node (React Flow wrapper) an element is, or is inside. */
export function stepNodeOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  return target.closest<HTMLElement>('.react-flow__node-step[data-id]');
}

/** Runs `find` on the next frames until it gives an element, then focuses it (and selects its text, if asked). */
function focusWhenThere(find: () => HTMLElement | null, frames = 20, select = false): void {
  const tryNow = (left: number) => {
    const el = find();
    if (el) {
      if (document.activeElement !== el) el.focus();
      if (select && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) el.select();
      return;
    }
    if (left > 0) requestAnimationFrame(() => tryNow(left - 1));
  };
  requestAnimationFrame(() => tryNow(frames));
}

/** Focus back on a step's node after it was drawn again (perhaps elsewhere in the DOM). */
export function focusStep(id: string): void {
  useKeyboard.setState({ focusing: id });
  focusWhenThere(() => document.querySelector<HTMLElement>(`.react-flow__node-step[data-id="${CSS.escape(id)}"]`));
}

/** Focus in the inspector's first text field (its title), its text selected so typing replaces it, once the inspector is open. */
export function focusInspectorTitle(): void {
  focusWhenThere(
    () =>
      document.querySelector<HTMLElement>(
        'aside[aria-labelledby="polku-inspector-title"] input:not([type]), aside[aria-labelledby="polku-inspector-title"] input[type="text"], aside[aria-labelledby="polku-inspector-title"] textarea',
      ),
    20,
    true,
  );
}

/** Focus on the diagram panel's first field (the title), once the panel is open. */
export function focusDocumentPanel(): void {
  focusWhenThere(() => document.querySelector<HTMLElement>('aside[aria-labelledby="polku-document-panel-title"] textarea, aside[aria-labelledby="polku-document-panel-title"] input'));
}




/** Selects a step and opens the inspector on its title. */
export function editStep(id: string): void {
  useSelection.getState().selectSteps([id]);
  focusInspectorTitle();
}

export function startLink(store: DocumentStore, id: string, t: Translate): void {
  useKeyboard.setState({ linkFrom: id });
  announce(t('keys.linkStart', { title: titleOf(store.getState().diagram, id) }));
}

export function cancelLink(t: Translate): boolean {
  if (useKeyboard.getState().linkFrom === null) return false;
  useKeyboard.setState({ linkFrom: null });
  announce(t('keys.linkCancelled'));
  return true;
}




type KeyEdits = CanvasEditOps;

/**
 * Moves the step (and the other selected steps if it is selected) by `units`
 * of the smallest unit the axis shows and by lanes (keyEdits.ts).
 */
export function moveByKey(...args: Parameters<KeyEdits['moveByKey']>): void {
  withCanvasEdits((edits) => edits.moveByKey(...args));
}

/** Moves the step's end by `units` of the axis's smallest unit (Shift+Left/Right; keyEdits.ts). */
export function resizeByKey(...args: Parameters<KeyEdits['resizeByKey']>): void {
  withCanvasEdits((edits) => edits.resizeByKey(...args));
}

/** Ends a keyboard link at `to`: the link is added, or the refusal announced (keyEdits.ts). */
export function finishLink(...args: Parameters<KeyEdits['finishLink']>): void {
  withCanvasEdits((edits) => edits.finishLink(...args));
}

/** Adds a new step in `lane` at `start`, selects it and opens the inspector on its title (keyEdits.ts). */
export function addStepAt(...args: Parameters<KeyEdits['addStepAt']>): void {
  withCanvasEdits((edits) => edits.addStepAt(...args));
}

/** N on a step: a new step in its lane, one unit of the axis after its start (keyEdits.ts). */
export function addStepAfter(...args: Parameters<KeyEdits['addStepAfter']>): void {
  withCanvasEdits((edits) => edits.addStepAfter(...args));
}

/** Copies the selected steps (and the links between them) to the in-memory and, if it can, the system clipboard (keyEdits.ts). */
export function copySelection(...args: Parameters<KeyEdits['copySelection']>): void {
  withCanvasEdits((edits) => edits.copySelection(...args));
}

/** A clip from clipboard text, if the text is one. */
export function clipFromText(text: string | null | undefined): Clip | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isClip(value) ? value : null;
  } catch {
    return null;
  }
}

/** Pastes a clip one month later, in place, and selects the pasted steps. */
export function pasteSteps(store: DocumentStore, clip: Clip | null, t: Translate): boolean {
  if (!clip || clip.steps.length === 0) return false;
  withCanvasEdits((edits) => edits.pasteSteps(store, clip, t));
  return true;
}
