/**
 * The exercise timer: 5, 10 or 15 minutes or a typed time; its time left
 * is shown large while present mode runs, and at the end a gentle visual
 * pulse, a polite announcement and (unless turned off) a soft chime say
 * that the time is up.
 * Date.now() and setInterval only, so a test clock can drive it.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMinutes, timeLeftText, TIMER_PRESETS } from './timer';

/** The time now, ticking four times a second while `running`; `sync` reads the clock at once. */
export function useNow(running: boolean): [number, () => void] {
  const [now, setNow] = useState(Date.now);
  const sync = useCallback(() => setNow(Date.now()), []);
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const id = setInterval(tick, 250);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(id);
      clearTimeout(first);
    };
  }, [running]);
  return [now, sync];
}

/** The time left, large; pulsing gently once the time is up. */
export function TimerDisplay({ endsAt, now }: { endsAt: number; now: number }) {
  const { t } = useTranslation();
  const left = endsAt - now;
  const up = left <= 0;
  return (
    <div className={`polku-present-timer ${up ? 'is-up' : ''}`} data-time-up={up ? 'true' : 'false'}>
      <span className="polku-present-timer-time" aria-label={t('present.timeLeft', { time: timeLeftText(left) })}>
        {timeLeftText(left)}
      </span>
      {up && <span className="polku-present-timer-up">{t('present.timeUp')}</span>}
    </div>
  );
}

/** The timer's menu: presets, a typed number of minutes, and Stop. */
export function TimerMenu({
  running,
  chime,
  onChime,
  onStart,
  onStop,
  onClose,
}: {
  running: boolean;
  /** a chime at the end */
  chime: boolean;
  onChime: (on: boolean) => void;
  onStart: (minutes: number) => void;
  onStop: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const [typed, setTyped] = useState('');
  const minutes = parseMinutes(typed);
  return (
    <section className="polku-present-popover" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('present.timerHeading')}</h2>
      <div className="polku-present-row">
        {TIMER_PRESETS.map((m) => (
          <button key={m} type="button" aria-label={t('present.startMinutes', { count: m })} onClick={() => onStart(m)}>
            {t('present.minutes', { count: m })}
          </button>
        ))}
      </div>
      <form
        className="polku-present-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (minutes !== null) onStart(minutes);
        }}
      >
        <label htmlFor={inputId}>{t('present.typedMinutes')}</label>
        <input id={inputId} type="number" min={1} max={180} step="any" inputMode="decimal" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <button type="submit" disabled={minutes === null}>
          {t('present.start')}
        </button>
      </form>
      <label className="polku-present-row">
        <input type="checkbox" checked={chime} onChange={(e) => onChime(e.target.checked)} />
        {t('present.chime')}
      </label>
      <div className="polku-present-row">
        {running && (
          <button type="button" onClick={onStop}>
            {t('present.stopTimer')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('present.close')}
        </button>
      </div>
    </section>
  );
}
