/** Composition: providers, the toolbar, the canvas and the dialogs. */
import { ReactFlowProvider } from '@xyflow/react';
import type { i18n } from 'i18next';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { ensureLanguage, rememberLanguage } from '../i18n/setup';
import type { UiLanguage } from '../i18n/ui';
import type { Diagram } from '../model/types';
import { DocumentProvider, type DocumentStore } from '../store/documentStore';
import { useSelection, useSession, useUpdate } from '../store/sessionStore';
import { DiagramCanvas } from '../ui/canvas/DiagramCanvas';
import { QuestionDialog } from '../ui/QuestionDialog';
import { FileDrop } from '../ui/FileDrop';
import { Shortcuts } from '../ui/useShortcuts';
import { RecoveryScreen } from '../ui/RecoveryScreen';
import { TestCrash } from '../ui/testCrash';
import { LaunchFiles } from '../ui/LaunchFiles';
import { Outline } from '../ui/Outline';
import { ExampleMark } from '../ui/start/ExampleMark';
import { TemplateGalleryHost } from '../ui/gallery/TemplatesButton';
import { Toolbar } from '../ui/Toolbar';

// The side panels are needed only once something is selected or the diagram panel is opened: their code
// loads then, the first time (not at start-up, where it would only delay drawing the diagram).
const Inspector = lazy(() => import('../ui/inspector/Inspector').then((m) => ({ default: m.Inspector })));

// "A new version is available" loads when one is (src/app/serviceWorker.ts finds it).
const UpdateBanner = lazy(() => import('../ui/UpdateBanner').then((m) => ({ default: m.UpdateBanner })));

function UpdateBannerHost() {
  const available = useUpdate((s) => s.available);
  if (!available) return null;
  return (
    <Suspense fallback={null}>
      <UpdateBanner />
    </Suspense>
  );
}

// "The diagram changed in another tab" loads when it does (src/io/tabSync.ts).
const OtherTabBanner = lazy(() => import('../ui/OtherTabBanner').then((m) => ({ default: m.OtherTabBanner })));

function OtherTabBannerHost() {
  const changed = useSession((s) => s.otherTab !== null);
  if (!changed) return null;
  return (
    <Suspense fallback={null}>
      <OtherTabBanner />
    </Suspense>
  );
}

// A refused file's dialog (and the problem messages it shows) loads with the first refused file.
const ProblemsDialog = lazy(() => import('../ui/ProblemsDialog').then((m) => ({ default: m.ProblemsDialog })));

function ProblemsDialogHost() {
  const asked = useSession((s) => s.refused !== null);
  const [needed, setNeeded] = useState(asked);
  if (asked && !needed) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <ProblemsDialog />
    </Suspense>
  );
}

// The notice of stored records this build could not read (kept aside) loads only when there is one.
const KeptNotice = lazy(() => import('../ui/kept/KeptNotice').then((m) => ({ default: m.KeptNotice })));

function KeptNoticeHost() {
  const any = useSession((s) => s.kept.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <KeptNotice />
    </Suspense>
  );
}

function InspectorHost() {
  const asked = useSelection((s) => s.panel !== 'none');
  // once loaded it stays mounted: it keeps the room of a closing panel while a pointer is down
  const [needed, setNeeded] = useState(asked);
  if (asked && !needed) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Inspector />
    </Suspense>
  );
}

/** `example`: the example diagram the store opened with (marked as one while it is untouched), or null. */
export function App({ store, i18n, example = null }: { store: DocumentStore; i18n: i18n; example?: Diagram | null }) {
  const [lng, setLng] = useState(i18n.language as UiLanguage);

  useEffect(() => {
    document.documentElement.lang = lng;
    document.title = `${i18n.t('appName')} – ${i18n.t('appTagline')}`;
  }, [lng, i18n]);

  const changeLanguage = useCallback(
    async (next: UiLanguage) => {
      try {
        await ensureLanguage(i18n, next);
      } catch {
        return; // the words could not be loaded: the UI stays in its language
      }
      await i18n.changeLanguage(next);
      rememberLanguage(next, safeStorage());
      const url = new URL(window.location.href);
      url.searchParams.set('lang', next);
      window.history.replaceState(null, '', url);
      setLng(next);
    },
    [i18n],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <DocumentProvider store={store}>
        {/* a render error shows the recovery screen; the document, its store and the autosave live on outside it */}
        <ErrorBoundary FallbackComponent={RecoveryScreen}>
          <ReactFlowProvider>
            <div className="polku-app">
              <Toolbar onLanguage={(next) => void changeLanguage(next)} />
              <OtherTabBannerHost />
              <UpdateBannerHost />
              <KeptNoticeHost />
              <div className="polku-workspace">
                <FileDrop>
                  <Outline />
                  <ExampleMark example={example} />
                  <DiagramCanvas />
                  <TestCrash />
                </FileDrop>
                <InspectorHost />
              </div>
              <ProblemsDialogHost />
              <TemplateGalleryHost />
              <QuestionDialog />
              <Shortcuts />
              <LaunchFiles />
            </div>
          </ReactFlowProvider>
        </ErrorBoundary>
      </DocumentProvider>
    </I18nextProvider>
  );
}

export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
