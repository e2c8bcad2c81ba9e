/** The diagram's own texts (title, subtitle, credit, description), its time span and axis mode, and its language. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPatterns } from '../../../layout/text/patterns';
import { setAxis, setAxisMode, setDescription, setLanguage, setSource, setSubtitle, setTitle } from '../../../model/operations';
import type { AxisMode, ContentLanguage, Diagram } from '../../../model/types';
import { useEditProblems } from '../../useEdit';
import { DateField } from '../DateField';
import { TextField } from '../TextField';

export function DocumentFields({ diagram }: { diagram: Diagram }) {
  const { t } = useTranslation();
  const run = useEditProblems();
  const optional = (v: string) => (v.trim() === '' ? null : v);
  const languageId = useId();
  const axisModeId = useId();
  const axis = diagram.axis ?? {};
  const language = diagram.language ?? 'fi';
  const axisMode: AxisMode = axis.mode ?? 'time';
  return (
    <section className="polku-panel-section" aria-labelledby="polku-doc-details">
      <h3 id="polku-doc-details">{t('panels.document.heading')}</h3>
      <TextField
        label={t('panels.document.title')}
        value={diagram.title}
        multiline
        hint={t('field.titleHint')}
        onCommit={(v) => run((d) => setTitle(d, v))}
      />
      <TextField
        label={t('panels.document.subtitle')}
        value={diagram.subtitle ?? ''}
        hint={t('panels.document.emptyRemoves')}
        onCommit={(v) => run((d) => setSubtitle(d, optional(v)))}
      />
      <TextField
        label={t('panels.document.source')}
        value={diagram.source ?? ''}
        hint={t('panels.document.emptyRemoves')}
        onCommit={(v) => run((d) => setSource(d, optional(v)))}
      />
      <TextField
        label={t('panels.document.description')}
        value={diagram.description ?? ''}
        multiline
        onCommit={(v) => run((d) => setDescription(d, optional(v)))}
      />
      <DateField
        label={t('panels.document.axisStart')}
        value={axis.start}
        optional
        hint={t('panels.document.axisHint')}
        onCommit={(date) => run((d) => setAxis(d, date, d.axis?.end ?? null))}
      />
      <DateField
        label={t('panels.document.axisEnd')}
        value={axis.end}
        optional
        forms={false}
        hint={t('panels.document.axisHint')}
        onCommit={(date) => run((d) => setAxis(d, d.axis?.start ?? null, date))}
      />
      <fieldset className="polku-choice" aria-describedby={`${axisModeId}-hint`}>
        <legend>{t('panels.document.axisMode')}</legend>
        {(['time', 'phases'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={axisModeId}
              value={mode}
              checked={axisMode === mode}
              onChange={() => run((d) => setAxisMode(d, mode))}
            />
            {t(`panels.document.axisModes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <p id={`${axisModeId}-hint`} className="polku-hint">
        {t('panels.document.axisModeHint')}
      </p>
      <div className="polku-field">
        <label htmlFor={languageId}>{t('panels.document.language')}</label>
        <select
          id={languageId}
          value={language}
          aria-describedby={`${languageId}-hint`}
          onChange={(e) => {
            const next = e.target.value as ContentLanguage;
            // the language's hyphenation patterns first, so the first layout breaks lines right
            void loadPatterns(next)
              .catch(() => undefined)
              .then(() => run((d) => setLanguage(d, next)));
          }}
        >
          {(['fi', 'sv', 'en'] as const).map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
        <p id={`${languageId}-hint`} className="polku-hint">
          {t('panels.document.languageHint')}
        </p>
      </div>
    </section>
  );
}
