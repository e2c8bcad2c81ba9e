/** The commands: Open, Save, the language, and what just happened. */
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/ui';
import { useSession } from '../store/sessionStore';
import { useHistory } from '../store/useHistory';
import { AddStepButton } from './AddStepButton';
import { ViewControls } from './canvas/ViewControls';
import { DocumentButton } from './DocumentButton';
import { DiagramsButton } from './diagrams/DiagramsButton';
import { ExportButton } from './export/ExportButton';
import { HelpButton } from './help/HelpButton';
import { PresentButton } from './present/PresentButton';
import { Logo } from './Logo';
import { NewButton } from './NewButton';
import { SaveStatus } from './SaveStatus';
import { ShareButton } from './share/ShareButton';
import { TemplatesButton } from './gallery/TemplatesButton';
import { useFileActions } from './useFileActions';

/** The arrows of undo and redo (symbols, not words: the buttons are named in words). */
const UNDO_ARROW = '\u21b6';
const REDO_ARROW = '\u21b7';

export function Toolbar({ onLanguage }: { onLanguage: (lng: UiLanguage) => void }) {
  const { t, i18n } = useTranslation();
  const { open, save } = useFileActions();
  const { canUndo, canRedo, undo, redo } = useHistory();
  const notice = useSession((s) => s.notice);
  const noticeText = notice ? t(notice.key, notice.params) : '';
  return (
    <header className="polku-toolbar">
      <div className="polku-brand">
        <Logo />
        <span className="polku-name">{t('appName')}</span>
        <span className="polku-tagline">{t('appTagline')}</span>
      </div>
      <nav aria-label={t('toolbar')} className="polku-commands">
        <NewButton />
        <TemplatesButton />
        <DiagramsButton />
        <button type="button" onClick={() => void open()}>
          {t('open')}
        </button>
        <button type="button" onClick={() => void save()}>
          {t('save')}
        </button>
        {/* undo and redo as the arrows every editor shows, named in words (and shown so on hover) */}
        <button type="button" className="polku-icon-command" onClick={undo} disabled={!canUndo} aria-label={t('undo')} title={`${t('undo')} (Ctrl+Z)`}>
          <span aria-hidden="true">{UNDO_ARROW}</span>
        </button>
        <button type="button" className="polku-icon-command" onClick={redo} disabled={!canRedo} aria-label={t('redo')} title={`${t('redo')} (Ctrl+Shift+Z)`}>
          <span aria-hidden="true">{REDO_ARROW}</span>
        </button>
        <AddStepButton />
        <DocumentButton />
        <ExportButton />
        <ShareButton />
        <PresentButton />
        <HelpButton />
      </nav>
      <div className="polku-status">
        <SaveStatus />
        {/* one line, cut with an ellipsis where it is long (a file's name): the whole of it on hover */}
        <div className={`polku-notice ${notice?.kind === 'error' ? 'is-error' : ''}`} role="status" aria-live="polite" title={noticeText || undefined}>
          {noticeText}
        </div>
      </div>
      <ViewControls />
      <label className="polku-language">
        <span>{t('language')}</span>
        <select value={i18n.language} onChange={(e) => onLanguage(e.target.value as UiLanguage)}>
          {UI_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
