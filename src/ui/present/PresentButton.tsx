/** The toolbar's Present button ("Esitä"); present mode (and the code and words behind it) loads when first pressed. */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const PresentMode = lazy(() => import('./PresentMode').then((m) => ({ default: m.PresentMode })));

export function PresentButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    // back to where the person was, once the editor is reachable again
    setTimeout(() => button.current?.focus(), 0);
  }, []);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" title={t('presentButtonTitle')} onClick={() => setOpen(true)}>
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
