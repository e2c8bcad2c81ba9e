/**
 * The help dialog: every key and gesture, grouped (editing, arrows, moving,
 * view, presenting), in the UI's language; keys as <kbd>, Ctrl shown as ⌘
 * on a Mac. A native modal <dialog>: Escape or Close ends it. Loaded on
 * demand, with its words.
 */
import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { helpMessages } from '../../i18n/help';
import { addMessages } from '../../i18n/setup';
import { useModal } from '../useModal';
import { HELP_GROUPS, isMac, type Combo, type HelpGroup } from './shortcuts';
import './help.css';

const ARROWS: Readonly<Record<string, string>> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };
const MAC: Readonly<Record<string, string>> = { Mod: '⌘' };
/** The groups side by side: editing; arrows and moving; the view and presenting. */
const HELP_COLUMNS: readonly (readonly HelpGroup['id'][])[] = [['edit'], ['arrows', 'move'], ['view', 'present']];

function Key({ name, mac }: { name: string; mac: boolean }) {
  const { t, i18n } = useTranslation();
  const symbol = (mac ? MAC[name] : undefined) ?? ARROWS[name];
  if (symbol !== undefined) {
    // a symbol for the eye, its name for a screen reader
    return (
      <kbd>
        <span aria-hidden="true">{symbol}</span>
        <span className="sr-only">{t(`help.keys.${name === 'Mod' ? 'Command' : name}`)}</span>
      </kbd>
    );
  }
  const words = `help.keys.${name}`;
  return <kbd>{name.length > 1 && i18n.exists(words) ? t(words) : name}</kbd>;
}

function Way({ combo, mac }: { combo: Combo; mac: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="polku-help-way">
      {combo.map((part, i) => (
        <Fragment key={part}>
          {i > 0 && <span aria-hidden="true">+</span>}
          {part.startsWith('@') ? <span className="polku-help-gesture">{t(`help.mouse.${part.slice(1)}`)}</span> : <Key name={part} mac={mac} />}
        </Fragment>
      ))}
    </span>
  );
}

export function HelpDialog({ onClose, mac = isMac() }: { onClose: () => void; mac?: boolean }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'help', helpMessages);
  const ref = useModal(true);
  const titleId = useId();
  const introId = useId();
  const words = useMemo(() => ({ fit: t('fitView'), present: t('presentButton') }), [t]);

  return (
    <dialog
      ref={ref}
      className="polku-dialog polku-help"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onClose={onClose}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <div className="polku-help-head">
        <h2 id={titleId}>{t('help.title')}</h2>
        <button type="button" autoFocus onClick={onClose}>
          {t('help.close')}
        </button>
      </div>
      <p id={introId} className="polku-help-intro">
        {t('help.intro')}
      </p>
      <div className="polku-help-groups">
        {HELP_COLUMNS.map((column) => (
          <div key={column.join()} className="polku-help-column">
            {HELP_GROUPS.filter((g) => column.includes(g.id)).map((group) => (
          <section key={group.id} className="polku-help-group" aria-labelledby={`${titleId}-${group.id}`}>
            <h3 id={`${titleId}-${group.id}`}>{t(`help.groups.${group.id}`)}</h3>
            <dl>
              {group.items.map((item) => {
                const ways = [...item.ways, ...(mac ? [] : (item.notOnMac ?? []))];
                return (
                  <div key={item.what} className="polku-help-item">
                    <dt>
                      {ways.map((combo, i) => (
                        <Fragment key={combo.join('+')}>
                          {i > 0 && <span className="polku-help-or">{t('help.or')}</span>}
                          <Way combo={combo} mac={mac} />
                        </Fragment>
                      ))}
                    </dt>
                    <dd>{t(`help.items.${item.what}`, words)}</dd>
                  </div>
                );
              })}
            </dl>
            {group.id === 'arrows' && <p className="polku-help-note">{t('help.items.arrowList')}</p>}
            {group.id === 'present' && <p className="polku-help-note">{t('help.items.presentStart', words)}</p>}
          </section>
            ))}
          </div>
        ))}
      </div>
    </dialog>
  );
}
