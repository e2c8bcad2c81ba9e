import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { geometryOf } from '../../layout/cache';
import { useDocument } from '../../store/documentStore';
import { FindStep } from './FindStep';
import { fitDiagram } from './fit';

/** Zoom and fit buttons with the app's own names, in the person's language (in the toolbar, off the diagram). */
export function ViewControls() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const diagram = useDocument((s) => s.diagram);
  return (
    <div className="polku-view-controls" aria-label={t('rf.controls')} role="group">
      <button type="button" onClick={() => void flow.zoomOut({ duration: 150 })} aria-label={t('zoomOut')} title={t('zoomOut')}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={() => void flow.zoomIn({ duration: 150 })} aria-label={t('zoomIn')} title={t('zoomIn')}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={() => void fitDiagram(flow, geometryOf(diagram), 200)}>
        {t('fitView')}
      </button>
      <FindStep />
    </div>
  );
}
