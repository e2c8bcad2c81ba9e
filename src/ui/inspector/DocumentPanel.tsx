/** The diagram's panel ("Kaavio"): its texts, lanes, phases, depth band and legend. */
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../store/documentStore';
import { useSelection } from '../../store/sessionStore';
import { DepthSection } from './document/DepthSection';
import { DocumentFields } from './document/DocumentFields';
import { LanesSection } from './document/LanesSection';
import { LegendSection } from './document/LegendSection';
import { PhasesSection } from './document/PhasesSection';

export function DocumentPanel() {
  const { t } = useTranslation();
  const diagram = useDocument((s) => s.diagram);
  const openPanel = useSelection((s) => s.openPanel);
  return (
    <aside className="polku-inspector polku-document-panel" aria-labelledby="polku-document-panel-title">
      <div className="polku-inspector-head">
        <h2 id="polku-document-panel-title">{t('panels.heading')}</h2>
        <button type="button" aria-label={t('panels.close')} title={t('panels.close')} onClick={() => openPanel('none')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="polku-inspector-body">
        <DocumentFields diagram={diagram} />
        <LanesSection diagram={diagram} />
        <PhasesSection diagram={diagram} />
        <DepthSection diagram={diagram} />
        <LegendSection diagram={diagram} />
      </div>
    </aside>
  );
}
