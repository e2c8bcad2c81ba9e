/**
 * What shows when drawing the page failed (a render error): the error in words, Save to a file and Reload.
 * The document store and the autosave live outside what crashed, so the diagram is still in memory and in
 * the browser's storage; Save writes it from memory as the toolbar's Save does. Nothing here clears storage.
 */
import { useEffect, useId, useRef } from 'react';
import type { FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useSession } from '../store/sessionStore';
import { useFileActions } from './useFileActions';

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export function RecoveryScreen({ error }: FallbackProps) {
  const { t } = useTranslation();
  const { save } = useFileActions();
  const notice = useSession((s) => s.notice);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="polku-recovery" aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p>{t('recovery.text')}</p>
      <p className="polku-recovery-error">{t('recovery.error', { message: messageOf(error) || t('unknownError') })}</p>
      <div className="polku-recovery-actions">
        <button type="button" className="is-primary" onClick={() => void save()}>
          {t('recovery.save')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('recovery.reload')}
        </button>
      </div>
      <p className={`polku-recovery-status${notice?.kind === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite">
        {notice ? t(notice.key, notice.params) : ''}
      </p>
    </main>
  );
}
