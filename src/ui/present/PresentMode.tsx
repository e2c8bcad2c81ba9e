/**
 * Present mode (workshop mode), the audience's screen: the path full
 * screen, stop by stop (./camera.ts, src/layout/stops.ts), with the room's
 * comments and votes captured on the way, an exercise timer, the summary,
 * and the presenter window kept in step over ./channel.ts. Loaded on demand.
 */
import './present.css';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { presentMessages } from '../../i18n/present';
import { addMessages } from '../../i18n/setup';
import { geometryOf } from '../../layout/cache';
import { revealedAt, stopsOf, type StopMode } from '../../layout/stops';
import { useDocument } from '../../store/documentStore';
import { usePresent, type PresentPopover } from '../../store/sessionStore';
import { cameraFor, focusOf, type Viewport } from './camera';
import { CapturePanel } from './CapturePanel';
import { commandOfKey, type PresentCommand, type PresentState } from './channel';
import { equivalentStop, navigate, type Position } from './navigation';
import { PresentStage } from './PresentStage';
import { stopContext, stopLabel } from './stopLabel';
import { SummaryMenu } from './SummaryMenu';
import { makeAudioContext, playChime } from './chime';
import { TimerDisplay, TimerMenu, useNow } from './TimerControl';
import { usePresentChannel } from './usePresentChannel';
import { isTyping } from '../isTyping';
import { oneLine } from '../../model/oneLine';

/** The controls fade this long after the pointer last moved. */
const IDLE_MS = 3000;
/** After opening the presenter window, a browser leaving full screen does not end present mode. */
const POPUP_GRACE_MS = 2000;

const isControl = (el: Element | null) => el instanceof HTMLElement && el.closest('button, a[href], summary') !== null;

