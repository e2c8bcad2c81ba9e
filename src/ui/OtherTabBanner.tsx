/** Another tab changed the diagram: say so, and offer to load its version here. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../store/sessionStore';

export function OtherTabBanner() {
  const { t } = useTranslation();
  const otherTab = useSession((s) => s.otherTab);
  const reload = useSession((s) => s.reloadFromStorage);
  const dismiss = useSession((s) => s.setOtherTab);
  if (!otherTab) return null;
  return (
    <div className="polku-banner" role="alert">
      <span>{t('otherTab.message')}</span>
      <button type="button" onClick={() => void reload()}>
        {t('otherTab.load')}
      </button>
      <button type="button" onClick={() => dismiss(null)}>
        {t('otherTab.keep')}
      </button>
    </div>
  );
}
