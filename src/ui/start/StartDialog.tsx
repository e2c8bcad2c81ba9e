/**
 * The start dialog of "Uusi": a title, the first month (this month to begin
 * with), the levels (the seed's, as an editable suggestion), optionally the
 * phases (a name and a start each), and whether the depth band follows the
 * phases. What it makes comes from the model's newDiagram, so it is always
 * a valid diagram, and nothing in it is dated before the first month.
 * A native modal <dialog>: Escape or Cancel keeps the diagram that was open.
 * Loaded on demand, with its words.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem } from '../../i18n/problems';
import { problemMessages } from '../../i18n/problemMessages';
import { addMessages, uiLanguageOf } from '../../i18n/setup';
import { startMessages } from '../../i18n/start';
import { compareDatePoints } from '../../model/dates';
import { formatDateInput } from '../../model/dateInput';
import { addMonths } from '../../model/operations';
// straight from its module, so that it loads with this dialog (not with the app)
import { newDiagram, newDiagramSuggestion } from '../../model/operations/newDiagram';
import type { DateString, Diagram } from '../../model/types';
import { DateField } from '../inspector/DateField';
import { thisMonth } from '../thisMonth';
import { useModal } from '../useModal';
import './start.css';

type Row = { readonly key: number; readonly title: string };
type PhaseRow = Row & { readonly start: DateString };
type PhaseErrors = { readonly name?: string; readonly start?: string };
type Errors = {
  readonly title?: string;
  readonly lanes: Readonly<Record<number, string>>;
  readonly phases: Readonly<Record<number, PhaseErrors>>;
  readonly general?: string;
};

const NO_ERRORS: Errors = { lanes: {}, phases: {} };
/** A new phase row starts this many months after the one above it. */
const PHASE_STEP_MONTHS = 3;