/** The size of an element's box, following it. */
function useSize(ref: RefObject<HTMLElement | null>): Viewport {
  const [size, setSize] = useState<Viewport>({ width: 1280, height: 720 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** The other words of the editor's page are out of reach while present mode covers it. */
function useInertEditor() {
  useEffect(() => {
    const editor = document.getElementById('root');
    if (!editor) return;
    editor.inert = true;
    return () => {
      editor.inert = false;
    };
  }, []);
}

/** A message for the polite live region; the same text twice differs by a no-break space, so it is said again. */
function useNotice(): [string, (text: string) => void] {
  const notice = usePresent((s) => s.notice);
  const say = usePresent((s) => s.say);
  return [notice.seq % 2 === 0 ? notice.text : `${notice.text}\u00a0`, say];
}

export function PresentMode({ onExit }: { onExit: () => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'present', presentMessages);
  const diagram = useDocument((s) => s.diagram);
  const geometry = geometryOf(diagram);
  const rootRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  const labelId = useId();

  // where the talk is, the timer, the popovers …: the session store's present slice (reset each time present mode opens)
  const mode: StopMode = usePresent((s) => s.mode);
  const setMode = usePresent((s) => s.setMode);
  const stops = useMemo(() => stopsOf(diagram, mode), [diagram, mode]);
  const position: Position = usePresent((s) => s.position);
  const setPosition = usePresent((s) => s.setPosition);
  const stopIndex = Math.min(position.stop, stops.length - 1);
  const stop = stops[stopIndex];
  const reveal = useMemo(() => revealedAt(diagram, stops, stopIndex), [diagram, stops, stopIndex]);
  const label = stopLabel(diagram, stop, t);
  const context = stopContext(diagram, stop);

  const startedAt = usePresent((s) => s.startedAt);
  const timerEndsAt = usePresent((s) => s.timerEndsAt);
  const setTimerEndsAt = usePresent((s) => s.setTimerEndsAt);
  const popover = usePresent((s) => s.popover);
  const setPopover = usePresent((s) => s.setPopover);
  const captureOpen = usePresent((s) => s.captureOpen);
  const setCaptureOpen = usePresent((s) => s.setCaptureOpen);
  const fullscreen = usePresent((s) => s.fullscreen);
  const setFullscreen = usePresent((s) => s.setFullscreen);
  const idle = usePresent((s) => s.idle);
  const setIdle = usePresent((s) => s.setIdle);
  const [notice, say] = useNotice();
  const [now, syncNow] = useNow(timerEndsAt !== null);
  const timeUp = timerEndsAt !== null && now >= timerEndsAt;
  const chimeOn = usePresent((s) => s.chimeOn);
  const setChimeOn = usePresent((s) => s.setChimeOn);
  const audio = useRef<AudioContext | null>(null);
  useEffect(() => {
    if (timeUp && chimeOn && audio.current !== null) playChime(audio.current);
  }, [timeUp, chimeOn]);
  useEffect(
    () => () => {
      void audio.current?.close().catch(() => undefined);
    },
    [],
  );

  const view = useSize(stageRef);
  const camera = cameraFor(geometry, focusOf(geometry, stop, reveal), view);
  // The title card stands centred a little above the middle; over a wide, short diagram that would hide the phase
  // headers and the time axis, so it then stands below them, where it fits.
  const cardRef = useRef<HTMLDivElement>(null);
  const [cardHeight, setCardHeight] = useState(0);
  useLayoutEffect(() => setCardHeight(cardRef.current?.offsetHeight ?? 0), [view.width, view.height, diagram.title, diagram.subtitle]);
  const axisBottom = camera.y + (geometry.axis.y + geometry.axis.height) * camera.scale;
  const cardTop = 0.45 * view.height - cardHeight / 2 < axisBottom + 16 && axisBottom + 16 + cardHeight <= view.height ? axisBottom + 16 : null;

  // ---- leaving ------------------------------------------------------------
  const left = useRef(false);
  const keepOnFullscreenExit = useRef(false);
  const leave = useCallback(() => {
    if (left.current) return;
    left.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onExit();
  }, [onExit]);

  // ---- commands: keys, clicks, buttons and the presenter window alike ------
  const stopCount = stops.length;
  const positionRef = useRef(position);
  useEffect(() => {
    positionRef.current = position;
  });
  const run = useCallback(
    (command: PresentCommand) => {
      if (command === 'exit') {
        leave();
        return;
      }
      const before = positionRef.current;
      const next = navigate(before, command, stopCount);
      positionRef.current = next;
      setPosition(next);
      if (next.blank !== before.blank) say(next.blank ? t('present.blanked') : t('present.unblanked'));
    },
    [leave, stopCount, say, t, setPosition],
  );

  const changeMode = (next: StopMode) => {
    const target = stopsOf(diagram, next);
    const p = positionRef.current;
    const moved = { ...p, stop: equivalentStop(diagram, stops, Math.min(p.stop, stops.length - 1), target) };
    positionRef.current = moved;
    setPosition(moved);
    setMode(next);
  };

  // ---- full screen ----------------------------------------------------------
  const enterFullscreen = useCallback(() => {
    const root = rootRef.current;
    if (!root || typeof root.requestFullscreen !== 'function' || !document.fullscreenEnabled) return;
    root.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const root = rootRef.current;
    let wasFull = false;
    const onChange = () => {
      const full = root !== null && document.fullscreenElement === root;
      setFullscreen(full);
      if (full) wasFull = true;
      else if (wasFull) {
        wasFull = false;
        if (!keepOnFullscreenExit.current) leave();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    enterFullscreen();
    root?.focus();
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [enterFullscreen, leave, setFullscreen]);

  useInertEditor();

  // ---- keys -----------------------------------------------------------------
  // A layout effect: the clicker works from the moment present mode is on screen, not a frame later.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // Before anything else on the page: a command key is present mode's alone.
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target !== null && !root.contains(target) && target !== document.body) return;
      const command = commandOfKey(e);
      if (command === null) return;
      if (isTyping(target)) {
        if (command === 'exit' && target instanceof HTMLElement) {
          // Escape leaves the field first; a second one ends the talk
          e.preventDefault();
          root.focus();
        }
        return;
      }
      // A button's own Space and Enter press it.
      if (isControl(target) && (e.key === ' ' || e.key === 'Enter')) return;
      // In the capture panel, only a clicker's keys move the talk.
      if (target?.closest('.polku-present-capture') && e.key !== 'PageDown' && e.key !== 'PageUp') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (command === 'exit' && popover !== null) {
        setPopover(null);
        return;
      }
      run(command);
    };
    // The editor's own shortcuts (Delete, paste, Escape …) listen on the document and the window:
    // they must not act on the hidden editor. Saving, undo and redo still work (a comment or a vote
    // is one undo step). Stopped at the body, after React (which listens there for this portal).
    const keepInside = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && ['s', 'z', 'y'].includes(key)) return;
      e.stopPropagation();
    };
    const noPaste = (e: ClipboardEvent) => e.stopPropagation();
    const body = document.body;
    window.addEventListener('keydown', onKey, true);
    body.addEventListener('keydown', keepInside);
    body.addEventListener('paste', noPaste);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      body.removeEventListener('keydown', keepInside);
      body.removeEventListener('paste', noPaste);
    };
  }, [run, popover, setPopover]);

  // ---- the controls fade while the pointer rests ------------------------------
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const wake = useCallback(() => {
    setIdle(false);
    if (idleTimer.current !== null) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => setIdle(true), IDLE_MS);
  }, [setIdle]);
  useEffect(() => {
    const first = setTimeout(() => setIdle(true), IDLE_MS);
    return () => {
      clearTimeout(first);
      if (idleTimer.current !== null) clearTimeout(idleTimer.current);
    };
  }, [setIdle]);

  // ---- the presenter window ------------------------------------------------------
  const state = useMemo<PresentState>(
    () => ({ type: 'state', diagram, mode, stop: stopIndex, stopCount, blank: position.blank, startedAt, timerEndsAt }),
    [diagram, mode, stopIndex, stopCount, position.blank, startedAt, timerEndsAt],
  );
  usePresentChannel(state, run);

  const openPresenter = () => {
    // Some browsers leave full screen when a window opens: that must not end the talk.
    keepOnFullscreenExit.current = true;
    setTimeout(() => {
      keepOnFullscreenExit.current = false;
    }, POPUP_GRACE_MS);
    window.open(`?presenter&lang=${encodeURIComponent(i18n.language)}`, 'polku-presenter', 'popup,width=900,height=600');
  };

  const startTimer = (minutes: number) => {
    // made now, on the person's click or key: browsers allow sound only after one (the chime may be turned on later)
    if (audio.current === null) audio.current = makeAudioContext();
    setTimerEndsAt(Date.now() + Math.round(minutes * 60_000));
    syncNow();
    setPopover(null);
    say(t('present.timerStarted', { count: minutes }));
  };
  const stopTimer = () => {
    setTimerEndsAt(null);
    say(t('present.timerStopped'));
  };

  const toggle = (which: Exclude<PresentPopover, null>) => setPopover((p) => (p === which ? null : which));
  const progress = stopCount > 1 ? stopIndex / (stopCount - 1) : 1;
  const atTitle = stop === undefined || stop.kind === 'title';
  const stopKey = `${mode}:${stopIndex}`;

  return createPortal(
    <div
      ref={rootRef}
      className={`polku-present ${idle && popover === null && !atTitle ? 'is-idle' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('present.dialog', { title: oneLine(diagram.title) })}
      aria-describedby={keysId}
      tabIndex={-1}
      onPointerMove={wake}
    >
      <div
        className="polku-present-progress"
        role="progressbar"
        aria-label={t('present.progress')}
        aria-valuemin={1}
        aria-valuemax={stopCount}
        aria-valuenow={stopIndex + 1}
      >
        <div className="polku-present-progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <div className="polku-present-head">
        <p id={labelId} className="polku-present-label" role="status" aria-live="polite" aria-atomic="true" data-stop={stopIndex}>
          {label}
        </p>
        {context && <p className="polku-present-context">{context}</p>}
        {timerEndsAt !== null && <TimerDisplay endsAt={timerEndsAt} now={now} />}
      </div>
      <div className="polku-present-main">
        <div className="polku-present-column">
          <div ref={stageRef} className="polku-present-stage" onClick={() => run('next')}>
            <PresentStage diagram={diagram} geometry={geometry} reveal={reveal} camera={camera} label={label} />
            {atTitle && (
              <div
                ref={cardRef}
                className="polku-present-titlecard"
                style={cardTop === null ? undefined : { top: cardTop, transform: 'translate(-50%, 0)' }}
              >
                <h1>{oneLine(diagram.title)}</h1>
                {diagram.subtitle && <p className="polku-present-subtitle">{oneLine(diagram.subtitle)}</p>}
                <p className="polku-present-keys">{t('present.keys')}</p>
              </div>
            )}
          </div>
          {popover !== null && (
            <div className="polku-present-popover-host">
              {popover === 'timer' && (
                <TimerMenu
                  running={timerEndsAt !== null}
                  chime={chimeOn}
                  onChime={setChimeOn}
                  onStart={startTimer}
                  onStop={stopTimer}
                  onClose={() => setPopover(null)}
                />
              )}
              {popover === 'summary' && <SummaryMenu onResult={say} onClose={() => setPopover(null)} />}
            </div>
          )}
          <nav className="polku-present-bar" aria-label={t('present.controls')}>
            <button type="button" onClick={() => run('previous')} disabled={stopIndex === 0}>
              {t('present.previous')}
            </button>
            <button type="button" onClick={() => run('next')} disabled={stopIndex >= stopCount - 1}>
              {t('present.next')}
            </button>
            <label className="polku-present-mode">
              <span>{t('present.by')}</span>
              <select value={mode} onChange={(e) => changeMode(e.target.value as StopMode)}>
                <option value="phase">{t('present.byPhase')}</option>
                <option value="step">{t('present.byStep')}</option>
              </select>
            </label>
            <span className="polku-present-spacer" />
            <button type="button" aria-expanded={popover === 'timer'} onClick={() => toggle('timer')}>
              {t('present.timer')}
            </button>
            <button type="button" aria-expanded={captureOpen} onClick={() => setCaptureOpen((o) => !o)}>
              {t('present.capture')}
            </button>
            <button type="button" aria-expanded={popover === 'summary'} title={t('present.summaryTitle')} onClick={() => toggle('summary')}>
              {t('present.summary')}
            </button>
            <button type="button" title={t('present.presenterTitle')} onClick={openPresenter}>
              {t('present.presenter')}
            </button>
            {!fullscreen && document.fullscreenEnabled && (
              <button type="button" onClick={enterFullscreen}>
                {t('present.fullscreen')}
              </button>
            )}
            <button type="button" className="is-exit" onClick={leave}>
              {t('present.exit')}
            </button>
          </nav>
        </div>
        {captureOpen && (
          <CapturePanel diagram={diagram} stop={stop} stopKey={stopKey} reveal={reveal} onNotice={say} />
        )}
      </div>
      <p id={keysId} className="sr-only">
        {t('present.keys')}
      </p>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {notice}
      </div>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-timer-announce="">
        {timeUp ? t('present.timeUpAnnounce') : ''}
      </div>
      {position.blank && <div className="polku-present-blank" data-blank="true" onClick={() => run('blank')} />}
    </div>,
    document.body,
  );
}
