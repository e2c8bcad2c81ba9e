/** The summary's words (io/summary.ts) in the UI language, from present mode's messages. */
import type { TFunction } from 'i18next';
import type { SummaryWords } from '../../io/summary';

export function summaryWords(t: TFunction): SummaryWords {
  const w = (key: string) => t(`present.summaryWords.${key}`);
  return {
    summary: w('summary'),
    phase: w('phase'),
    step: w('step'),
    votes: w('votes'),
    comment: w('comment'),
    author: w('author'),
    time: w('time'),
    comments: w('comments'),
    outsidePhases: w('outsidePhases'),
    empty: w('empty'),
    voteCount: (count) => t('present.voteCount', { count }),
  };
}
