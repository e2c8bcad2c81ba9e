import '@fontsource/arimo/400.css';
import '@fontsource/arimo/700.css';
import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, initialLanguage, loadTranslation } from '../i18n/setup';
import type { UiLanguage } from '../i18n/ui';
import { createIdbAutosaveStorage, VERSIONS_DB } from '../io/autosaveStorage';
import { loadAutosave, startPersistence } from '../io/persistence';
import { isShareFragment } from '../io/shareFragment';
import { newTabId, TAB_CHANNEL } from '../io/tabSync';
import { createDocumentStore } from '../store/documentStore';
import { sameJson } from '../model/sameJson';
import { useSession } from '../store/sessionStore';
import { loadCanvasEditsOnFirstUse } from '../ui/canvas/canvasEdits';
import { setDiagramsStorage } from '../ui/diagrams/diagramsStorage';
import { App, safeStorage } from './App';
import { afterDrawn } from '../ui/afterDrawn';
import { loadDefaultDiagram } from './defaultDiagram';

async function start() {
  performance.mark('polku:boot');
  // a shared link (`#polku=…`): its reader loads only then, while the rest starts up
  const sharedLink = isShareFragment(window.location.hash) ? import('../ui/share/openSharedLink') : null;
  const i18n = await startI18n();
  // What the browser kept of the last session opens instead of the default diagram.
  // this tab's diagram across a reload; else the one this browser showed last
  const storage = createIdbAutosaveStorage();
  const loaded = await loadAutosave(storage, undefined, tabDiagram());
  const kept = 'record' in loaded ? loaded.record : undefined;
  const store = kept
    ? createDocumentStore(kept.diagram, { fileName: kept.fileName, savedToFile: kept.savedToFile })
    : createDocumentStore(loadDefaultDiagram());
  // The example is marked as one while it is the untouched default: shown because nothing was kept,
  // or kept exactly as it came (the page was reloaded before anything was changed).
  const example = !kept || (kept.fileName === null && sameJson(kept.diagram, loadDefaultDiagram())) ? store.getState().diagram : null;
  const tabId = newTabId();
  const persistence = startPersistence({
    document: store,
    session: useSession.getState(),
    storage,
    loaded,
    tabId,
    channel: typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL) : null,
    page: { document, window },
    leaveTarget: window,
    onShown: tabDiagram,
    versionsDb: VERSIONS_DB,
  });
  tabDiagram(storage.currentId());
  setDiagramsStorage({ storage, tabId, persistence });

  performance.mark('polku:model-ready');
  // the canvas's edit operations: asked for when the page is first used, not to draw it
  loadCanvasEditsOnFirstUse(window);

  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <App store={store} i18n={i18n} example={example} />
    </StrictMode>,
  );
  registerServiceWorkerWhenIdle();
  if (sharedLink) void sharedLink.then((m) => m.openSharedLink(store, i18n));
  // a link pasted into the address bar of this very page changes only the fragment: no reload
  window.addEventListener('hashchange', () => {
    if (isShareFragment(window.location.hash)) void import('../ui/share/openSharedLink').then((m) => m.openSharedLink(store, i18n));
  });
  return root;
}

/**
 * The service worker (offline use, a new version offered: src/app/serviceWorker.ts) registers once the
 * diagram is drawn, a moment later, when the browser is idle (afterDrawn.ts): its code and the worker's
 * precaching never compete with drawing the diagram. Production builds only (the dev server has no sw.js).
 */
const REGISTER_AFTER_MS = 2000;

function registerServiceWorkerWhenIdle() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  afterDrawn(
    () =>
      void import('./serviceWorker')
        .then((m) => m.registerServiceWorker())
        // not registered (blocked, or a browser that refuses it): the app works as before, online
        .catch(() => undefined),
    REGISTER_AFTER_MS,
  );
}

/**
 * The presenter window of present mode (`?presenter`): its own small view,
 * loaded on demand. It never starts the autosave nor the tab sync, so it
 * cannot write the document to the browser nor speak for the editor's tab.
 */
async function startPresenter() {
  const i18n = await startI18n();
  const { PresenterApp } = await import('../ui/presenter/PresenterApp');
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <PresenterApp i18n={i18n} />
    </StrictMode>,
  );
  return root;
}

/** This tab's diagram (sessionStorage survives a reload, not a new tab): read, or written when `id` is given. */
function tabDiagram(id?: string): string | null {
  try {
    if (id !== undefined) window.sessionStorage.setItem('polku.diagram', id);
    return window.sessionStorage.getItem('polku.diagram');
  } catch {
    return null;
  }
}

/** The running app's React root (tests unmount it when they are done). */
export const started = new URLSearchParams(window.location.search).has('presenter') ? startPresenter() : start();

/** The UI language's words (Swedish and English load on demand), then its i18next instance. */
async function startI18n() {
  const lng: UiLanguage = initialLanguage(window.location.search, safeStorage());
  // should the words fail to load (offline from a broken cache), the UI speaks Finnish
  const words = await loadTranslation(lng).catch(() => null);
  return createI18n(words ? lng : 'fi', words ? { [lng]: words } : {});
}
