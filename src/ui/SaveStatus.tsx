/** Where the work is kept: "Tallennettu selaimeen · ei tallennettu tiedostoon". */
import { useTranslation } from 'react-i18next';
import { useDocument } from '../store/documentStore';
import { useSession } from '../store/sessionStore';

export function SaveStatus() {
  const { t } = useTranslation();
  const persistence = useSession((s) => s.persistence);
  const savedToFile = useDocument((s) => s.savedToFile);
  // the untouched default diagram has no file to speak of
  const untouchedDefault = useDocument((s) => s.fileName === null && s.savedToFile);
  return (
    <span className={`polku-save-status${persistence === 'failed' ? ' is-error' : ''}`}>
      <span>{t(`persistence.status.${persistence}`)}</span>
      {!untouchedDefault && (
        <>
          <span aria-hidden="true"> · </span>
          <span className={savedToFile ? '' : 'is-unsaved'}>
            {t(savedToFile ? 'persistence.file.saved' : 'persistence.file.notSaved')}
          </span>
        </>
      )}
    </span>
  );
}
