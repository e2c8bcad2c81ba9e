/**
 * Keyboard editing of steps: moving by the axis's smallest unit (a day, a week or a month) and lane, linking two steps,
 * adding a step, copying and pasting. Session state (the step a link starts
 * from, the in-memory clipboard, the last announcement) is the session
 * store's keyboard slice; every edit goes through the model's operations as one undo step.
 */
import { formatProblem, type Translate } from '../../i18n/problems';
import { loadProblemWords } from '../../i18n/setup';
import type { UiLanguage } from '../../i18n/ui';
import { geometryOf } from '../../layout/cache';
import { axisPrecision, unitShift } from '../../layout/place';
import { formatDateInput } from '../../model/formatDateInput';
import { copySteps, isClip, type Clip } from '../../model/operations/clip';
// the operations come with their own chunk, on first use (canvasEdits.ts)
import { withCanvasEdits } from './canvasEdits';
import type { Diagram, Problem } from '../../model/types';
import type { DocumentStore } from '../../store/documentStore';
import { useKeyboard, useSelection } from '../../store/sessionStore';

export { useKeyboard };

export function announce(message: string): void {
  useKeyboard.setState((s) => ({ message, seq: s.seq + 1 }));
}

const problemsText = (problems: readonly Problem[], t: Translate) => problems.map((p) => formatProblem(p, t)).join('; ');

/**
 * Announces why an edit was refused (`key` with the problems in words). The problem messages load with the
 * first one (KeyboardLayer asks for them as soon as a step has the focus); should they fail to load, the
 * refusal is still announced, with the problems' codes.
 */
function announceRefusal(key: string, problems: readonly Problem[], t: Translate): void {
  const say = () => announce(t(key, { problems: problemsText(problems, t) }));
  loadProblemWords().then(say, say);
}
const titleOf = (d: Diagram, id: string) => (d.steps.find((s) => s.id === id)?.title ?? id).replace(/\u00ad/g, '');

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

/** The move of `units` of the axis's smallest unit for the step `id` (its start's kind decides; see unitShift). */
function keyShift(d: Diagram, id: string, date: (s: Diagram['steps'][number]) => string, units: number) {
  const step = d.steps.find((s) => s.id === id);
  return step && units !== 0 ? unitShift(geometryOf(d), date(step), units) : { months: 0 };
}

/**
 * Moves the step (and the other selected steps if it is selected) by `units`
 * of the smallest unit the axis shows (a day, a week or a month; a
 * month-dated step by months) and by lanes.
 */
export function moveByKey(store: DocumentStore, id: string, units: number, lanes: number, t: Translate): void {
  withCanvasEdits(({ moveSteps }) => {
    const selected = useSelection.getState().steps;
    const ids = selected.includes(id) ? selected : [id];
    const before = store.getState().diagram;
    const result = moveSteps(before, ids, keyShift(before, id, (s) => s.start, units), lanes);
    if (!result.ok) {
      announceRefusal('keys.moveRefused', result.problems, t);
      return;
    }
    if (result.diagram !== before) store.getState().apply(result.diagram);
    useKeyboard.setState({ follow: id });
    focusStep(id);
  });
}

/**
 * Moves the step's end by `units` of the axis's smallest unit (Shift+Left/Right), as dragging its right edge does;
 * says the new end as the date field writes it in `lang`.
 */
export function resizeByKey(store: DocumentStore, id: string, units: number, t: Translate, lang: UiLanguage = 'fi'): void {
  withCanvasEdits(({ resizeStepEnd }) => {
    const before = store.getState().diagram;
    const result = resizeStepEnd(before, id, keyShift(before, id, (s) => s.end ?? s.start, units));
    if (!result.ok) {
      announceRefusal('keys.moveRefused', result.problems, t);
      return;
    }
    if (result.diagram === before) return;
    store.getState().apply(result.diagram);
    const step = result.diagram.steps.find((s) => s.id === id);
    if (step?.end) announce(t('keys.endMoved', { end: formatDateInput(step.end, lang) }));
    useKeyboard.setState({ follow: id });
    focusStep(id);
  });
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

/** Ends a keyboard link at `to`: the link is added, or the refusal announced (linking goes on). */
export function finishLink(store: DocumentStore, to: string, t: Translate): void {
  withCanvasEdits(({ addLink }) => {
    const from = useKeyboard.getState().linkFrom;
    if (from === null) return;
    if (from === to) {
      announce(t('keys.linkSame'));
      return;
    }
    const d = store.getState().diagram;
    const result = addLink(d, from, to);
    if (!result.ok) {
      announceRefusal('keys.linkRefused', result.problems, t);
      return;
    }
    store.getState().apply(result.diagram);
    useKeyboard.setState({ linkFrom: null });
    announce(t('keys.linkDone', { from: titleOf(d, from), to: titleOf(d, to) }));
    focusStep(to);
  });
}

/** Adds a step titled "Uusi askel" in `lane` at `start`, selects it and opens the inspector on its title. */
export function addStepAt(store: DocumentStore, lane: string, start: string, t: Translate): void {
  withCanvasEdits(({ addStep }) => {
    const title = t('keys.newStep');
    const result = addStep(store.getState().diagram, { lane, title, start });
    if (!result.ok) {
      announceRefusal('keys.addRefused', result.problems, t);
      return;
    }
    store.getState().apply(result.diagram);
    const id = result.created?.[0];
    if (id === undefined) return;
    announce(t('keys.added', { title }));
    editStep(id);
  });
}

/**
 * N on a step: a new step in its lane, one unit of the axis after its start:
 * a day or a week later (a day date) on an axis of days or weeks, else a
 * month later (at month precision).
 */
export function addStepAfter(store: DocumentStore, id: string, t: Translate): void {
  withCanvasEdits(({ shiftDate }) => {
    const d = store.getState().diagram;
    const step = d.steps.find((s) => s.id === id);
    if (!step) return;
    const g = geometryOf(d);
    const start = axisPrecision(g) === 'day' ? step.start : step.start.slice(0, 7);
    const next = shiftDate(start, unitShift(g, start, 1));
    if (!next.ok) return;
    addStepAt(store, step.lane, next.date, t);
  });
}

/** Copies the selected steps (and the links between them) to the in-memory and, if it can, the system clipboard. */
export function copySelection(store: DocumentStore, t: Translate): boolean {
  const ids = useSelection.getState().steps;
  if (ids.length === 0) return false;
  const clip = copySteps(store.getState().diagram, ids);
  if (clip.steps.length === 0) return false;
  useKeyboard.setState({ clip });
  try {
    navigator.clipboard?.writeText(JSON.stringify(clip)).catch(() => undefined);
  } catch {
    // no system clipboard: the in-memory copy is enough
  }
  announce(t('keys.copied', { count: clip.steps.length }));
  return true;
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
  withCanvasEdits(({ pasteClip }) => {
    const d = store.getState().diagram;
    const result = pasteClip(d, clip, { months: 1 });
    if (!result.ok) {
      announceRefusal('keys.pasteRefused', result.problems, t);
      return;
    }
    store.getState().apply(result.diagram);
    const stepIds = new Set(result.diagram.steps.map((s) => s.id));
    const pasted = (result.created ?? []).filter((id) => stepIds.has(id));
    useSelection.getState().selectSteps(pasted);
    announce(t('keys.pasted', { count: pasted.length }));
  });
  return true;
}
