/** The legend: kinds of step, each a title and a colour; add and delete (steps using one lose the reference). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLegendEntry, deleteLegendEntry, updateLegendEntry, type LegendEntryPatch } from '../../../model/operations';
import type { Diagram, LegendEntry, Problem } from '../../../model/types';
import { useEdit, useEditProblems } from '../../useEdit';
import { TextField } from '../TextField';
import { IdField } from '../IdField';
import { ColorField } from './ColorField';
import { ListSection } from './ListSection';

export function LegendSection({ diagram }: { diagram: Diagram }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const [added, setAdded] = useState<string | null>(null);
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);
  return (
    <ListSection
      id="polku-doc-legend"
      heading={t('panels.legend.heading')}
      empty={diagram.legend.length === 0 ? t('panels.legend.none') : null}
      refused={refused}
      addLabel={t('panels.legend.add')}
      onAdd={() => {
        const r = edit((d) => addLegendEntry(d, t('panels.legend.newTitle')));
        setRefused(r.ok ? null : r.problems);
        if (r.ok && r.created?.[0]) setAdded(r.created[0]);
      }}
    >
      {diagram.legend.map((entry, i) => (
        <li key={entry.id}>
          <LegendItem entry={entry} index={i} focus={entry.id === added} onRefused={setRefused} />
        </li>
      ))}
    </ListSection>
  );
}

function LegendItem({
  entry,
  index,
  focus,
  onRefused,
}: {
  entry: LegendEntry;
  index: number;
  focus: boolean;
  onRefused: (problems: readonly Problem[] | null) => void;
}) {
  const { t } = useTranslation();
  const edit = useEdit();
  const editProblems = useEditProblems();
  const patch = (p: LegendEntryPatch) => {
    return editProblems((d) => updateLegendEntry(d, entry.id, p));
  };
  return (
    <fieldset className="polku-panel-item">
      <legend>{t('panels.legend.item', { n: index + 1 })}</legend>
      <TextField label={t('panels.legend.title')} value={entry.title} autoFocus={focus} onCommit={(v) => patch({ title: v })} />
      <ColorField label={t('panels.legend.color')} value={entry.color} onChange={(c) => onRefused(patch({ color: c }))} />
      <IdField collection="legend" id={entry.id} hint={false} />
      <div className="polku-actions polku-item-actions">
        <button
          type="button"
          className="is-danger"
          aria-label={t('panels.legend.delete', { title: entry.title })}
          onClick={() => {
            const r = edit((d) => deleteLegendEntry(d, entry.id));
            onRefused(r.ok ? null : r.problems);
          }}
        >
          {t('panels.deleteShort')}
        </button>
      </div>
    </fieldset>
  );
}
