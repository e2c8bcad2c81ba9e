/**
 * The depth band: its title and its levels (date and title), 2–10 of them in
 * time order. The model keeps the levels in time order, so a new date moves a
 * level at once (the diagram shows it); the rows on screen keep the order they
 * had while the focus is in the list, and take the new order when it leaves
 * it or the panel closes — a row never moves under the caret, and Tab after a
 * date goes on to the same level's title. Levels have no ids: each row has a
 * key of its own that follows its level (entryKeys.ts).
 */
import { useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDepthLevel, addMonths, removeDepthLevel, setDepth, setDepthTitle, updateDepthLevel, type EditResult } from '../../../model/operations';
import { suggestedDepth } from '../../../model/operations/newDiagram';
import type { ContentLanguage, DateString, Depth, DepthLevel, Diagram, Problem } from '../../../model/types';
import { thisMonth } from '../../thisMonth';
import { useEdit } from '../../useEdit';
import { DateField } from '../DateField';
import { TextField } from '../TextField';
import { Refusal } from './Refusal';
import { keyed, rekey, shownOrder, type Keyed } from './entryKeys';

const sameLevel = (a: DepthLevel, b: DepthLevel) => a.at === b.at && a.title === b.title;
const NO_LEVELS: readonly DepthLevel[] = [];

/** A new level's date: the month after the last level. */
function nextLevelAt(depth: Depth): DateString {
  const last = depth.levels[depth.levels.length - 1];
  if (!last) return new Date().toISOString().slice(0, 7);
  const shifted = addMonths(last.at.slice(0, 7), 1);
  return shifted.ok ? shifted.date : last.at;
}

export function DepthSection({ diagram }: { diagram: Diagram }) {
  const { t, i18n } = useTranslation();
  const edit = useEdit();
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);
  // the key of a level just added (its title takes the focus)
  const [added, setAdded] = useState<number | null>(null);
  const depth = diagram.depth;
  const levels = depth?.levels ?? NO_LEVELS;
  const [track, setTrack] = useState<Keyed<DepthLevel>>(() => keyed(levels));
  // the rows' order while the focus is in the list
  const [frozen, setFrozen] = useState<readonly number[] | null>(null);
  let current = track;
  if (levels !== track.items) {
    // changed elsewhere (undo, a new diagram): the keys follow the levels by what they hold
    current = rekey(track, levels, sameLevel);
    setTrack(current);
  }
  const lang = (diagram.language ?? i18n.language) as ContentLanguage;

  /** Runs an edit; `moved`: the key of the level it changes (or adds), which follows that level. */
  const run = (op: (d: Diagram) => EditResult, moved?: number): Problem[] | null => {
    const r = edit(op);
    if (!r.ok) return r.problems;
    setTrack(rekey(current, r.diagram.depth?.levels ?? NO_LEVELS, sameLevel, moved));
    return null;
  };
  const leave = (e: FocusEvent<HTMLOListElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFrozen(null);
  };

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
          <ol className="polku-panel-list" onFocus={() => setFrozen((f) => f ?? current.keys)} onBlur={leave}>
            {shownOrder(current.keys, frozen).map((key, n) => {
              const i = current.keys.indexOf(key);
              const level = levels[i]!;
              return (
                <li key={key}>
                  <fieldset className="polku-panel-item">
                    <legend>{t('panels.depth.item', { n: n + 1 })}</legend>
                    <DateField label={t('panels.depth.at')} value={level.at} onCommit={(date) => run((d) => updateDepthLevel(d, i, { at: date ?? '' }), key)} />
                    <TextField
                      label={t('panels.depth.levelTitle')}
                      value={level.title}
                      autoFocus={added === key}
                      onCommit={(v) => run((d) => updateDepthLevel(d, i, { title: v }), key)}
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
              );
            })}
          </ol>
          <Refusal problems={refused} />
          <div className="polku-actions">
            <button
              type="button"
              onClick={() => {
                const at = nextLevelAt(depth);
                const problems = run((d) => addDepthLevel(d, at, t('panels.depth.newLevel')), current.next);
                setRefused(problems);
                if (!problems) setAdded(current.next);
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
