/** The phases along the time axis: title, start, end (empty = open-ended), colour; add and delete. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { axisMonths } from '../../../layout/axis';
import { monthFromIndex } from '../../../layout/time';
import { addMonths, addPhase, deletePhase, updatePhase, type PhasePatch } from '../../../model/operations';
import type { DateString, Diagram, Phase, Problem } from '../../../model/types';
import { useEdit, useEditProblems } from '../../useEdit';
import { DateField } from '../DateField';
import { TextField } from '../TextField';
import { IdField } from '../IdField';
import { NotesField } from '../NotesField';
import { ColorField } from './ColorField';
import { ListSection } from './ListSection';

/**
 * Where a new phase starts: the month after the last phase ends (after the
 * last one starts, when it is open-ended), or the axis start when there are none.
 */
export function nextPhaseStart(diagram: Diagram): DateString {
  const last = diagram.phases[diagram.phases.length - 1];
  if (last) {
    const shifted = addMonths((last.end ?? last.start).slice(0, 7), 1);
    if (shifted.ok) return shifted.date;
  }
  return monthFromIndex(axisMonths(diagram).first);
}

export function PhasesSection({ diagram }: { diagram: Diagram }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const [added, setAdded] = useState<string | null>(null);
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);
  return (
    <ListSection
      id="polku-doc-phases"
      heading={t('panels.phases.heading')}
      empty={diagram.phases.length === 0 ? t('panels.phases.none') : null}
      refused={refused}
      addLabel={t('panels.phases.add')}
      onAdd={() => {
        const r = edit((d) => addPhase(d, t('panels.phases.newTitle'), nextPhaseStart(d)));
        setRefused(r.ok ? null : r.problems);
        if (r.ok && r.created?.[0]) setAdded(r.created[0]);
      }}
    >
      {diagram.phases.map((phase, i) => (
        <li key={phase.id}>
          <PhaseItem phase={phase} index={i} focus={phase.id === added} onRefused={setRefused} />
        </li>
      ))}
    </ListSection>
  );
}

function PhaseItem({
  phase,
  index,
  focus,
  onRefused,
}: {
  phase: Phase;
  index: number;
  focus: boolean;
  onRefused: (problems: readonly Problem[] | null) => void;
}) {
  const { t } = useTranslation();
  const edit = useEdit();
  const editProblems = useEditProblems();
  const patch = (p: PhasePatch) => {
    return editProblems((d) => updatePhase(d, phase.id, p));
  };
  return (
    <fieldset className="polku-panel-item">
      <legend>{t('panels.phases.item', { n: index + 1 })}</legend>
      <TextField label={t('panels.phases.title')} value={phase.title} autoFocus={focus} onCommit={(v) => patch({ title: v })} />
      <DateField label={t('panels.phases.start')} value={phase.start} onCommit={(date) => patch({ start: date ?? '' })} />
      <DateField label={t('panels.phases.end')} value={phase.end} optional forms={false} hint={t('panels.phases.endHint')} onCommit={(date) => patch({ end: date })} />
      <ColorField label={t('panels.phases.color')} value={phase.color} onChange={(c) => onRefused(patch({ color: c }))} />
      <IdField collection="phases" id={phase.id} hint={false} />
      <NotesField target={{ kind: 'phase', id: phase.id }} value={phase.notes} />
      <div className="polku-actions polku-item-actions">
        <button
          type="button"
          className="is-danger"
          aria-label={t('panels.phases.delete', { title: phase.title })}
          onClick={() => {
            const r = edit((d) => deletePhase(d, phase.id));
            onRefused(r.ok ? null : r.problems);
          }}
        >
          {t('panels.deleteShort')}
        </button>
      </div>
    </fieldset>
  );
}
