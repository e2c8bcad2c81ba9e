/**
 * "A new version is available – Update": offered when a new version of the app has installed (src/app/serviceWorker.ts).
 * Not a dialog: the person updates when it suits them. Update is disabled, and says why, while changes are not yet
 * stored in the browser (the reload would lose them) and while present mode is open (the talk goes on undisturbed).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessages } from '../i18n/setup';
import { updateMessages } from '../i18n/update';
import { useDocument } from '../store/documentStore';
import { usePresent, useSession, useUpdate } from '../store/sessionStore';

export function UpdateBanner() {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'update', updateMessages);
  const reasonId = useId();
  const available = useUpdate((s) => s.available);
  const apply = useUpdate((s) => s.apply);
  const persistence = useSession((s) => s.persistence);
  const savedToFile = useDocument((s) => s.savedToFile);
  const presenting = usePresent((s) => s.open);
  if (!available) return null;
  // storing in the browser failed, but what is open is saved to its file: nothing is lost by the reload
  const stored = persistence === 'saved-in-browser' || (persistence === 'failed' && savedToFile);
  const reason = presenting ? 'update.waitPresent' : stored ? null : persistence === 'saving' ? 'update.waitSaving' : 'update.waitFailed';
  return (
    <div className="polku-banner polku-update" role="status">
      <span>{t('update.message')}</span>
      <button type="button" onClick={apply} disabled={reason !== null} aria-describedby={reason ? reasonId : undefined}>
        {t('update.apply')}
      </button>
      {reason && (
        <span id={reasonId} className="polku-update-reason">
          {t(reason)}
        </span>
      )}
    </div>
  );
}
