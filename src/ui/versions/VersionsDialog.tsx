/**
 * "Versiot / Versioner / Versions": the versions kept of the diagram shown (src/io/versions.ts), newest
 * first, each with its time (in the UI's language), why it was kept and what changed in its steps since the
 * one before; each can be previewed (the export's SVG), restored (an ordinary edit of this tab's document:
 * one undo step, stored by the autosave) or saved as a file. The space the versions take is shown against
 * their budget. A native modal <dialog>, loaded on demand from "Omat kaaviot" with its words
 * (src/i18n/versions.ts).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessages, uiLanguageOf } from '../../i18n/setup';
import { versionsMessages } from '../../i18n/versions';
import { fileNameFor } from '../../io/fileName';
import { megabytes } from '../../io/storageSpace';
import { createVersionStorage, type VersionEntry, type VersionRecord } from '../../io/versions';
import { loadPatterns } from '../../layout/text/patterns';
import { summarizeChange, VERSION_BUDGET_BYTES, type ChangeSummary } from '../../model/versions';
import { useDocumentStore } from '../../store/documentStore';
import { useSession } from '../../store/sessionStore';
import { diagramsStorage } from '../diagrams/diagramsStorage';
import { thumbnailUrl } from '../gallery/thumbnail';
import { useModal } from '../useModal';
import { restoreVersion } from './restoreVersion';
import './versions.css';

type Listed = { readonly entry: VersionEntry; readonly record: VersionRecord | undefined; readonly summary: ChangeSummary | null };

export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'versionList', versionsMessages);
  const lang = uiLanguageOf(i18n);
  const ref = useModal(true);
  const titleId = useId();
  const previewId = useId();
  const store = useDocumentStore();
  const notify = useSession((s) => s.notify);
  const storage = useMemo(() => createVersionStorage(), []);
  const wired = diagramsStorage();
  const diagramId = wired?.storage.currentId() ?? null;
  const [list, setList] = useState<readonly Listed[] | null>(null);
  const [used, setUsed] = useState<number | null>(null);
  const [preview, setPreview] = useState<{ readonly savedAt: number; readonly url: string } | null>(null);
  const busy = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const all = await storage.list();
        const mine = all.filter((v) => v.diagramId === diagramId);
        const records = await Promise.all(mine.map((v) => storage.read(v.key)));
        if (cancelled) return;
        setUsed(all.reduce((sum, v) => sum + v.bytes, 0));
        setList(
          mine.map((entry, i) => {
            const record = records[i];
            const older = records[i + 1];
            return { entry, record, summary: record && older ? summarizeChange(older.diagram, record.diagram) : null };
          }),
        );
      } catch (e) {
        if (cancelled) return;
        setList([]);
        notify({ kind: 'error', key: 'versionList.failed', params: { reason: e instanceof Error ? e.message : String(e) } });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [storage, diagramId, notify]);

  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview.url);
    },
    [preview],
  );

  const when = (ms: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  const close = () => ref.current?.close();
  const title = store.getState().diagram.title.replace(/\u00ad/g, '');

  const summaryOf = (s: ChangeSummary | null) => {
    if (s === null) return t('versionList.oldest');
    const parts = [
      s.added > 0 && t('versionList.added', { count: s.added }),
      s.removed > 0 && t('versionList.removed', { count: s.removed }),
      s.moved > 0 && t('versionList.moved', { count: s.moved }),
    ].filter((p): p is string => typeof p === 'string');
    return parts.length ? parts.join(', ') : t('versionList.noStepChanges');
  };

  /** One action at a time; a failure is told. */
  const act = async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } catch (e) {
      notify({ kind: 'error', key: 'versionList.failed', params: { reason: e instanceof Error ? e.message : String(e) } });
    } finally {
      busy.current = false;
    }
  };

  const show = (v: Listed) =>
    act(async () => {
      if (!v.record) return notify({ kind: 'error', key: 'versionList.unreadable' });
      await loadPatterns(v.record.diagram.language ?? 'fi').catch(() => undefined);
      setPreview({ savedAt: v.entry.savedAt, url: thumbnailUrl(v.record.diagram) });
      requestAnimationFrame(() => document.getElementById(previewId)?.focus());
    });

  const restore = (v: Listed) =>
    act(async () => {
      if (!v.record) return notify({ kind: 'error', key: 'versionList.unreadable' });
      const diagram = v.record.diagram;
      await loadPatterns(diagram.language ?? 'fi').catch(() => undefined);
      // what is shown now is kept too, then the version comes back as one edit (Undo takes it back)
      await restoreVersion(store, diagram, wired?.persistence.keepVersion);
      notify({ kind: 'info', key: 'versionList.restored', params: { when: when(v.entry.savedAt) } });
      close();
    });

  const save = (v: Listed) =>
    act(async () => {
      if (!v.record) return notify({ kind: 'error', key: 'versionList.unreadable' });
      const [{ saveJsonFile }, { writeDiagramText }] = await Promise.all([import('../../io/files'), import('../../io/writeDiagram')]);
      // local time, as the list shows it: "2026-12-07 09.13"
      const d = new Date(v.entry.savedAt);
      const two = (n: number) => String(n).padStart(2, '0');
      const stamp = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}.${two(d.getMinutes())}`;
      const result = await saveJsonFile(writeDiagramText(v.record.diagram), fileNameFor(`${v.record.diagram.title} ${stamp}`, 'json'), null, false);
      if (result) notify({ kind: 'info', key: 'versionList.saved', params: { name: result.name } });
    });

  return (
    <dialog ref={ref} aria-labelledby={titleId} className="polku-dialog polku-versions" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="polku-versions-head">
        <h2 id={titleId} tabIndex={-1}>
          {t('versionList.heading', { title })}
        </h2>
        <button type="button" onClick={close}>
          {t('versionList.close')}
        </button>
      </div>
      <p className="polku-versions-intro">{t('versionList.intro')}</p>
      {used !== null && (
        <p className="polku-versions-budget">
          {t('versionList.budget', { used: size(used, lang), budget: megabytes(VERSION_BUDGET_BYTES, lang) })}
        </p>
      )}
      {preview && (
        <figure className="polku-versions-preview" id={previewId} tabIndex={-1} aria-label={t('versionList.previewHeading', { when: when(preview.savedAt) })}>
          <figcaption>{t('versionList.previewHeading', { when: when(preview.savedAt) })}</figcaption>
          <img src={preview.url} alt={t('versionList.previewAlt', { when: when(preview.savedAt) })} />
        </figure>
      )}
      {list === null ? (
        <p role="status">{t('versionList.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('versionList.none')}</p>
      ) : (
        <ul className="polku-versions-list" aria-label={t('versionList.list')}>
          {list.map((v) => {
            const at = when(v.entry.savedAt);
            return (
              <li key={v.entry.savedAt} data-version={v.entry.savedAt}>
                <div className="polku-versions-text">
                  <h3>
                    <time dateTime={new Date(v.entry.savedAt).toISOString()}>{at}</time>
                  </h3>
                  <p>{t(`versionList.reason.${v.entry.reason}`)}</p>
                  <p className="polku-versions-summary">{summaryOf(v.summary)}</p>
                </div>
                <div className="polku-versions-actions">
                  <button type="button" aria-label={t('versionList.previewLabel', { when: at })} onClick={() => void show(v)}>
                    {t('versionList.preview')}
                  </button>
                  <button type="button" aria-label={t('versionList.restoreLabel', { when: at })} onClick={() => void restore(v)}>
                    {t('versionList.restore')}
                  </button>
                  <button type="button" aria-label={t('versionList.saveLabel', { when: at })} onClick={() => void save(v)}>
                    {t('versionList.save')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </dialog>
  );
}

/** A size in the UI's language: kilobytes under a megabyte ("65 kt", "65 kB"), else megabytes. */
function size(bytes: number, lang: string): string {
  if (bytes >= 1_000_000) return megabytes(bytes, lang);
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1000));
}
