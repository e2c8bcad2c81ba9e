/**
 * "Omat kaaviot / Mina diagram / My diagrams" in the toolbar, and the list while it is open; from the list,
 * the versions of the diagram shown ("Versiot"). Each dialog (its words and code) loads when first opened.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const DiagramsDialog = lazy(() => import('./DiagramsDialog').then((m) => ({ default: m.DiagramsDialog })));
const VersionsDialog = lazy(() => import('../versions/VersionsDialog').then((m) => ({ default: m.VersionsDialog })));

export function DiagramsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'diagrams' | 'versions' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen('diagrams')}>
        {t('diagrams.button')}
      </button>
      {open === 'diagrams' && (
        <Suspense fallback={null}>
          <DiagramsDialog onClose={() => setOpen(null)} onVersions={() => setOpen('versions')} />
        </Suspense>
      )}
      {open === 'versions' && (
        <Suspense fallback={null}>
          <VersionsDialog
            onClose={() => {
              setOpen(null);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
