/**
 * What the presenter view says about a stop: its heading ("Vaihe 2/3: …"),
 * a detail line, the speaker notes to read, and the room's comments and
 * votes. Pure, given the translation function.
 */
import type { TFunction } from 'i18next';
import { periodLabel, stepPeriodText } from '../../layout/contentText';
import type { Stop } from '../../layout/stops';
import type { Diagram } from '../../model/types';
import { oneLine } from '../../model/oneLine';

export type NotesBlock = {
  /** null: the notes of the stop itself; else a heading (the phase a step belongs to) */
  readonly label: string | null;
  readonly text: string;
};

export type StopText = {
  readonly heading: string;
  readonly detail: string | null;
  readonly notes: readonly NotesBlock[];
  readonly comments: number;
  readonly votes: number;
};

export function stopText(d: Diagram, stop: Stop, t: TFunction): StopText {
  const lang = d.language ?? 'fi';
  const none = { detail: null, notes: [], comments: 0, votes: 0 };
  switch (stop.kind) {
    case 'title':
      return { ...none, heading: t('presenter.stop.title', { title: oneLine(d.title) }), detail: d.subtitle ? oneLine(d.subtitle) : null };
    case 'rest':
      return { ...none, heading: t('presenter.stop.rest', { count: stop.stepIds.length }) };
    case 'phase': {
      const p = d.phases.find((x) => x.id === stop.phaseId);
      if (p === undefined) return { ...none, heading: t('presenter.stop.phase', { n: stop.index + 1, count: stop.count, title: stop.phaseId, period: '' }) };
      return {
        ...none,
        heading: t('presenter.stop.phase', {
          n: stop.index + 1,
          count: stop.count,
          title: oneLine(p.title),
          period: periodLabel(lang, p.start, p.end),
        }),
        notes: p.notes ? [{ label: null, text: p.notes }] : [],
        comments: p.comments?.length ?? 0,
      };
    }
    case 'step': {
      const s = d.steps.find((x) => x.id === stop.stepId);
      const heading = (title: string) => t('presenter.stop.step', { n: stop.index + 1, count: stop.count, title });
      if (s === undefined) return { ...none, heading: heading(stop.stepId) };
      const phase = stop.phaseId === null ? undefined : d.phases.find((x) => x.id === stop.phaseId);
      const lane = d.lanes.find((l) => l.id === s.lane);
      const where = { lane: lane ? oneLine(lane.title) : s.lane, period: stepPeriodText(lang, s) };
      const notes: NotesBlock[] = [];
      if (s.notes) notes.push({ label: null, text: s.notes });
      if (phase?.notes) notes.push({ label: t('presenter.phaseNotes', { title: oneLine(phase.title) }), text: phase.notes });
      return {
        heading: heading(oneLine(s.title)),
        detail: phase ? t('presenter.stepInPhase', { ...where, phase: oneLine(phase.title) }) : t('presenter.stepDetail', where),
        notes,
        comments: s.comments?.length ?? 0,
        votes: s.votes ?? 0,
      };
    }
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** The machine's local time as HH:MM. */
export function clockText(at: Date): string {
  return `${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** A duration as M:SS, or H:MM:SS from an hour; whole seconds, never negative. `up`: round up (time left). */
export function durationText(ms: number, up = false): string {
  const total = Math.max(0, up ? Math.ceil(ms / 1000) : Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
