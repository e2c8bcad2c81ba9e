/** The diagram's own texts: title, subtitle, credit and description. */
import { useTranslation } from 'react-i18next';
import { setDescription, setSource, setSubtitle, setTitle } from '../../../model/operations';
import type { Diagram } from '../../../model/types';
import { useEditProblems } from '../../useEdit';
import { TextField } from '../TextField';

export function DocumentFields({ diagram }: { diagram: Diagram }) {
  const { t } = useTranslation();
  const run = useEditProblems();
  const optional = (v: string) => (v.trim() === '' ? null : v);
  return (
    <section className="polku-panel-section" aria-labelledby="polku-doc-details">
      <h3 id="polku-doc-details">{t('panels.document.heading')}</h3>
      <TextField
        label={t('panels.document.title')}
        value={diagram.title}
        multiline
        hint={t('field.titleHint')}
        onCommit={(v) => run((d) => setTitle(d, v))}
      />
      <TextField
        label={t('panels.document.subtitle')}
        value={diagram.subtitle ?? ''}
        hint={t('panels.document.emptyRemoves')}
        onCommit={(v) => run((d) => setSubtitle(d, optional(v)))}
      />
      <TextField
        label={t('panels.document.source')}
        value={diagram.source ?? ''}
        hint={t('panels.document.emptyRemoves')}
        onCommit={(v) => run((d) => setSource(d, optional(v)))}
      />
      <TextField
        label={t('panels.document.description')}
        value={diagram.description ?? ''}
        multiline
        onCommit={(v) => run((d) => setDescription(d, optional(v)))}
      />
    </section>
  );
}
