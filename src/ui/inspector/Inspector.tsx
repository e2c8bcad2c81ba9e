/** The side panel: the selected step's fields, what a multiple selection allows, or the diagram's own panel. Shown only when needed. */
import { useTranslation } from 'react-i18next';
import { deleteSteps } from '../../model/operations';
import { useDocument } from '../../store/documentStore';
import { useSelection } from '../../store/sessionStore';
import { useEdit } from '../useEdit';
import { useWhenReleased } from '../pointerHeld';
import { DocumentPanel } from './DocumentPanel';
import { LinkInspector } from './LinkInspector';
import { StepInspector } from './StepInspector';
import { usePanelWords } from './panelWords';

export function Inspector() {
  usePanelWords();
  const { t } = useTranslation();
  const diagram = useDocument((s) => s.diagram);
  const selected = useSelection((s) => s.steps);
  const panel = useSelection((s) => s.panel);
  const selectSteps = useSelection((s) => s.selectSteps);
  const edit = useEdit();
  const linkId = useSelection((s) => s.link);
  const selectLink = useSelection((s) => s.selectLink);
  const steps = diagram.steps.filter((s) => selected.includes(s.id));
  const link = linkId ? diagram.links.find((l) => l.id === linkId) : undefined;
  const showsLink = panel === 'selection' && link !== undefined && steps.length === 0;
  const showsDocument = panel === 'document' && steps.length === 0;
  const wanted = showsLink || showsDocument || (panel === 'selection' && steps.length > 0);
  // The panel is a sibling of the canvas: opening or closing it resizes the canvas. Pressing on a step
  // selects it, but the panel opens only once the pointer is up, so that a drag under way is not moved.
  const open = useWhenReleased(wanted, false);
  if (!open) return null;
  // (asked to close while a pointer is down: the room stays, empty, until it is up)
  if (!wanted) return <div className="polku-inspector" aria-hidden="true" />;
  if (showsLink) {
    return (
      <aside className="polku-inspector" aria-labelledby="polku-inspector-title">
        <div className="polku-inspector-head">
          <h2 id="polku-inspector-title">{t('inspector.linkPanel')}</h2>
          <button type="button" aria-label={t('inspector.closePanel')} title={t('inspector.closePanel')} onClick={() => selectLink(null)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <LinkInspector key={link.id} diagram={diagram} link={link} />
      </aside>
    );
  }
  if (showsDocument) return <DocumentPanel />;
  const single = steps.length === 1 ? steps[0]! : null;
  return (
    <aside className="polku-inspector" aria-labelledby="polku-inspector-title">
      <div className="polku-inspector-head">
        <h2 id="polku-inspector-title">{single ? t('inspector.stepPanel') : t('inspector.stepsSelected', { count: steps.length })}</h2>
        <button type="button" aria-label={t('inspector.closePanel')} title={t('inspector.closePanel')} onClick={() => selectSteps([])}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {single ? (
        <StepInspector key={single.id} diagram={diagram} step={single} />
      ) : (
        <div className="polku-actions">
          <button
            type="button"
            className="is-danger"
            onClick={() => {
              if (edit((d) => deleteSteps(d, selected)).ok) selectSteps([]);
            }}
          >
            {t('inspector.deleteSteps')}
          </button>
        </div>
      )}
    </aside>
  );
}
