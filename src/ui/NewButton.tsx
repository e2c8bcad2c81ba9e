/**
 * The toolbar's "Uusi" button: asks first when the work is not saved to a
 * file, then opens the start dialog (loaded on demand), whose answers make
 * the new diagram (in the UI's language) with a fresh history. The example
 * mark's "Aloita oma" goes the same way (startFlow.ts). Cancelling either
 * keeps the open diagram; the focus goes back to where it was.
 */
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagram } from '../model/types';
import { useDocument, useDocumentStore } from '../store/documentStore';
import { useSelection } from '../store/sessionStore';
import { ConfirmDialog } from './ConfirmDialog';
import { openAsNew } from './diagrams/diagramsStorage';
import { beginNewDiagram, useStartFlow } from './start/startFlow';

const StartDialog = lazy(() => import('./start/StartDialog').then((m) => ({ default: m.StartDialog })));

export function NewButton() {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const saved = useDocument((s) => s.savedToFile);
  const selectSteps = useSelection((s) => s.selectSteps);
  const step = useStartFlow((s) => s.step);
  const button = useRef<HTMLButtonElement>(null);

  const finish = () => {
    const opener = useStartFlow.getState().opener;
    useStartFlow.setState({ step: 'closed', opener: null });
    // back where the person was (the example's button is gone once a new diagram is open: then to "Uusi")
    requestAnimationFrame(() => (opener?.isConnected ? opener : button.current)?.focus());
  };
  const start = (diagram: Diagram) => {
    // a new entry of "Omat kaaviot": the diagram shown stays stored as it was
    void openAsNew(() => {
      selectSteps([]);
      store.getState().newDocument(diagram);
    }, 'new');
    finish();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => beginNewDiagram(store.getState().savedToFile)}
        data-unsaved={saved ? undefined : 'true'}
      >
        {t('panels.newButton')}
      </button>
      <ConfirmDialog
        open={step === 'confirm'}
        title={t('panels.newConfirmTitle')}
        message={t('panels.newConfirmText')}
        confirmLabel={t('panels.newConfirm')}
        cancelLabel={t('panels.cancel')}
        onConfirm={() => useStartFlow.setState({ step: 'dialog' })}
        onCancel={finish}
      />
      {step === 'dialog' && (
        <Suspense fallback={null}>
          <StartDialog onCancel={finish} onStart={start} />
        </Suspense>
      )}
    </>
  );
}
