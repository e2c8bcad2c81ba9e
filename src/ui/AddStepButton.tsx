/**
 * "Lisää askel": a new step on the selected step's level (or the first
 * level), at the day or month in the middle of what is on screen, then its title in
 * the inspector. The button's way to what a double click on a lane does.
 */
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { shownGeometryOf } from '../layout/cache';
import { axisPrecision, dateAt } from '../layout/place';
import { useDocument, useDocumentStore } from '../store/documentStore';
import { useSelection } from '../store/sessionStore';
import { addStepAt } from './canvas/keyboard';

export function AddStepButton() {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const flow = useReactFlow();
  const hasLanes = useDocument((s) => s.diagram.lanes.length > 0);
  const onClick = () => {
    const d = store.getState().diagram;
    const selected = useSelection.getState().steps;
    const lane = d.steps.find((s) => s.id === selected[0])?.lane ?? d.lanes[0]?.id;
    if (lane === undefined) return;
    const g = shownGeometryOf(d);
    const canvas = document.querySelector('.polku-canvas')?.getBoundingClientRect();
    // a day on an axis of days or weeks, else a month (dates of one precision compare as strings)
    const first = axisPrecision(g) === 'day' ? g.axis.start : g.axis.start.slice(0, 7);
    let date = first;
    if (canvas) {
      const centre = flow.screenToFlowPosition({ x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 });
      const at = dateAt(g, Math.min(Math.max(centre.x, g.axis.x0), g.axis.x1 - 1));
      if (at >= first) date = at;
    }
    addStepAt(store, lane, date, (key, options) => t(key, options));
  };
  return (
    <button type="button" onClick={onClick} disabled={!hasLanes} title={t('addStepTitle')}>
      {t('addStep')}
    </button>
  );
}
