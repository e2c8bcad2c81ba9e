/** The selected step's every field, edited through the model's operations. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteSteps, duplicateStep, updateStep, type StepPatch } from '../../model/operations';
import type { Diagram, Step } from '../../model/types';
import { useSelection } from '../../store/sessionStore';
import { useEdit, useEditProblems } from '../useEdit';
import { IdField } from './IdField';
import { NotesField } from './NotesField';
import { StepLinks } from './StepLinks';
import { ColorField } from './document/ColorField';
import { DateField } from './DateField';
import { TextField } from './TextField';

export function StepInspector({ diagram, step }: { diagram: Diagram; step: Step }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const editProblems = useEditProblems();
  const selectSteps = useSelection((s) => s.selectSteps);
  const laneId = useId();
  const legendId = useId();
  const patch = (p: StepPatch) => {
    return editProblems((d) => updateStep(d, step.id, p));
  };
  return (
    <div className="polku-inspector-body">
      <TextField label={t('field.title')} value={step.title} multiline hint={t('field.titleHint')} onCommit={(v) => patch({ title: v })} />
      <DateField label={t('field.start')} value={step.start} onCommit={(date) => patch({ start: date ?? '' })} />
      <DateField label={t('field.end')} value={step.end} optional forms={false} hint={t('field.endHint')} onCommit={(date) => patch({ end: date })} />
      <div className="polku-field">
        <label htmlFor={laneId}>{t('field.lane')}</label>
        <select id={laneId} value={step.lane} onChange={(e) => patch({ lane: e.target.value })}>
          {diagram.lanes.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      </div>
      <div className="polku-field">
        <label htmlFor={legendId}>{t('field.legend')}</label>
        <select id={legendId} value={step.legend ?? ''} onChange={(e) => patch({ legend: e.target.value === '' ? null : e.target.value })}>
          <option value="">{t('field.noLegend')}</option>
          {diagram.legend.map((l) => (
            <option key={l.id} value={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      </div>
      <ColorField label={t('field.color')} value={step.color} onChange={(color) => patch({ color })} />
      <StepLinks diagram={diagram} step={step} />
      <TextField
        label={t('field.description')}
        value={step.description ?? ''}
        multiline
        onCommit={(v) => patch({ description: v === '' ? null : v })}
      />
      <NotesField target={{ kind: 'step', id: step.id }} value={step.notes} />
      <IdField collection="steps" id={step.id} />
      <div className="polku-actions">
        <button
          type="button"
          onClick={() => {
            const r = edit((d) => duplicateStep(d, step.id));
            if (r.ok && r.created?.[0]) selectSteps([r.created[0]]);
          }}
        >
          {t('inspector.duplicate')}
        </button>
        <button
          type="button"
          className="is-danger"
          onClick={() => {
            if (edit((d) => deleteSteps(d, [step.id])).ok) selectSteps([]);
          }}
        >
          {t('inspector.deleteStep')}
        </button>
      </div>
    </div>
  );
}
