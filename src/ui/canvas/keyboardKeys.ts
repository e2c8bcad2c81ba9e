/**
 * What the keys do on a focused step (KeyboardLayer.tsx listens and hands them here): arrows move it by
 * the axis's smallest unit (a day, a week or a month) or a lane, Shift+Left/Right move its end, Enter
 * opens it in the inspector, L (or Ctrl+L) starts and ends a link, N adds a step after it, Escape
 * cancels linking; Tab to a step not drawn (off screen) brings it into view, and a step the keyboard
 * focused is shown whole. Loaded when a step first takes the focus (or at the first key), not with the app.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Translate } from '../../i18n/problems';
import { keyMessages } from '../../i18n/keys';
import { addWordsEverywhere, loadProblemWords } from '../../i18n/setup';
import type { UiLanguage } from '../../i18n/ui';
import { shownGeometryOf } from '../../layout/cache';
import type { DocumentStore } from '../../store/documentStore';
import { isTyping } from '../isTyping';
import { centreOn, revealBox } from './fit';
import { addStepAfter, cancelLink, editStep, finishLink, focusStep, moveByKey, resizeByKey, startLink, useKeyboard } from './keyboard';

// the words the keys say come with them
addWordsEverywhere('keys', keyMessages);

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * When the step before or after `id` in time order is not rendered (off
 * screen), centres the view on it and focuses it; false when it is rendered
 * (the browser's own Tab reaches it: the DOM is in time order) or there is none.
 */
function tabToHidden(store: DocumentStore, flow: ReactFlowInstance, id: string, by: 1 | -1): boolean {
  const steps = shownGeometryOf(store.getState().diagram).steps;
  const here = steps.find((s) => s.id === id);
  const next = here && steps.find((s) => s.order === here.order + by);
  if (!next || document.querySelector(`.react-flow__node-step[data-id="${CSS.escape(next.id)}"]`)) return false;
  void centreOn(flow, next);
  focusStep(next.id);
  return true;
}

/**
 * Shows the whole of a step the keyboard focused, moving the view no more than it takes: the browser's
 * Tab reaches a step drawn at the canvas's edge, half out of sight, and React Flow moves the view only
 * for a step wholly out of it.
 */
function revealFocused(store: DocumentStore, flow: ReactFlowInstance, node: HTMLElement): void {
  const box = shownGeometryOf(store.getState().diagram).steps.find((s) => s.id === node.dataset['id']);
  const pane = node.closest('.react-flow')?.getBoundingClientRect();
  if (!box || !pane) return;
  const next = revealBox(flow.getViewport(), box, pane);
  if (next) void flow.setViewport(next);
}

export type KeyHandlers = { onKey: (e: KeyboardEvent) => void; onFocus: (e: FocusEvent) => void };

export function keyHandlers(store: DocumentStore, flow: ReactFlowInstance, tr: Translate, lang: UiLanguage): KeyHandlers {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing || isTyping(e.target)) return;
    const linking = useKeyboard.getState().linkFrom !== null;
    if (e.key === 'Escape' && linking) {
      cancelLink(tr);
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    // only on a focused step node itself, not on something inside it
    const node = e.target instanceof HTMLElement && e.target.matches('.react-flow__node-step[data-id]') ? e.target : null;
    const id = node?.dataset['id'];
    if (!id || e.altKey) return;
    const mod = e.ctrlKey || e.metaKey;
    // Only the steps on screen are rendered: Tab to a step off screen first brings it into view.
    if (e.key === 'Tab' && !mod && tabToHidden(store, flow, id, e.shiftKey ? -1 : 1)) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const key = e.key.toLowerCase();
    const arrow = ARROWS[e.key];
    let handled = true;
    if (arrow && !mod && e.shiftKey && arrow[1] === 0) resizeByKey(store, id, arrow[0], tr, lang);
    else if (arrow && !mod) moveByKey(store, id, arrow[0], arrow[1], tr);
    else if (e.key === 'Enter' && !mod) {
      if (linking) finishLink(store, id, tr);
      else editStep(id);
    } else if (key === 'l' && !e.shiftKey) {
      const from = useKeyboard.getState().linkFrom;
      if (from !== null && from !== id) finishLink(store, id, tr);
      else startLink(store, id, tr);
    } else if (key === 'n' && !mod && !e.shiftKey) addStepAfter(store, id, tr);
    else handled = false;
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  };
  // a step has the focus: keyboard editing may begin, and the words of a refused edit load now, not with the app
  const onFocus = (e: FocusEvent) => {
    if (!(e.target instanceof HTMLElement) || !e.target.matches('.react-flow__node-step')) return;
    loadProblemWords().catch(() => undefined);
    // by the keyboard (not a click, which selects the step, and the canvas shows what is selected)
    if (e.target.matches(':focus-visible')) revealFocused(store, flow, e.target);
  };
  return { onKey, onFocus };
}
