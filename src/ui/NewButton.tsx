/**
 * The toolbar's "Uusi" button: starts a new diagram (in the UI's language)
 * with a fresh history, asking first when the work is not saved to a file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../i18n/setup';
import { newDiagram } from '../model/operations';
import { useDocument, useDocumentStore } from '../store/documentStore';
import { useSelection } from '../store/selectionStore';
import { ConfirmDialog } from './ConfirmDialog';

export function NewButton() {
  const { t, i18n } = useTranslation();
  const store = useDocumentStore();
  const saved = useDocument((s) => s.savedToFile);
  const selectSteps = useSelection((s) => s.selectSteps);
  const [asking, setAsking] = useState(false);

  const start = () => {
    const lang = isUiLanguage(i18n.language) ? i18n.language : 'fi';
    selectSteps([]);
    store.getState().newDocument(newDiagram(lang));
  };

  return (
    <>
      <button
        type="button"
        onClick={() => {
          if (store.getState().savedToFile) start();
          else setAsking(true);
        }}
        data-unsaved={saved ? undefined : 'true'}
      >
        {t('panels.newButton')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('panels.newConfirmTitle')}
        message={t('panels.newConfirmText')}
        confirmLabel={t('panels.newConfirm')}
        cancelLabel={t('panels.cancel')}
        onConfirm={() => {
          setAsking(false);
          start();
        }}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
