/**
 * The workshop summary ("Yhteenveto"): the room's comments and votes saved
 * as Markdown (.md) and as CSV for a spreadsheet (.csv, UTF-8 with a byte
 * order mark). One button per file: a browser lets one click save one file.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { saveExportFile } from '../../io/files';
import { fileNameFor } from '../../io/fileName';
import { summaryCsvBytes, summaryMarkdown, type SummaryWords } from '../../io/summary';
import type { Diagram } from '../../model/types';
import { useDocumentStore } from '../../store/documentStore';
import { summaryWords } from './summaryWords';

export type SummaryFormat = 'md' | 'csv';

/** The summary file of `d` in `format`: its bytes and the name to save it under. */
export function summaryFile(d: Diagram, format: SummaryFormat, words: SummaryWords): { blob: Blob; name: string } {
  const name = fileNameFor(`${words.summary} – ${d.title}`, format);
  if (format === 'md') return { blob: new Blob([summaryMarkdown(d, words)], { type: 'text/markdown;charset=utf-8' }), name };
  const bytes = summaryCsvBytes(d, words);
  return { blob: new Blob([bytes.slice().buffer as ArrayBuffer], { type: 'text/csv;charset=utf-8' }), name };
}

/** The summary's two buttons; `onResult` gets what to tell the person. */
export function SummaryButtons({ onResult }: { onResult: (text: string) => void }) {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const save = async (format: SummaryFormat) => {
    try {
      const { blob, name } = summaryFile(store.getState().diagram, format, summaryWords(t));
      const written = await saveExportFile(blob, name, format);
      onResult(written === null ? t('present.summaryCancelled') : t('present.summarySaved', { name: written }));
    } catch (e) {
      onResult(t('present.summaryFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="polku-present-row">
      <button type="button" onClick={() => void save('md')}>
        {t('present.summaryMd')}
      </button>
      <button type="button" onClick={() => void save('csv')}>
        {t('present.summaryCsv')}
      </button>
    </div>
  );
}

export function SummaryMenu({ onResult, onClose }: { onResult: (text: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="polku-present-popover" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('present.summaryTitle')}</h2>
      <SummaryButtons onResult={onResult} />
      <div className="polku-present-row">
        <button type="button" onClick={onClose}>
          {t('present.close')}
        </button>
      </div>
    </section>
  );
}
