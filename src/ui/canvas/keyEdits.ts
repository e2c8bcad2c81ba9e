/**
 * The keyboard's edits (keyboard.ts): moves, the end, links, new steps and
 * pasting. They check what they make with the model's operations, so they
 * come in the operations' chunk (canvasEdits.ts), loaded on first use.
 */
import { formatProblem, type Translate } from '../../i18n/problems';
import { keyMessages } from '../../i18n/keys';
import { addWordsEverywhere, loadProblemWords } from '../../i18n/setup';
import type { UiLanguage } from '../../i18n/ui';
import { shownGeometryOf } from '../../layout/cache';
import { axisPrecision, unitShift } from '../../layout/place';
import { formatDateInput } from '../../model/formatDateInput';
import { copySteps, type Clip } from '../../model/operations/clip';
import { pasteClip } from '../../model/operations/clipboard';
import { addLink } from '../../model/operations/links';
import { shiftDate } from '../../model/operations/months';
import { addStep, moveSteps, resizeStepEnd } from '../../model/operations/steps';
import type { Diagram, Problem } from '../../model/types';
import { PASTE_VERSION_STEPS } from '../../model/versions';
import type { DocumentStore } from '../../store/documentStore';
import { useKeyboard, useSelection } from '../../store/sessionStore';
import { diagramsStorage } from '../diagrams/diagramsStorage';
import { announce, editStep, focusStep, titleOf } from './keyboard';

// the words these edits say come with them
addWordsEverywhere('keys', keyMessages);

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

/** The move of `units` of the axis's smallest unit for the step `id` (its start's kind decides; see unitShift). */
function keyShift(d: Diagram, id: string, date: (s: Diagram['steps'][number]) => string, units: number) {
  const step = d.steps.find((s) => s.id === id);
  return step && units !== 0 ? unitShift(shownGeometryOf(d), date(step), units) : { months: 0 };
}

/**
 * Moves the step (and the other selected steps if it is selected) by `units`
 * of the smallest unit the axis shows (a day, a week or a month; a
 * month-dated step by months) and by lanes.
 */
export function moveByKey(store: DocumentStore, id: string, units: number, lanes: number, t: Translate): void {
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
}

/**
 * Moves the step's end by `units` of the axis's smallest unit (Shift+Left/Right), as dragging its right edge does;
 * says the new end as the date field writes it in `lang`.
 */
export function resizeByKey(store: DocumentStore, id: string, units: number, t: Translate, lang: UiLanguage = 'fi'): void {
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
}

/** Ends a keyboard link at `to`: the link is added, or the refusal announced (linking goes on). */
export function finishLink(store: DocumentStore, to: string, t: Translate): void {
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
}

/** Adds a step titled "Uusi askel" in `lane` at `start`, selects it and opens the inspector on its title. */
export function addStepAt(store: DocumentStore, lane: string, start: string, t: Translate): void {
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
}

/**
 * N on a step: a new step in its lane, one unit of the axis after its start:
 * a day or a week later (a day date) on an axis of days or weeks, else a
 * month later (at month precision).
 */
export function addStepAfter(store: DocumentStore, id: string, t: Translate): void {
  const d = store.getState().diagram;
  const step = d.steps.find((s) => s.id === id);
  if (!step) return;
  const g = shownGeometryOf(d);
  const start = axisPrecision(g) === 'day' ? step.start : step.start.slice(0, 7);
  const next = shiftDate(start, unitShift(g, start, 1));
  if (!next.ok) return;
  addStepAt(store, step.lane, next.date, t);
}

/** Pastes a non-empty clip one month later, in place, and selects the pasted steps. */
export function pasteSteps(store: DocumentStore, clip: Clip, t: Translate): void {
  const d = store.getState().diagram;
  const result = pasteClip(d, clip, { months: 1 });
  if (!result.ok) {
    announceRefusal('keys.pasteRefused', result.problems, t);
    return;
  }
  const stepIds = new Set(result.diagram.steps.map((s) => s.id));
  const pasted = (result.created ?? []).filter((id) => stepIds.has(id));
  // a large paste: a version of the diagram as it was is kept first (taken now, stored meanwhile)
  if (pasted.length > PASTE_VERSION_STEPS) void diagramsStorage()?.persistence.keepVersion('paste');
  store.getState().apply(result.diagram);
  useSelection.getState().selectSteps(pasted);
  announce(t('keys.pasted', { count: pasted.length }));
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

