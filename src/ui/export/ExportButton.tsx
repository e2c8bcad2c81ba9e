/** The toolbar's Export button; the dialog (and the export code behind it) loads when first opened. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

export function ExportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" title={t('exportButtonTitle')} onClick={() => setOpen(true)}>
        {t('exportButton')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
