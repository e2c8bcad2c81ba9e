/**
 * "Esimerkkikaavio" with "Aloita oma": the example diagram shown on first
 * start is marked as one while it is open untouched — while the document is
 * that very diagram (`example`: the default as it was opened; null when the
 * browser restored something else). The first edit, opening a file or
 * starting a new diagram replaces the document and the mark goes; undoing
 * every edit brings back the untouched example, and the mark with it. It
 * floats over the canvas (it never moves the view as it comes and goes) and
 * is screen only: never part of the diagram or an export.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagram } from '../../model/types';
import { useDocument, useDocumentStore } from '../../store/documentStore';
import { beginNewDiagram } from './startFlow';

export function ExampleMark({ example }: { example: Diagram | null }) {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const shown = useDocument((s) => example !== null && s.diagram === example);
  const labelId = useId();
  if (!shown) return null;
  return (
    <section className="polku-example" aria-labelledby={labelId}>
      <h2 id={labelId} className="polku-example-label">
        {t('guide.example')}
      </h2>
      <p>{t('guide.exampleText')}</p>
      <button type="button" aria-haspopup="dialog" onClick={() => beginNewDiagram(store.getState().savedToFile)}>
        {t('guide.startOwn')}
      </button>
    </section>
  );
}
