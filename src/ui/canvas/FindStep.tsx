/**
 * "Etsi askel / Find step": a button by the zoom controls, and "/" anywhere
 * in the editor. A modal dialog with the name to type and the steps that
 * match (a native listbox); choosing one brings it into view and gives it
 * the keyboard focus — from there Enter edits it, or ends a link being made
 * (L, then Find step, then Enter: no Tab through every step between).
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../isTyping';

// the dialog (and the search behind it) loads when first opened
const FindStepDialog = lazy(() => import('./FindStepDialog').then((m) => ({ default: m.FindStepDialog })));

export function FindStep() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // where the focus goes back to when nothing is chosen
  const opener = useRef<HTMLElement | null>(null);
  const show = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  };
  const close = (chosen: boolean) => {
    setOpen(false);
    if (!chosen) requestAnimationFrame(() => opener.current?.focus());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      // not over another dialog (present mode, export, a question)
      if (document.querySelector('dialog[open], [aria-modal="true"]:not(dialog)')) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" onClick={show} aria-label={t('find.button')} title={t('find.shortcut')} aria-keyshortcuts="/">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="polku-icon">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 10 L14.5 14.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
      {open && (
        <Suspense fallback={null}>
          <FindStepDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
