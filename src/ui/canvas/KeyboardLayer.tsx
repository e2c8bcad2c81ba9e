/**
 * Keyboard editing on a focused step (React Flow node): listens in the
 * capture phase so React Flow's own arrow-key moving never runs (positions
 * come from the model) and hands the keys to keyboardKeys.ts, which loads when
 * a step first takes the focus (a key pressed before it is here is done once it is). Renders the live region the commands speak
 * through (there from the start, so that a screen reader hears the first).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../i18n/problems';
import { uiLanguageOf } from '../../i18n/setup';
import { useDocumentStore } from '../../store/documentStore';
import { useKeyboard } from './keyboard';
import type { KeyHandlers } from './keyboardKeys';

/** A key waiting for the keys' code (a click right after it waits too: L, then a click on the target). */
export let keyInFlight: Promise<void> | null = null;

export function KeyboardLayer() {
  const store = useDocumentStore();
  const flow = useReactFlow();
  const { t, i18n } = useTranslation();
  const lang = uiLanguageOf(i18n);
  const message = useKeyboard((s) => s.message);
  const seq = useKeyboard((s) => s.seq);

  useEffect(() => {
    const tr: Translate = (key, options) => t(key, options);
    let handlers: KeyHandlers | null = null;
    let live = true;
    let loading: Promise<KeyHandlers | null> | null = null;
    const load = () =>
      (loading ??= import('./keyboardKeys').then(
        (m) => (live ? (handlers = m.keyHandlers(store, flow, tr, lang)) : null),
        () => ((loading = null), null),
      ));
    const onKey = (e: KeyboardEvent) => {
      if (handlers) handlers.onKey(e);
      // a key pressed before they are here (at once after the focus came) is done when they are;
      // Tab has moved the focus already, as the browser does
      else {
        const done = (keyInFlight = load().then((h) => {
          if (e.key !== 'Tab') h?.onKey(e);
          if (keyInFlight === done) keyInFlight = null;
        }));
      }
    };
    const onFocus = (e: FocusEvent) => {
      if (handlers) handlers.onFocus(e);
      else if (e.target instanceof HTMLElement && e.target.matches('.react-flow__node-step')) void load().then((h) => h?.onFocus(e));
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('focusin', onFocus);
    return () => {
      live = false;
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('focusin', onFocus);
    };
  }, [store, t, flow, lang]);

  // a repeated message differs by a no-break space, so it is announced again
  const text = seq % 2 === 0 ? message : `${message}\u00a0`;
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
