/** Composition: providers, the toolbar, the canvas and the dialogs. */
import { ReactFlowProvider } from '@xyflow/react';
import type { i18n } from 'i18next';
import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType, type ReactNode } from 'react';
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
import { ExampleMark } from '../ui/start/ExampleMark';
import { TemplateGalleryHost } from '../ui/gallery/TemplatesButton';
import { Toolbar } from '../ui/Toolbar';
import { afterDrawn } from '../ui/afterDrawn';

/**
 * What waits until the diagram is drawn (afterDrawn.ts, a second later), its code loaded then:
 * - the whole diagram as text for screen readers (ui/Outline.tsx): it is not needed to draw it, and at
 *   10,000 steps it is a large part of an edit's work (it follows edits a moment later, never holding back
 *   their drawing);
 * - taking the files the operating system opens the installed app with (ui/LaunchFiles.tsx): the browser's
 *   launchQueue holds them until a consumer is set.
 */
const Outline = lazy(() => import('../ui/Outline').then((m) => ({ default: m.Outline })));
const LaunchFiles = lazy(() => import('../ui/LaunchFiles').then((m) => ({ default: m.LaunchFiles })));
const AFTER_DRAWN_MS = 1000;

function AfterDrawn({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => afterDrawn(() => setShown(true), AFTER_DRAWN_MS), []);
  return shown ? <Suspense fallback={null}>{children}</Suspense> : null;
}

/** The test-only crash hook (ui/testCrash.tsx), loaded only when the address asks for it. */
const TestCrash = new URLSearchParams(window.location.search).get('polku-test') === 'crash' ? lazy(() => import('../ui/testCrash').then((m) => ({ default: m.TestCrash }))) : null;

/**
 * A part of the page whose code loads the first time `useWanted()` is true (not at start-up, where it would
 * only delay drawing the diagram): shown while it is wanted or, with `stay`, kept mounted from then on.
 */
function loadedWhen(useWanted: () => boolean, Part: ComponentType, stay = false) {
  return function Host() {
    const wanted = useWanted();
    const [needed, setNeeded] = useState(wanted);
    if (wanted && !needed) setNeeded(true);
    if (!(stay ? needed : wanted)) return null;
    return (
      <Suspense fallback={null}>
        <Part />
      </Suspense>
    );
  };
}

// The side panels, once something is selected or the diagram panel is opened; once loaded they stay
// mounted: they keep the room of a closing panel while a pointer is down.
const InspectorHost = loadedWhen(
  () => useSelection((s) => s.panel !== 'none'),
  lazy(() => import('../ui/inspector/Inspector').then((m) => ({ default: m.Inspector }))),
  true,
);

// "A new version is available", when one is (src/app/serviceWorker.ts finds it).
const UpdateBannerHost = loadedWhen(
  () => useUpdate((s) => s.available),
  lazy(() => import('../ui/UpdateBanner').then((m) => ({ default: m.UpdateBanner }))),
);

// "The diagram changed in another tab", when it does (src/io/tabSync.ts).
const OtherTabBannerHost = loadedWhen(
  () => useSession((s) => s.otherTab !== null),
  lazy(() => import('../ui/OtherTabBanner').then((m) => ({ default: m.OtherTabBanner }))),
);

// A refused file's dialog (and the problem messages it shows), with the first refused file.
const ProblemsDialogHost = loadedWhen(
  () => useSession((s) => s.refused !== null),
  lazy(() => import('../ui/ProblemsDialog').then((m) => ({ default: m.ProblemsDialog }))),
  true,
);

// The notice of stored records this build could not read (kept aside), while there is one.
const KeptNoticeHost = loadedWhen(
  () => useSession((s) => s.kept.length > 0),
  lazy(() => import('../ui/kept/KeptNotice').then((m) => ({ default: m.KeptNotice }))),
);

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
                  <AfterDrawn>
                    <Outline />
                    <LaunchFiles />
                  </AfterDrawn>
                  <ExampleMark example={example} />
                  <DiagramCanvas />
                  {TestCrash && (
                    <Suspense fallback={null}>
                      <TestCrash />
                    </Suspense>
                  )}
                </FileDrop>
                <InspectorHost />
              </div>
              <ProblemsDialogHost />
              <TemplateGalleryHost />
              <QuestionDialog />
              <Shortcuts />
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
