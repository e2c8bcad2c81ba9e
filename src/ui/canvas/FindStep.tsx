/**
 * "Etsi askel / Find step": a button by the zoom controls, and "/" anywhere
 * in the editor. A modal dialog with the name to type and the steps that
 * match (a native listbox); choosing one brings it into view and gives it
 * the keyboard focus — from there Enter edits it, or ends a link being made
 * (L, then Find step, then Enter: no Tab through every step between).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryOf } from '../../layout/cache';
import { findSteps } from '../../layout/findSteps';
import { useDocument } from '../../store/documentStore';
import { useModal } from '../useModal';
import { centreOn } from './fit';
import { focusStep } from './keyboard';
import { isTyping } from '../isTyping';


/** At most this many matches are listed (the count says how many there are). */
const MAX_LISTED = 200;

export function FindStep() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // where the focus goes back to when nothing is chosen
  const opener = useRef<HTMLElement | null>(null);
  const show = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  };
  const close = (chosen: boolean) => {
    setOpen(false);
    if (!chosen) requestAnimationFrame(() => opener.current?.focus());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      // not over another dialog (present mode, export, a question)
      if (document.querySelector('dialog[open], [aria-modal="true"]:not(dialog)')) return;
      e.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" onClick={show} aria-label={t('find.button')} title={t('find.shortcut')} aria-keyshortcuts="/">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="polku-icon">
          <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 10 L14.5 14.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
      {open && <FindStepDialog onClose={close} />}
    </>
  );
}

/** `onClose(true)`: a step was chosen (and takes the focus). */
function FindStepDialog({ onClose }: { onClose: (chosen: boolean) => void }) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const diagram = useDocument((s) => s.diagram);
  const geometry = geometryOf(diagram);
  const ref = useModal(true);
  const titleId = useId();
  const queryId = useId();
  const countId = useId();
  const list = useRef<HTMLSelectElement>(null);
  const [query, setQuery] = useState('');
  const found = useMemo(() => findSteps(diagram, geometry, query), [diagram, geometry, query]);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = found.some((f) => f.id === chosen) ? chosen : (found[0]?.id ?? null);

  const go = (id: string | null) => {
    if (id === null) return;
    const box = geometry.steps.find((s) => s.id === id);
    onClose(true);
    if (!box) return;
    // after the dialog has given the focus back: then to the step, in view
    requestAnimationFrame(() => {
      void centreOn(flow, box);
      focusStep(id);
    });
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="polku-dialog polku-find"
      onClose={() => onClose(false)}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={titleId}>{t('find.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go(current);
        }}
      >
        <label htmlFor={queryId}>{t('find.query')}</label>
        <input
          id={queryId}
          type="search"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-describedby={countId}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && found.length > 0) {
              e.preventDefault();
              list.current?.focus();
            }
            // a search field's own Escape would only empty it: here it closes the dialog, as everywhere else
            if (e.key === 'Escape') {
              e.preventDefault();
              onClose(false);
            }
          }}
        />
        <p id={countId} className="polku-find-count" role="status" aria-live="polite">
          {found.length === 0 ? t('find.none') : t('find.count', { count: found.length })}
        </p>
        <select
          ref={list}
          size={8}
          aria-label={t('find.results')}
          value={current ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          onDoubleClick={() => go(current)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(current);
            }
          }}
        >
          {found.slice(0, MAX_LISTED).map((f) => (
            <option key={f.id} value={f.id}>
              {t('find.option', { title: f.title, lane: f.lane, period: f.period })}
            </option>
          ))}
        </select>
        <div className="polku-confirm-actions">
          <button type="button" onClick={() => onClose(false)}>
            {t('find.cancel')}
          </button>
          <button type="submit" disabled={current === null}>
            {t('find.go')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
