/**
 * Stored records this build could not read (kept aside, never written over): what happened, in words, with
 * a download of exactly what was stored and a way to delete it (after a question). Not modal: the person
 * may go on working. "Close" hides the notice for this page only; the record stays kept, and the notice
 * returns when Polku is next opened, until the person deletes the record. Loaded only when there is one.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keptMessages } from '../../i18n/kept';
import { addMessages } from '../../i18n/setup';
import { keptFileName, keptFileText } from '../../io/keptFile';
import type { KeptRecord } from '../../model/keptRecord';
import { useConfirm, useSession } from '../../store/sessionStore';

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function KeptNotice() {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'kept', keptMessages);
  const kept = useSession((s) => s.kept);
  const discard = useSession((s) => s.discardKept);
  const notify = useSession((s) => s.notify);
  const ask = useConfirm((s) => s.ask);
  const headingId = useId();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const shown = kept.filter((k) => !hidden.has(k.id));
  if (shown.length === 0) return null;

  const message = (k: KeptRecord) =>
    k.reason.kind === 'newer'
      ? t('kept.newer', { version: k.reason.version })
      : k.reason.kind === 'migration'
        ? t('kept.migration', { detail: k.reason.detail })
        : t(k.reason.kind === 'unread' ? 'kept.unread' : 'kept.damaged');

  const download = async (k: KeptRecord) => {
    try {
      const { saveExportFile } = await import('../../io/files');
      const blob = new Blob([keptFileText(k.value)], { type: 'application/json' });
      const written = await saveExportFile(blob, keptFileName(k.value, t('kept.fileSuffix')), 'json');
      if (written) notify({ kind: 'info', key: 'kept.downloaded', params: { name: written } });
    } catch (e) {
      notify({ kind: 'error', key: 'kept.failed', params: { reason: reasonOf(e) } });
    }
  };

  const remove = async (k: KeptRecord) => {
    const yes = await ask({ title: t('kept.discardTitle'), message: t('kept.discardMessage'), confirm: t('kept.discardConfirm'), cancel: t('cancel') });
    if (!yes) return;
    try {
      await discard(k.id);
    } catch (e) {
      notify({ kind: 'error', key: 'kept.failed', params: { reason: reasonOf(e) } });
    }
  };

  return (
    <section className="polku-banner polku-kept" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('kept.heading')}</h2>
      {shown.map((k) => (
        <div key={k.id} className="polku-kept-item">
          <p>{message(k)}</p>
          <button type="button" onClick={() => void download(k)}>
            {t('kept.download')}
          </button>
          <button type="button" onClick={() => void remove(k)}>
            {t('kept.discard')}
          </button>
        </div>
      ))}
      <button type="button" className="polku-kept-close" title={t('kept.closeTitle')} onClick={() => setHidden(new Set(kept.map((k) => k.id)))}>
        {t('kept.close')}
      </button>
    </section>
  );
}
