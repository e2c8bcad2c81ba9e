/**
 * The arrows of the selected step, each a button that opens it in the arrow
 * panel (its text, direction, deleting it) — the keyboard's way to an arrow,
 * since arrows on the canvas are not in the Tab order.
 */
import { useTranslation } from 'react-i18next';
import type { Diagram, Step } from '../../model/types';
import { useSelection } from '../../store/sessionStore';
import { focusInspectorTitle } from '../canvas/keyboard';

const plain = (s: string) => s.replace(/\u00ad/g, '');

export function StepLinks({ diagram, step }: { diagram: Diagram; step: Step }) {
  const { t } = useTranslation();
  const selectLink = useSelection((s) => s.selectLink);
  const title = (id: string) => plain(diagram.steps.find((s) => s.id === id)?.title ?? id);
  const links = diagram.links.filter((l) => l.from === step.id || l.to === step.id);
  return (
    <section className="polku-field" aria-labelledby={`links-${step.id}`}>
      <h3 id={`links-${step.id}`} className="polku-subheading">
        {t('stepLinks.heading')}
      </h3>
      {links.length === 0 ? (
        <p className="polku-hint">{t('stepLinks.none')}</p>
      ) : (
        <ul className="polku-link-list">
          {links.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                onClick={() => {
                  selectLink(l.id);
                  focusInspectorTitle();
                }}
              >
                {l.from === step.id ? t('stepLinks.to', { title: title(l.to) }) : t('stepLinks.from', { title: title(l.from) })}
                {l.title ? t('stepLinks.titled', { title: plain(l.title) }) : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
