/**
 * The share-link dialog: the diagram packed into a link (src/io/shareLink.ts),
 * shown in a read-only field with its length, to copy; workshop notes out
 * unless ticked; the sentence that the diagram travels inside the link and
 * goes to no server. A diagram too large for a link is refused with advice to
 * share the file. Loaded on demand.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessages } from '../../i18n/setup';
import { shareMessages } from '../../i18n/share';
import { encodeShareLink, MAX_SHARE_LINK_CHARS } from '../../io/shareLink';
import { useDocument } from '../../store/documentStore';
import { useModal } from '../useModal';

type Status = { readonly kind: 'idle' } | { readonly kind: 'info' | 'error'; readonly key: string };

/** The app's own address, without its query (the person who opens the link keeps their language) or fragment. */
const appAddress = () => `${window.location.origin}${window.location.pathname}`;

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'share', shareMessages);
  const diagram = useDocument((s) => s.diagram);
  const ref = useModal(true);
  const titleId = useId();
  const travelsId = useId();
  const fieldId = useId();
  const lengthId = useId();
  const hintId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [notes, setNotes] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const link = useMemo(() => encodeShareLink(diagram, { notes, base: appAddress() }), [diagram, notes]);

  const copy = async () => {
    if (!link.ok) return;
    try {
      if (!navigator.clipboard?.writeText) throw new DOMException('', 'NotAllowedError');
      await navigator.clipboard.writeText(link.url);
      setStatus({ kind: 'info', key: 'share.copied' });
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus({ kind: 'error', key: 'share.copyFailed' });
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={travelsId}
      className="polku-dialog polku-share"
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={titleId}>{t('share.heading')}</h2>
      <p id={travelsId}>{t('share.travels')}</p>
      <div className="polku-check">
        <label>
          <input
            type="checkbox"
            checked={notes}
            aria-describedby={hintId}
            onChange={(e) => {
              setNotes(e.target.checked);
              setStatus({ kind: 'idle' });
            }}
          />
          {t('share.includeNotes')}
        </label>
        <p id={hintId} className="polku-hint">
          {t('share.includeNotesHint')}
        </p>
      </div>
      {link.ok ? (
        <div className="polku-field">
          <label htmlFor={fieldId}>{t('share.link')}</label>
          <textarea
            id={fieldId}
            ref={field}
            readOnly
            rows={4}
            value={link.url}
            aria-describedby={lengthId}
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id={lengthId} className="polku-hint">
            {t('share.length', { length: link.length, max: MAX_SHARE_LINK_CHARS })}
          </p>
        </div>
      ) : (
        <p className="polku-share-refusal" role="alert">
          {t('share.tooLong', { length: link.length, max: link.max })}
          {!notes ? '' : ` ${t('share.tooLongNotes')}`}
        </p>
      )}
      <p className={`polku-export-status ${status.kind === 'error' ? 'is-error' : ''}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? '' : t(status.key)}
      </p>
      <div className="polku-confirm-actions">
        {link.ok && (
          <button type="button" className="is-primary" onClick={() => void copy()}>
            {t('share.copy')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
    </dialog>
  );
}
