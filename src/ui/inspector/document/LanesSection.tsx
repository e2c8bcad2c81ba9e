/**
 * The lanes, top to bottom: rename, recolour, reorder, delete (asking first
 * when steps go with the lane), add.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLane, deleteLane, moveLane, updateLane, type LanePatch } from '../../../model/operations';
import type { Diagram, Lane, Problem } from '../../../model/types';
import { useEdit, useEditProblems } from '../../useEdit';
import { TextField } from '../TextField';
import { IdField } from '../IdField';
import { ColorField } from './ColorField';
import { ListSection } from './ListSection';
import { ConfirmDialog } from '../../ConfirmDialog';

/** What deleting the lane takes with it. */
export function laneContents(diagram: Diagram, laneId: string): { steps: number; links: number } {
  const steps = new Set(diagram.steps.filter((s) => s.lane === laneId).map((s) => s.id));
  const links = diagram.links.filter((l) => steps.has(l.from) || steps.has(l.to)).length;
  return { steps: steps.size, links };
}

export function LanesSection({ diagram }: { diagram: Diagram }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const [added, setAdded] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [refused, setRefused] = useState<readonly Problem[] | null>(null);

  const remove = (id: string) => {
    const r = edit((d) => deleteLane(d, id));
    setRefused(r.ok ? null : r.problems);
  };
  const askRemove = (lane: Lane) => {
    if (laneContents(diagram, lane.id).steps > 0) setPending(lane.id);
    else remove(lane.id);
  };
  const pendingLane = diagram.lanes.find((l) => l.id === pending) ?? null;
  const contents = pendingLane ? laneContents(diagram, pendingLane.id) : { steps: 0, links: 0 };

  return (
    <ListSection
      id="polku-doc-lanes"
      heading={t('panels.lanes.heading')}
      refused={refused}
      addLabel={t('panels.lanes.add')}
      onAdd={() => {
        const r = edit((d) => addLane(d, t('panels.lanes.newTitle')));
        setRefused(r.ok ? null : r.problems);
        if (r.ok && r.created?.[0]) setAdded(r.created[0]);
      }}
      after={
          <ConfirmDialog
            open={pendingLane !== null}
            title={t('panels.lanes.confirmTitle')}
            message={t('panels.lanes.confirmText', { title: pendingLane?.title ?? '', steps: contents.steps, links: contents.links })}
            confirmLabel={t('panels.lanes.confirm')}
            cancelLabel={t('panels.cancel')}
            onConfirm={() => {
              if (pendingLane) remove(pendingLane.id);
              setPending(null);
            }}
            onCancel={() => setPending(null)}
          />
      }
    >
      {diagram.lanes.map((lane, i) => (
        <li key={lane.id}>
          <LaneItem
            lane={lane}
            index={i}
            count={diagram.lanes.length}
            focus={lane.id === added}
            onDelete={() => askRemove(lane)}
            onRefused={setRefused}
          />
        </li>
      ))}
    </ListSection>
  );
}

function LaneItem({
  lane,
  index,
  count,
  focus,
  onDelete,
  onRefused,
}: {
  lane: Lane;
  index: number;
  count: number;
  focus: boolean;
  onDelete: () => void;
  onRefused: (problems: readonly Problem[] | null) => void;
}) {
  const { t } = useTranslation();
  const edit = useEdit();
  const editProblems = useEditProblems();
  const patch = (p: LanePatch) => {
    return editProblems((d) => updateLane(d, lane.id, p));
  };
  const move = (to: number) => {
    const r = edit((d) => moveLane(d, lane.id, to));
    onRefused(r.ok ? null : r.problems);
  };
  return (
    <fieldset className="polku-panel-item">
      <legend>{t('panels.lanes.item', { n: index + 1 })}</legend>
      <TextField label={t('panels.lanes.title')} value={lane.title} autoFocus={focus} onCommit={(v) => patch({ title: v })} />
      <ColorField label={t('panels.lanes.color')} value={lane.color} onChange={(c) => onRefused(patch({ color: c }))} />
      <IdField collection="lanes" id={lane.id} hint={false} />
      <div className="polku-actions polku-item-actions">
        <button
          type="button"
          aria-label={t('panels.lanes.moveUp', { title: lane.title })}
          disabled={index === 0}
          onClick={() => move(index - 1)}
        >
          {t('panels.moveUpShort')}
        </button>
        <button
          type="button"
          aria-label={t('panels.lanes.moveDown', { title: lane.title })}
          disabled={index === count - 1}
          onClick={() => move(index + 1)}
        >
          {t('panels.moveDownShort')}
        </button>
        <button type="button" className="is-danger" aria-label={t('panels.lanes.delete', { title: lane.title })} onClick={onDelete}>
          {t('panels.deleteShort')}
        </button>
      </div>
    </fieldset>
  );
}
