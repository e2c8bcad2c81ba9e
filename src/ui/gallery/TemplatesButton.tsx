/**
 * "Mallit / Mallar / Templates" in the toolbar, and the host that draws the
 * template gallery ("Uusi mallista / New from template") while it is open.
 * The gallery (and its words, thumbnails and templates) loads when first
 * opened; anything may open it with openTemplateGallery() (src/store/galleryStore).
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { openTemplateGallery, useGallery } from '../../store/sessionStore';

const TemplateGallery = lazy(() => import('./TemplateGallery').then((m) => ({ default: m.TemplateGallery })));

export function TemplatesButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="polku-gallery-button" aria-haspopup="dialog" title={t('templates.buttonTitle')} onClick={openTemplateGallery}>
      {t('templates.button')}
    </button>
  );
}

/** Rendered once, inside the app's providers. */
export function TemplateGalleryHost() {
  const open = useGallery((s) => s.open);
  const hide = useGallery((s) => s.hide);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <TemplateGallery onClose={hide} />
    </Suspense>
  );
}
