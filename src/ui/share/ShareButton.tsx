/** The toolbar's Share link button; the dialog (and the encoder behind it) loads when first opened. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export function ShareButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" title={t('shareButtonTitle')} onClick={() => setOpen(true)}>
        {t('shareButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
