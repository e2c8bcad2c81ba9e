/** A refused file: every problem, where and what, in the person's language. The open diagram is untouched. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocation, formatMessage } from '../i18n/problems';
import { refusedMessages } from '../i18n/refused';
import { addWordsEverywhere, loadProblemWords } from '../i18n/setup';
import { useSession } from '../store/sessionStore';
import { useModal } from './useModal';

addWordsEverywhere('refused', refusedMessages);

export function ProblemsDialog() {
  const { t } = useTranslation();
  const asked = useSession((s) => s.refused);
  const dismiss = useSession((s) => s.dismissRefused);
  // the problem messages load with the first refused file; the dialog opens once they are at hand
  // (should they fail to load, it opens all the same, naming the problems by their codes)
  const [wordsFor, setWordsFor] = useState<typeof asked>(null);
  useEffect(() => {
    if (asked === null) return;
    let live = true;
    const ready = () => {
      if (live) setWordsFor(asked);
    };
    loadProblemWords().then(ready, ready);
    return () => {
      live = false;
    };
  }, [asked]);
  const refused = asked !== null && wordsFor === asked ? asked : null;
  const ref = useModal(refused !== null);
  const titleId = useId();
  const descId = useId();

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descId}
      className="polku-dialog"
      onClose={dismiss}
    >
      {refused && (
        <>
          <h2 id={titleId}>{t(refused.source === 'link' ? 'refused.linkTitle' : 'refused.fileTitle')}</h2>
          <p id={descId}>
            {t(refused.source === 'link' ? 'refused.linkIntro' : 'refused.fileIntro', { name: refused.fileName, count: refused.problems.length })}
          </p>
          <ol className="polku-problems">
            {refused.problems.map((p, i) => {
              // a problem of the whole file or link has no place to name (and no "place:" before it)
              const where = formatLocation(p.path, t);
              return (
                <li key={i}>
                  {where !== '' && <span className="polku-problem-where">{where}</span>} <span>{formatMessage(p, t)}</span>
                </li>
              );
            })}
          </ol>
          <form method="dialog">
            <button type="submit" autoFocus>
              {t('close')}
            </button>
          </form>
        </>
      )}
    </dialog>
  );
}
