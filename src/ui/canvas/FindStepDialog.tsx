/** The Find step dialog (FindStep.tsx): the name to type and the steps that match; loaded when first opened. */
import { useReactFlow } from '@xyflow/react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findMessages } from '../../i18n/find';
import { addMessages } from '../../i18n/setup';
import { shownGeometryOf } from '../../layout/cache';
import { findSteps } from '../../layout/findSteps';
import { useDocument } from '../../store/documentStore';
import { useModal } from '../useModal';
import { centreOn } from './fit';
import { focusStep } from './keyboard';

/** At most this many matches are listed (the count says how many there are). */
const MAX_LISTED = 200;

/** `onClose(true)`: a step was chosen (and takes the focus). */
export function FindStepDialog({ onClose }: { onClose: (chosen: boolean) => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'find', findMessages);
  const flow = useReactFlow();
  const diagram = useDocument((s) => s.diagram);
  const geometry = shownGeometryOf(diagram);
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
