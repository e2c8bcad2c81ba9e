/** The toolbar's "Kaavio" button: opens and closes the diagram's panel (a selection gives way to it). */
import { useTranslation } from 'react-i18next';
import { useSelection } from '../store/sessionStore';
import { focusDocumentPanel } from './canvas/keyboard';

export function DocumentButton() {
  const { t } = useTranslation();
  const open = useSelection((s) => s.panel === 'document' && s.steps.length === 0);
  const selectSteps = useSelection((s) => s.selectSteps);
  const openPanel = useSelection((s) => s.openPanel);
  return (
    <button
      type="button"
      aria-pressed={open}
      title={t('panels.documentButtonTitle')}
      onClick={() => {
        if (open) {
          openPanel('none');
        } else {
          selectSteps([]);
          openPanel('document');
          focusDocumentPanel();
        }
      }}
    >
      {t('panels.documentButton')}
    </button>
  );
}
