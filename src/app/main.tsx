import '@fontsource/arimo/400.css';
import '@fontsource/arimo/700.css';
import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n, initialLanguage } from '../i18n/setup';
import { createDocumentStore } from '../store/documentStore';
import { App, safeStorage } from './App';
import { loadDefaultDiagram } from './defaultDiagram';

performance.mark('polku:boot');
const i18n = createI18n(initialLanguage(window.location.search, safeStorage()));
const store = createDocumentStore(loadDefaultDiagram());
performance.mark('polku:model-ready');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} i18n={i18n} />
  </StrictMode>,
);
