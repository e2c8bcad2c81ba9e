/** The selected arrow: its text, its direction, deleting it. */
import { useTranslation } from 'react-i18next';
import { deleteLink, reverseLink, updateLink } from '../../model/operations';
import type { Diagram, Link } from '../../model/types';
import { useSelection } from '../../store/sessionStore';
import { useEdit, useEditProblems } from '../useEdit';
import { focusStep } from '../canvas/keyboard';
import { TextField } from './TextField';
import { IdField } from './IdField';

export function LinkInspector({ diagram, link }: { diagram: Diagram; link: Link }) {
  const { t } = useTranslation();
  const edit = useEdit();
  const editProblems = useEditProblems();
  const selectLink = useSelection((s) => s.selectLink);
  const openStep = (id: string) => {
    useSelection.getState().selectSteps([id]);
    focusStep(id);
  };
  const title = (id: string) => diagram.steps.find((s) => s.id === id)?.title.replace(/\u00ad/g, '') ?? id;
  return (
    <div className="polku-inspector-body">
      <p>{t('inspector.linkFromTo', { from: title(link.from), to: title(link.to) })}</p>
      <div className="polku-actions">
        {[link.from, link.to].map((id) => (
          <button key={id} type="button" onClick={() => openStep(id)}>
            {t('inspector.openStep', { title: title(id) })}
          </button>
        ))}
      </div>
      <TextField
        label={t('inspector.linkTitle')}
        value={link.title ?? ''}
        onCommit={(v) => {
          return editProblems((d) => updateLink(d, link.id, { title: v === '' ? null : v }));
        }}
      />
      <IdField collection="links" id={link.id} />
      <div className="polku-actions">
        <button type="button" onClick={() => edit((d) => reverseLink(d, link.id))}>
          {t('inspector.reverseLink')}
        </button>
        <button
          type="button"
          className="is-danger"
          onClick={() => {
            if (edit((d) => deleteLink(d, link.id)).ok) selectLink(null);
          }}
        >
          {t('inspector.deleteLink')}
        </button>
      </div>
    </div>
  );
}
