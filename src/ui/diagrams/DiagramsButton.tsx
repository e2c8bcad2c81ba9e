/**
 * "Omat kaaviot / Mina diagram / My diagrams" in the toolbar, and the list while it is open. The list (its
 * words, thumbnails and storage code) loads when first opened.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DiagramsDialog = lazy(() => import('./DiagramsDialog').then((m) => ({ default: m.DiagramsDialog })));

export function DiagramsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('diagrams.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DiagramsDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
