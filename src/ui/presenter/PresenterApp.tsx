/**
 * The presenter view: the second window of present mode (`?presenter`), on
 * the facilitator's own screen. It follows the audience window over the
 * present channel and shows the current and the next stop, the speaker notes,
 * the room's comments and votes, the clock, the time since the talk began and
 * the exercise timer. Keys pressed here (a clicker's too) and its buttons
 * drive the talk — except Escape: the talk is ended only in the audience
 * window, so a stray Escape here cannot end it. It reads nothing from and
 * writes nothing to the browser's storage. Loaded on demand.
 */
import './presenter.css';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { presenterMessages } from '../../i18n/presenter';
import { addMessages } from '../../i18n/setup';
import { stopsOf } from '../../layout/stops';
import { commandOfKey, type PresentCommand, type PresentState } from '../present/channel';
import { clockText, durationText, stopText, type StopText } from './stopText';
import { usePresenterChannel } from './usePresenterChannel';
import { oneLine } from '../../model/oneLine';

export function PresenterApp({ i18n }: { i18n: I18n }) {
  addMessages(i18n, 'presenter', presenterMessages);
  return (
    <I18nextProvider i18n={i18n}>
      <PresenterView />
    </I18nextProvider>
  );
}

export default PresenterApp;

/** Date.now(), again at every whole second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer = 0;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      timer = window.setTimeout(tick, 1000 - (t % 1000) + 5);
    };
    timer = window.setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    return () => window.clearTimeout(timer);
  }, []);
  return now;
}

/** The keys of present mode, from anywhere in this window; Escape ('exit') is ignored here. */
function useCommandKeys(send: (c: PresentCommand) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandOfKey(e);
      if (command === null || command === 'exit') return;
      // Space and Enter on a focused button are that button's click
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      e.preventDefault();
      send(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);
}

function PresenterView() {
  const { t, i18n } = useTranslation();
  const { received, send } = usePresenterChannel();
  useCommandKeys(send);
  const state = received.kind === 'state' ? received.state : null;
  const diagramTitle = state ? oneLine(state.diagram.title) : null;

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('presenter.documentTitle', { title: diagramTitle ?? t('appName') });
  }, [t, i18n.language, diagramTitle]);

  return (
    <div className="polku-presenter">
      <header className="pp-bar">
        <h1 className="pp-heading">
          {t('presenter.heading')}
          {diagramTitle && <span className="pp-diagram">{diagramTitle}</span>}
        </h1>
        <Clocks state={state} />
      </header>
      {state ? (
        <Talk state={state} send={send} />
      ) : (
        <main className="pp-main pp-waiting">
          <div role="status">
            <p className="pp-status">{received.kind === 'ended' ? t('presenter.ended') : t('presenter.waiting')}</p>
            <p className="pp-status-hint">{received.kind === 'ended' ? t('presenter.endedHint') : t('presenter.waitingHint')}</p>
          </div>
        </main>
      )}
    </div>
  );
}

function Clocks({ state }: { state: PresentState | null }) {
  const { t } = useTranslation();
  const now = useNow();
  const left = state?.timerEndsAt != null ? state.timerEndsAt - now : null;
  return (
    <dl className="pp-clocks">
      <div className="pp-clock">
        <dt>{t('presenter.clock')}</dt>
        <dd>
          <time>{clockText(new Date(now))}</time>
        </dd>
      </div>
      {state && (
        <div className="pp-clock">
          <dt>{t('presenter.elapsed')}</dt>
          <dd role="timer" data-testid="elapsed">
            {durationText(now - state.startedAt)}
          </dd>
        </div>
      )}
      {left !== null && (
        <div className={`pp-clock pp-timer ${left <= 0 ? 'is-over' : ''}`}>
          <dt>{t('presenter.timer')}</dt>
          <dd role="timer">{left <= 0 ? `${durationText(0)} · ${t('presenter.timerOver')}` : durationText(left, true)}</dd>
        </div>
      )}
    </dl>
  );
}

function Talk({ state, send }: { state: PresentState; send: (c: PresentCommand) => void }) {
  const { t } = useTranslation();
  const stops = useMemo(() => stopsOf(state.diagram, state.mode), [state.diagram, state.mode]);
  const at = Math.max(0, Math.min(stops.length - 1, state.stop));
  const current = stopText(state.diagram, stops[at]!, t);
  const nextStop = stops[at + 1];
  const next = nextStop ? stopText(state.diagram, nextStop, t) : null;

  return (
    <>
      <main className="pp-main">
        <section className="pp-current" aria-labelledby="pp-now">
          <div className="pp-label-row">
            <h2 id="pp-now" className="pp-label">
              {t('presenter.now')}
            </h2>
            <span className="pp-progress">{t('presenter.progress', { n: at + 1, count: stops.length })}</span>
          </div>
          <div aria-live="polite" aria-atomic="true">
            <p className="pp-current-title">{current.heading}</p>
            {state.blank && <p className="pp-blanked">{t('presenter.blanked')}</p>}
          </div>
          {current.detail && <p className="pp-detail">{current.detail}</p>}
          <Feedback text={current} />
        </section>
        <section className="pp-notes" aria-labelledby="pp-notes-heading">
          <h2 id="pp-notes-heading" className="pp-label">
            {t('presenter.notes')}
          </h2>
          {current.notes.length === 0 ? (
            <>
              <p className="pp-no-notes">{t('presenter.noNotes')}</p>
              <p className="pp-status-hint">{t('presenter.noNotesHint')}</p>
            </>
          ) : (
            current.notes.map((n, i) => (
              <div key={i} className="pp-notes-block">
                {n.label && <h3>{n.label}</h3>}
                <p className="pp-notes-text">{n.text}</p>
              </div>
            ))
          )}
        </section>
        <section className="pp-next" aria-labelledby="pp-next-heading">
          <h2 id="pp-next-heading" className="pp-label">
            {t('presenter.nextUp')}
          </h2>
          <p className="pp-next-title">{next ? next.heading : t('presenter.end')}</p>
        </section>
      </main>
      <nav className="pp-controls" aria-label={t('presenter.controls')}>
        <button type="button" className="pp-previous" onClick={() => send('previous')}>
          {t('presenter.previous')}
        </button>
        <button type="button" className="pp-blank" aria-pressed={state.blank} onClick={() => send('blank')}>
          {t('presenter.blank')}
        </button>
        <button type="button" className="pp-next-button" onClick={() => send('next')}>
          {t('presenter.next')}
        </button>
        <p className="pp-keys">{t('presenter.keys')}</p>
      </nav>
    </>
  );
}

function Feedback({ text }: { text: StopText }) {
  const { t } = useTranslation();
  if (text.comments === 0 && text.votes === 0) return null;
  const parts = [
    text.comments > 0 ? t('presenter.comments', { count: text.comments }) : null,
    text.votes > 0 ? t('presenter.votes', { count: text.votes }) : null,
  ].filter((p): p is string => p !== null);
  return <p className="pp-feedback">{parts.join(' · ')}</p>;
}
