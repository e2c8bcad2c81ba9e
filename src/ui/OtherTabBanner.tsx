/** Another tab changed the diagram: say so, and offer to load its version here (loaded when that happens: App.tsx). */
import { useTranslation } from 'react-i18next';
import { addMessages } from '../i18n/setup';
import { otherTabMessages } from '../i18n/otherTab';
import { useSession } from '../store/sessionStore';

export function OtherTabBanner() {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'otherTab', otherTabMessages);
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
