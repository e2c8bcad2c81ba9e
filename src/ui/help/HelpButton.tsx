/**
 * The toolbar's "Ohje / Hjälp / Help", "?" anywhere outside a text field,
 * and F1 (where the browser lets the page have it), outside another dialog: open the help dialog, which (with its
 * words) loads when first asked for. Closing gives the focus back to where it was.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../isTyping';

const HelpDialog = lazy(() => import('./HelpDialog').then((m) => ({ default: m.HelpDialog })));

export function HelpButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const show = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const help = e.key === 'F1' || (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey);
      // F1 types nothing, so it helps from a text field too
      if (!help || e.defaultPrevented || e.isComposing || (e.key === '?' && isTyping(e.target))) return;
      // not over another dialog (present mode, export, a question, this one)
      if (document.querySelector('dialog[open], [aria-modal="true"]:not(dialog)')) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-keyshortcuts="? F1" title={t('guide.helpButtonTitle')} onClick={show}>
        {t('guide.helpButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <HelpDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
