/**
 * Capturing the room while presenting: comments (with an optional name) on
 * the phase or step being talked about, dot votes on steps, and the list of
 * what was said. Every change is one model operation, so one undo step, and
 * is kept with the document (file, history, autosave).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../i18n/problems';
import { problemMessages } from '../../i18n/problemMessages';
import { addMessages } from '../../i18n/setup';
import type { Reveal, Stop } from '../../layout/stops';
import { addComment, addVote, deleteComment, removeVote, type WorkshopTarget } from '../../model/operations/workshop';
import type { Diagram, Problem } from '../../model/types';
import { useEditProblems } from '../useEdit';
import { captureItems, itemKey } from './captureItems';
import { SummaryButtons } from './SummaryMenu';
import { oneLine } from '../../model/oneLine';

/** A title to show: its soft hyphens kept (so a long compound breaks there), typed line breaks as spaces. */
const shownTitle = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

export function CapturePanel({
  diagram,
  stop,
  stopKey,
  reveal,
  onNotice,
}: {
  diagram: Diagram;
  stop: Stop | undefined;
  /** changes when the talk moves on: the comment's default subject follows it */
  stopKey: string;
  reveal: Reveal;
  onNotice: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'problem', problemMessages); // a refused comment or vote is told in words
  const edit = useEditProblems();
  const headingId = useId();
  const targetId = useId();
  const textId = useId();
  const authorId = useId();
  const errorId = useId();
  const items = captureItems(diagram, stop, reveal);
  const [chosen, setChosen] = useState<{ stopKey: string; key: string } | null>(null);
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const fallback = items[0] ? itemKey(items[0].target) : '';
  const selectedKey = chosen !== null && chosen.stopKey === stopKey && items.some((i) => itemKey(i.target) === chosen.key) ? chosen.key : fallback;
  const selected = items.find((i) => itemKey(i.target) === selectedKey);
  const optionLabel = (target: WorkshopTarget, title: string) =>
    t(target.kind === 'phase' ? 'present.phaseOption' : 'present.stepOption', { title: oneLine(title) });

  const submit = () => {
    if (!selected) return;
    const found = edit((d) => addComment(d, selected.target, { text, author, at: new Date().toISOString() }));
    setProblems(found);
    if (found === null) {
      setText('');
      setAuthor('');
      onNotice(t('present.commentAdded', { title: oneLine(selected.title) }));
    }
  };

  const vote = (id: string, title: string, up: boolean) => {
    const found = edit((d) => (up ? addVote(d, id) : removeVote(d, id)));
    if (found === null) {
      // the count after the edit, from the item as it was
      const before = items.find((i) => i.target.kind === 'step' && i.target.id === id)?.votes ?? 0;
      const votes = Math.max(0, before + (up ? 1 : -1));
      onNotice(t('present.voted', { title: oneLine(title), votes: t('present.voteCount', { count: votes }) }));
    }
  };

  const steps = items.filter((i) => i.target.kind === 'step');
  const withComments = items.filter((i) => i.comments.length > 0);
  return (
    <aside className="polku-present-capture" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('present.captureHeading')}</h2>
      <form
        className="polku-present-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={targetId}>{t('present.target')}</label>
        <select id={targetId} value={selectedKey} onChange={(e) => setChosen({ stopKey, key: e.target.value })}>
          {items.map((i) => (
            <option key={itemKey(i.target)} value={itemKey(i.target)}>
              {optionLabel(i.target, i.title)}
            </option>
          ))}
        </select>
        <label htmlFor={textId}>{t('present.comment')}</label>
        <textarea
          id={textId}
          rows={3}
          value={text}
          aria-invalid={problems !== null}
          aria-describedby={problems !== null ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <label htmlFor={authorId}>{t('present.author')}</label>
        <input id={authorId} type="text" autoComplete="off" value={author} onChange={(e) => setAuthor(e.target.value)} />
        {problems !== null && (
          <p id={errorId} className="polku-present-error">
            {problems.map((p) => formatMessage(p, (key, options) => t(key, options))).join(' ')}
          </p>
        )}
        <button type="submit" className="is-primary" disabled={text.trim() === '' || !selected}>
          {t('present.addComment')}
        </button>
      </form>

      <h3>{t('present.votes')}</h3>
      {steps.length === 0 ? (
        <p className="polku-present-muted">{t('present.noSteps')}</p>
      ) : (
        <ul className="polku-present-votelist">
          {steps.map((i) => (
            <li key={i.target.id}>
              <span className="polku-present-item-title">{shownTitle(i.title)}</span>
              <span className="polku-present-vote-buttons">
                <button
                  type="button"
                  aria-label={t('present.removeVote', { title: oneLine(i.title) })}
                  disabled={i.votes === 0}
                  onClick={() => vote(i.target.id, i.title, false)}
                >
                  −
                </button>
                <span className="polku-present-count">{t('present.voteCount', { count: i.votes })}</span>
                <button type="button" aria-label={t('present.addVote', { title: oneLine(i.title) })} onClick={() => vote(i.target.id, i.title, true)}>
                  +
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('present.comments')}</h3>
      {withComments.length === 0 ? (
        <p className="polku-present-muted">{t('present.noComments')}</p>
      ) : (
        withComments.map((i) => (
          <section key={itemKey(i.target)} className="polku-present-comment-group">
            <h4>{optionLabel(i.target, i.title)}</h4>
            <ul>
              {i.comments.map((c, index) => (
                <li key={index}>
                  <p className="polku-present-comment-text">{c.text}</p>
                  <p className="polku-present-comment-author">
                    —{' '}
                    {c.author ?? t('present.anonymous')}
                  </p>
                  <button
                    type="button"
                    className="is-small"
                    aria-label={t('present.deleteComment', { text: c.text.slice(0, 40) })}
                    onClick={() => {
                      if (edit((d) => deleteComment(d, i.target, index)) === null) onNotice(t('present.commentDeleted'));
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <h3>{t('present.summary')}</h3>
      <SummaryButtons onResult={onNotice} />
    </aside>
  );
}
