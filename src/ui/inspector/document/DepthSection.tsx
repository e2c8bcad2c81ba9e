/** The depth band: its title and its levels (date and title), 2–10 of them in time order. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDepthLevel, addMonths, removeDepthLevel, setDepth, setDepthTitle, updateDepthLevel } from '../../../model/operations';
import { suggestedDepth } from '../../../model/operations/newDiagram';
import type { ContentLanguage, DateString, Depth, Diagram, Problem } from '../../../model/types';
import { thisMonth } from '../../thisMonth';
import { useEditProblems } from '../../useEdit';
import { DateField } from '../DateField';
import { TextField } from '../TextField';
import { Refusal } from './Refusal';

/** A new level's date: the month after the last level. */
function nextLevelAt(depth: Depth): DateString {
  const last = depth.levels[depth.levels.length - 1];
  if (!last) return new Date().toISOString().slice(0, 7);
  const shifted = addMonths(last.at.slice(0, 7), 1);
  return shifted.ok ? shifted.date : last.at;
}

export function DepthSection({ diagram }: { diagram: Diagram }) {
  const { t, i18n } = useTranslation();
  const run = useEditProblems();
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);
  const [added, setAdded] = useState<number | null>(null);
  const depth = diagram.depth;
  const lang = (diagram.language ?? i18n.language) as ContentLanguage;
  return (
    <section className="polku-panel-section" aria-labelledby="polku-doc-depth">
      <h3 id="polku-doc-depth">{t('panels.depth.heading')}</h3>
      {depth === undefined ? (
        <>
          <p className="polku-hint">{t('panels.depth.none')}</p>
          <Refusal problems={refused} />
          <div className="polku-actions">
            <button type="button" onClick={() => setRefused(run((d) => setDepth(d, suggestedDepth(d, lang, thisMonth()))))}>
              {t('panels.depth.addBand')}
            </button>
          </div>
        </>
      ) : (
        <>
          <TextField label={t('panels.depth.title')} value={depth.title} onCommit={(v) => run((d) => setDepthTitle(d, v))} />
          <ol className="polku-panel-list">
            {depth.levels.map((level, i) => (
              // Levels have no ids: a level is its place in the band.
              <li key={i}>
                <fieldset className="polku-panel-item">
                  <legend>{t('panels.depth.item', { n: i + 1 })}</legend>
                  <DateField label={t('panels.depth.at')} value={level.at} onCommit={(date) => run((d) => updateDepthLevel(d, i, { at: date ?? '' }))} />
                  <TextField
                    label={t('panels.depth.levelTitle')}
                    value={level.title}
                    autoFocus={added === i}
                    onCommit={(v) => run((d) => updateDepthLevel(d, i, { title: v }))}
                  />
                  <div className="polku-actions polku-item-actions">
                    <button
                      type="button"
                      className="is-danger"
                      aria-label={t('panels.depth.remove', { title: level.title })}
                      onClick={() => {
                        setAdded(null);
                        setRefused(run((d) => removeDepthLevel(d, i)));
                      }}
                    >
                      {t('panels.removeShort')}
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          <Refusal problems={refused} />
          <div className="polku-actions">
            <button
              type="button"
              onClick={() => {
                const at = nextLevelAt(depth);
                const problems = run((d) => addDepthLevel(d, at, t('panels.depth.newLevel')));
                setRefused(problems);
                if (!problems) setAdded(depth.levels.length);
              }}
            >
              {t('panels.depth.add')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
