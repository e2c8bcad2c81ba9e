/** The whole diagram as structured text for screen readers: headings and lists, phase → lane → step → arrow. */
import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { outlineMessages } from '../i18n/outline';
import { addWordsEverywhere } from '../i18n/setup';
import { outlineOf } from '../layout/outline';
import type { Diagram } from '../model/types';
import { useDocument } from '../store/documentStore';

addWordsEverywhere('outline', outlineMessages);

export function Outline() {
  // (rendered after an edit is drawn, and set aside when another edit comes first: 10,000 steps are a long list)
  const diagram = useDeferredValue(useDocument((s) => s.diagram));
  return <OutlineView diagram={diagram} />;
}

const OutlineView = memo(function OutlineView({ diagram }: { diagram: Diagram }) {
  const { t, i18n } = useTranslation();
  const o = outlineOf(diagram);
  return (
    <section className="sr-only" aria-labelledby="polku-outline-title" lang={diagram.language ?? 'fi'}>
      <h1 id="polku-outline-title">{o.title}</h1>
      {o.subtitle && <p>{o.subtitle}</p>}
      <h2 lang={i18n.language}>{t('outline.heading')}</h2>
      {o.phases.map((p) => (
        <section key={p.id ?? '-'}>
          {p.id ? <h3>{t('outline.item', { title: p.title, period: p.period })}</h3> : <h3 lang={i18n.language}>{t('outline.noPhase')}</h3>}
          {p.lanes.map((l) => (
            <section key={l.id}>
              <h4>{l.title}</h4>
              <ul>
                {l.steps.map((s) => (
                  <OutlineItem key={s.id} title={s.title} period={s.period} legend={s.legend} to={s.to.join('; ')} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
      {o.depth && (
        <section>
          <h3>{o.depth.title}</h3>
          <ol>
            {o.depth.levels.map((l) => (
              <li key={l.at + l.title}>{t('outline.level', { at: l.at, title: l.title })}</li>
            ))}
          </ol>
        </section>
      )}
      {o.legend.length > 0 && (
        <section>
          <h3 lang={i18n.language}>{t('outline.legend')}</h3>
          <ul>
            {o.legend.map((l) => (
              <li key={l.id}>{l.title}</li>
            ))}
          </ul>
        </section>
      )}
      {o.source && <p>{o.source}</p>}
    </section>
  );
});

/** One step's line (memoised: after an edit, only the lines whose words changed are said again). */
const OutlineItem = memo(function OutlineItem({ title, period, legend, to }: { title: string; period: string; legend: string | null; to: string }) {
  const { t } = useTranslation();
  return (
    <li>
      {t('outline.item', { title, period })}
      {legend && ` – ${legend}`}
      {to && ` – ${t('outline.leadsTo', { targets: to })}`}
    </li>
  );
});
