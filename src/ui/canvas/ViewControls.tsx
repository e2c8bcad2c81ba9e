import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { shownGeometryOf } from '../../layout/cache';
import { useDocument } from '../../store/documentStore';
import { FindStep } from './FindStep';
import { fitDiagram } from './fit';
import { useOverviewMap } from './overviewShown';

/** Zoom and fit buttons with the app's own names, in the person's language (in the toolbar, off the diagram). */
export function ViewControls() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const diagram = useDocument((s) => s.diagram);
  const map = useOverviewMap((s) => s.on);
  return (
    <div className="polku-view-controls" aria-label={t('rf.controls')} role="group">
      <button type="button" onClick={() => void flow.zoomOut({ duration: 150 })} aria-label={t('zoomOut')} title={t('zoomOut')}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={() => void flow.zoomIn({ duration: 150 })} aria-label={t('zoomIn')} title={t('zoomIn')}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={() => void fitDiagram(flow, shownGeometryOf(diagram), 200)} aria-label={t('fitView')} title={t('fitView')}>
        {/* four corners of a frame: the whole diagram in view */}
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="polku-icon" fill="none" stroke="currentColor" strokeWidth="1.6">
          <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" />
        </svg>
      </button>
      <FindStep />
      <button
        type="button"
        aria-label={t('rf.minimap')}
        title={t('laptop.mapHint')}
        aria-pressed={map}
        onClick={() => useOverviewMap.setState({ on: !map })}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" className="polku-icon">
          <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <rect x="7" y="7" width="6" height="5" fill="currentColor" />
        </svg>
      </button>
    </div>
  );
}