export function StartDialog({ onCancel, onStart }: { onCancel: () => void; onStart: (diagram: Diagram) => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'start', startMessages);
  addMessages(i18n, 'problem', problemMessages);
  const lang = uiLanguageOf(i18n);
  const ref = useModal(true);
  const form = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const ids = useId();
  const [suggestion] = useState(() => newDiagramSuggestion(lang));
  // rows are keyed by a number of their own (a name may be typed twice, a row moves up when one above goes)
  const nextKey = useRef(suggestion.lanes.length);
  const selected = useRef(false);
  const key = () => nextKey.current++;

  const [title, setTitle] = useState(suggestion.title);
  const [first, setFirst] = useState<DateString>(() => thisMonth());
  const [lanes, setLanes] = useState<readonly Row[]>(() => suggestion.lanes.map((l, i) => ({ key: i, title: l })));
  const [phases, setPhases] = useState<readonly PhaseRow[]>([]);
  const [depth, setDepth] = useState<'phases' | 'off'>('phases');
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  // the row whose first field takes the focus when it appears
  const [added, setAdded] = useState<number | null>(null);

  // where the focus goes once a removed row is gone (right after that render, so it never takes the focus from a later one)
  const focusNext = useRef<string | null>(null);
  const focusLater = (selector: string) => {
    focusNext.current = selector;
  };
  useEffect(() => {
    if (focusNext.current === null) return;
    form.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const addLane = () => {
    const k = key();
    setLanes((ls) => [...ls, { key: k, title: '' }]);
    setAdded(k);
  };
  const removeLane = (k: number, at: number) => {
    setLanes((ls) => ls.filter((l) => l.key !== k));
    // the focus to the next row's name (or the previous, or "Add level")
    focusLater(`[data-lane="${Math.max(0, at - (at === lanes.length - 1 ? 1 : 0))}"] input`);
  };
  const addPhase = () => {
    const k = key();
    setPhases((ps) => {
      const last = ps[ps.length - 1];
      const shifted = last ? addMonths(last.start.slice(0, 7), PHASE_STEP_MONTHS) : null;
      return [...ps, { key: k, title: '', start: shifted?.ok ? shifted.date : first }];
    });
    setAdded(k);
  };
  const removePhase = (k: number) => {
    setPhases((ps) => ps.filter((p) => p.key !== k));
    focusLater('[data-add="phase"]');
  };

  const check = (): Errors => {
    const required = t('start.required');
    const laneErrors: Record<number, string> = {};
    for (const l of lanes) if (l.title.trim() === '') laneErrors[l.key] = required;
    const phaseErrors: Record<number, PhaseErrors> = {};
    phases.forEach((p, i) => {
      const same = phases.findIndex((o, j) => j < i && compareDatePoints(o.start, p.start) === 0);
      const start =
        compareDatePoints(p.start, first) < 0
          ? t('start.phaseBefore', { first: formatDateInput(first, lang) })
          : same >= 0
            ? t('start.sameStart', { n: same + 1 })
            : undefined;
      const name = p.title.trim() === '' ? required : undefined;
      if (name || start) phaseErrors[p.key] = { ...(name ? { name } : {}), ...(start ? { start } : {}) };
    });
    return { ...(title.trim() === '' ? { title: required } : {}), lanes: laneErrors, phases: phaseErrors };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // a date typed but refused stays in its field with the reason: nothing is made from the date before it
    const refused = form.current?.querySelector<HTMLElement>('[data-date] [aria-invalid="true"]');
    const found = check();
    setErrors(found);
    if (refused || found.title || Object.keys(found.lanes).length > 0 || Object.keys(found.phases).length > 0) {
      focusLater('[aria-invalid="true"], [data-error] input');
      return;
    }
    const result = newDiagram(lang, {
      start: first,
      title: title.trim(),
      lanes: lanes.map((l) => l.title.trim()),
      phases: phases.map((p) => ({ title: p.title.trim(), start: p.start })),
      depth,
    });
    if (!result.ok) {
      const tr = (k: string, o?: Record<string, unknown>) => t(k, o);
      setErrors({ ...NO_ERRORS, general: t('start.refused', { problems: result.problems.map((p) => formatProblem(p, tr)).join('; ') }) });
      return;
    }
    onStart(result.diagram);
  };

  const errorId = (what: string) => `${ids}-${what}-error`;
  const fewPhases = depth === 'phases' && phases.length < 2;

  return (
    <dialog
      ref={ref}
      className="polku-dialog polku-start"
      aria-labelledby={titleId}
      onClose={onCancel}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={titleId}>{t('start.title')}</h2>
      <p className="polku-start-intro">{t('start.intro')}</p>
      <form ref={form} onSubmit={submit} noValidate>
        <div className="polku-start-columns">
          <div>
            <div className="polku-field">
              <label htmlFor={`${ids}-title`}>{t('start.diagramTitle')}</label>
              <input
                id={`${ids}-title`}
                type="text"
                value={title}
                autoFocus
                onFocus={(e) => {
                  // the suggestion selected once, so typing replaces it
                  if (selected.current) return;
                  selected.current = true;
                  e.currentTarget.select();
                }}
                onChange={(e) => setTitle(e.target.value)}
                aria-invalid={errors.title ? true : undefined}
                aria-describedby={errors.title ? errorId('title') : undefined}
              />
              {errors.title && (
                <span id={errorId('title')} className="polku-field-error">
                  {errors.title}
                </span>
              )}
            </div>
            <div data-date="">
              <DateField
                label={t('start.firstMonth')}
                value={first}
                hint={t('start.firstMonthNote')}
                onCommit={(d) => {
                  if (d !== null) setFirst(d.slice(0, 7));
                  return null;
                }}
              />
            </div>

            <fieldset className="polku-start-group">
              <legend>{t('start.lanes')}</legend>
              <p className="polku-hint" id={`${ids}-lanes-hint`}>
                {t('start.lanesHint')}
              </p>
              <ol className="polku-start-rows">
                {lanes.map((lane, i) => {
                  const error = errors.lanes[lane.key];
                  const inputId = `${ids}-lane-${lane.key}`;
                  return (
                    <li key={lane.key} className="polku-start-row" data-lane={i}>
                      <label htmlFor={inputId} className="polku-start-rowlabel">
                        {t('start.lane', { n: i + 1 })}
                      </label>
                      <input
                        id={inputId}
                        type="text"
                        value={lane.title}
                        autoFocus={added === lane.key}
                        onChange={(e) => setLanes((ls) => ls.map((l) => (l.key === lane.key ? { ...l, title: e.target.value } : l)))}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId(`lane-${lane.key}`) : undefined}
                      />
                      <button
                        type="button"
                        aria-label={t('start.removeLane', { n: i + 1 })}
                        disabled={lanes.length <= 1}
                        onClick={() => removeLane(lane.key, i)}
                      >
                        {t('start.remove')}
                      </button>
                      {error && (
                        <span id={errorId(`lane-${lane.key}`)} className="polku-field-error polku-start-rowerror">
                          {error}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
              <button type="button" onClick={addLane}>
                {t('start.addLane')}
              </button>
            </fieldset>
            <fieldset className="polku-start-group polku-choice-list" aria-describedby={fewPhases ? `${ids}-depth-note` : undefined}>
              <legend>{t('start.depth')}</legend>
              <label>
                <input type="radio" name={`${ids}-depth`} checked={depth === 'phases'} onChange={() => setDepth('phases')} />
                {t('start.depthPhases')}
              </label>
              <label>
                <input type="radio" name={`${ids}-depth`} checked={depth === 'off'} onChange={() => setDepth('off')} />
                {t('start.depthOff')}
              </label>
              {fewPhases && (
                <p id={`${ids}-depth-note`} className="polku-hint">
                  {t('start.depthNeedsPhases')}
                </p>
              )}
            </fieldset>
          </div>

          <div>
            <fieldset className="polku-start-group">
              <legend>{t('start.phases')}</legend>
              <p className="polku-hint">{t('start.phasesHint')}</p>
              {phases.length === 0 && <p className="polku-start-none">{t('start.noPhases')}</p>}
              <ol className="polku-start-rows">
                {phases.map((phase, i) => {
                  const error = errors.phases[phase.key];
                  const nameId = `${ids}-phase-${phase.key}`;
                  return (
                    <li key={phase.key}>
                      <fieldset className="polku-start-phase">
                        <legend>{t('start.phase', { n: i + 1 })}</legend>
                        <div className="polku-field">
                          <label htmlFor={nameId}>{t('start.phaseTitle')}</label>
                          <input
                            id={nameId}
                            type="text"
                            value={phase.title}
                            autoFocus={added === phase.key}
                            onChange={(e) => setPhases((ps) => ps.map((p) => (p.key === phase.key ? { ...p, title: e.target.value } : p)))}
                            aria-invalid={error?.name ? true : undefined}
                            aria-describedby={error?.name ? errorId(`phase-${phase.key}-name`) : undefined}
                          />
                          {error?.name && (
                            <span id={errorId(`phase-${phase.key}-name`)} className="polku-field-error">
                              {error.name}
                            </span>
                          )}
                        </div>
                        <div data-date="" data-error={error?.start ? '' : undefined}>
                          <DateField
                            label={t('start.phaseStart')}
                            value={phase.start}
                            forms={false}
                            onCommit={(d) => {
                              if (d !== null) setPhases((ps) => ps.map((p) => (p.key === phase.key ? { ...p, start: d } : p)));
                              return null;
                            }}
                          />
                          {error?.start && (
                            <span className="polku-field-error" role="alert">
                              {error.start}
                            </span>
                          )}
                        </div>
                        <button type="button" className="polku-start-remove" aria-label={t('start.removePhase', { n: i + 1 })} onClick={() => removePhase(phase.key)}>
                          {t('start.remove')}
                        </button>
                      </fieldset>
                    </li>
                  );
                })}
              </ol>
              <button type="button" data-add="phase" onClick={addPhase}>
                {t('start.addPhase')}
              </button>
            </fieldset>

          </div>
        </div>

        {errors.general && (
          <p className="polku-field-error" role="alert">
            {errors.general}
          </p>
        )}
        <div className="polku-confirm-actions">
          <button type="button" onClick={onCancel}>
            {t('start.cancel')}
          </button>
          <button type="submit" className="is-primary">
            {t('start.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
