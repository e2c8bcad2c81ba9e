/** The toolbar's Present button ("Esitä"); present mode (and the code and words behind it) loads when first pressed. */
import { lazy, Suspense, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresent } from '../../store/sessionStore';

const PresentMode = lazy(() => import('./PresentMode').then((m) => ({ default: m.PresentMode })));

export function PresentButton() {
  const { t } = useTranslation();
  // open, and where the talk is while it is: the session store's present slice
  const open = usePresent((s) => s.open);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    usePresent.getState().end();
    // back to where the person was, once the editor is reachable again
    setTimeout(() => button.current?.focus(), 0);
  }, []);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" title={t('presentButtonTitle')} onClick={() => usePresent.getState().start(Date.now())}>
        {t('presentButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PresentMode onExit={close} />
        </Suspense>
      )}
    </>
  );
}
