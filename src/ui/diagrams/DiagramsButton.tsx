/**
 * "Omat kaaviot / Mina diagram / My diagrams" in the toolbar, and the host that draws the list while it is
 * open. The list (its words, thumbnails and storage code) loads when first opened.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useDiagrams } from '../../store/sessionStore';

const DiagramsDialog = lazy(() => import('./DiagramsDialog').then((m) => ({ default: m.DiagramsDialog })));

export function DiagramsButton() {
  const { t } = useTranslation();
  const show = useDiagrams((s) => s.show);
  return (
    <button type="button" aria-haspopup="dialog" title={t('diagrams.buttonTitle')} onClick={show}>
      {t('diagrams.button')}
    </button>
  );
}

/** Rendered once, inside the app's providers. */
export function DiagramsDialogHost() {
  const open = useDiagrams((s) => s.open);
  const hide = useDiagrams((s) => s.hide);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <DiagramsDialog onClose={hide} />
    </Suspense>
  );
}
