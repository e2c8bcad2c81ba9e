/**
 * The export dialog: a preview of exactly what will be written, the options
 * (background, PNG resolution and full resolution, PDF paper, workshop notes
 * in or out) and one button per format, plus Copy image; a progress bar while
 * a PNG is made. Loaded on demand.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportMessages } from '../../i18n/export';
import { addMessages } from '../../i18n/setup';
import { saveExportFile } from '../../io/files';
import type { PaperName } from '../../io/export/pdfPage';
import type { PngScale } from '../../io/export/pngSize';
import { useDocument } from '../../store/documentStore';
import { useModal } from '../useModal';
import { DEFAULT_EXPORT, ExportError, exportDiagram, exportSvg, type ExportFormat, type ExportOptions } from './exportDiagram';

type Status = { kind: 'idle' } | { kind: 'working'; format: string } | { kind: 'info' | 'error'; text: string };

const FORMATS: readonly ExportFormat[] = ['svg', 'png', 'pdf'];
const SCALES: readonly PngScale[] = [1, 2, 3];
const PAPERS: readonly PaperName[] = ['A4', 'A3'];

function Choice<T extends string | number>({
  legend,
  name,
  value,
  options,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly T[];
  label: (v: T) => string;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="polku-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o)}>
          <input type="radio" name={name} checked={value === o} onChange={() => onChange(o)} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'export', exportMessages);
  const diagram = useDocument((s) => s.diagram);
  const ref = useModal(true);
  const titleId = useId();
  const hintId = useId();
  const fullHintId = useId();
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** whole percent of a PNG done, or null when no PNG is being made */
  const [percent, setPercent] = useState<number | null>(null);
  const onProgress = (done: number) => setPercent(Math.floor(done * 100));
  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));

  // The preview is the SVG that will be written (with a white page under a transparent one, to be seen).
  const previewUrl = useMemo(() => {
    const { svg } = exportSvg(diagram, { background: 'white', includeNotes: options.includeNotes });
    return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  }, [diagram, options.includeNotes]);
  useEffect(() => () => URL.revokeObjectURL(previewUrl), [previewUrl]);

  const reason = (e: unknown) => (e instanceof ExportError ? t(`export.${e.reason}`) : e instanceof Error ? e.message : String(e));
  const busy = status.kind === 'working';

  const run = async (format: ExportFormat) => {
    setStatus({ kind: 'working', format: format.toUpperCase() });
    try {
      const result = await exportDiagram(diagram, { ...options, format }, format === 'png' ? onProgress : undefined).finally(() => setPercent(null));
      const written = await saveExportFile(result.blob, result.fileName, format);
      if (written === null) {
        setStatus({ kind: 'info', text: t('export.cancelled') });
        return;
      }
      const done = t('export.done', { name: written });
      setStatus({
        kind: 'info',
        text: result.scaledDownTo === null ? done : `${done} ${t('export.scaledDown', { scale: result.scaledDownTo.toFixed(2) })}`,
      });
    } catch (e) {
      setStatus({ kind: 'error', text: t('export.failed', { reason: reason(e) }) });
    }
  };

  const copy = async () => {
    setStatus({ kind: 'working', format: 'PNG' });
    try {
      if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') throw new DOMException('', 'NotAllowedError');
      // the image is made inside the clipboard write, so the browser still sees the click
      const png = exportDiagram(diagram, { ...options, format: 'png' }, onProgress)
        .finally(() => setPercent(null))
        .then((r) => r.blob);
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus({ kind: 'info', text: t('export.copied') });
    } catch (e) {
      const denied = e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError');
      setStatus({ kind: 'error', text: denied ? t('export.clipboardDenied') : t('export.failed', { reason: reason(e) }) });
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="polku-dialog polku-export"
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="polku-export-head">
        <h2 id={titleId}>{t('export.heading')}</h2>
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
      <div className="polku-export-body">
        <div className="polku-export-preview">
          <img src={previewUrl} alt={t('export.preview', { title: diagram.title.replace(/\u00ad/g, '') })} />
        </div>
        <div className="polku-export-options">
          <Choice
            legend={t('export.background')}
            name="background"
            value={options.background}
            options={['white', 'transparent'] as const}
            label={(v) => t(`export.${v}`)}
            onChange={(background) => set({ background })}
          />
          <Choice legend={t('export.scale')} name="scale" value={options.scale} options={SCALES} label={(v) => t(`export.scale${v}`)} onChange={(scale) => set({ scale })} />
          <div className="polku-check">
            <label>
              <input
                type="checkbox"
                checked={options.fullResolution}
                aria-describedby={fullHintId}
                onChange={(e) => set({ fullResolution: e.target.checked })}
              />
              {t('export.fullResolution')}
            </label>
            <p id={fullHintId} className="polku-hint">
              {t('export.fullResolutionHint')}
            </p>
          </div>
          <Choice legend={t('export.paper')} name="paper" value={options.paper} options={PAPERS} label={(v) => v} onChange={(paper) => set({ paper })} />
          <div className="polku-check">
            <label>
              <input
                type="checkbox"
                checked={options.includeNotes}
                aria-describedby={hintId}
                onChange={(e) => set({ includeNotes: e.target.checked })}
              />
              {t('export.includeNotes')}
            </label>
            <p id={hintId} className="polku-hint">
              {t('export.includeNotesHint')}
            </p>
          </div>
          <p className="polku-hint">{t('export.embeds')}</p>
          <div className="polku-actions">
            {FORMATS.map((f) => (
              <button key={f} type="button" className="is-primary" disabled={busy} onClick={() => void run(f)}>
                {t(`export.${f}`)}
              </button>
            ))}
            <button type="button" disabled={busy} onClick={() => void copy()}>
              {t('export.copy')}
            </button>
          </div>
          {busy && percent !== null && <progress className="polku-export-progress" max={100} value={percent} aria-label={t('export.progress')} />}
          <p className={`polku-export-status ${status.kind === 'error' ? 'is-error' : ''}`} role="status" aria-live="polite" aria-busy={busy}>
            {status.kind === 'working' ? t('export.working', { format: status.format }) : status.kind === 'idle' ? '' : status.text}
          </p>
        </div>
      </div>
    </dialog>
  );
}
