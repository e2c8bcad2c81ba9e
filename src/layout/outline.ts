/**
 * The diagram as a text outline — phase → lane → step → arrow — for screen
 * readers (and, later, an exported image's <title>/<desc>). Pure.
 */
import type { ContentLanguage, Diagram, Step } from '../model/types';
import { periodLabel, shortDate } from './contentText';
import { endTimeExclusive, startTime } from './time';

export type OutlineStep = { id: string; title: string; period: string; legend: string | null; to: string[] };
export type OutlineLane = { id: string; title: string; steps: OutlineStep[] };
export type OutlinePhase = { id: string | null; title: string; period: string; lanes: OutlineLane[] };
export type Outline = {
  title: string;
  subtitle: string | null;
  source: string | null;
  phases: OutlinePhase[];
  depth: { title: string; levels: { at: string; title: string }[] } | null;
  legend: { id: string; title: string }[];
};

const plain = (s: string) => s.replace(/\u00ad/g, '');

export function stepPeriod(lang: ContentLanguage, s: Step): string {
  return s.end === undefined ? shortDate(s.start, lang) : periodLabel(lang, s.start, s.end);
}

/** Each step goes under the phase its start falls in (or a group of its own when it is in none). */
export function outlineOf(d: Diagram): Outline {
  const lang = d.language ?? 'fi';
  const title = new Map(d.steps.map((s) => [s.id, plain(s.title)]));
  const legendTitle = new Map(d.legend.map((l) => [l.id, plain(l.title)]));
  const targets = new Map<string, string[]>();
  for (const l of d.links) targets.set(l.from, [...(targets.get(l.from) ?? []), title.get(l.to) ?? l.to]);

  const phaseOf = (s: Step) =>
    d.phases.find(
      (p) => startTime(s.start) >= startTime(p.start) && (p.end === undefined || startTime(s.start) < endTimeExclusive(p.end)),
    )?.id ?? null;

  const groups: { id: string | null; title: string; period: string }[] = d.phases.map((p) => ({
    id: p.id,
    title: plain(p.title),
    period: periodLabel(lang, p.start, p.end),
  }));
  const ordered = [...d.steps].sort((a, b) => startTime(a.start) - startTime(b.start));
  if (ordered.some((s) => phaseOf(s) === null)) groups.push({ id: null, title: '', period: '' });

  const phases = groups.map((g) => ({
    ...g,
    lanes: d.lanes
      .map((lane) => ({
        id: lane.id,
        title: plain(lane.title),
        steps: ordered
          .filter((s) => s.lane === lane.id && phaseOf(s) === g.id)
          .map((s) => ({
            id: s.id,
            title: plain(s.title),
            period: stepPeriod(lang, s),
            legend: s.legend !== undefined ? (legendTitle.get(s.legend) ?? null) : null,
            to: targets.get(s.id) ?? [],
          })),
      }))
      .filter((l) => l.steps.length > 0),
  }));

  return {
    title: plain(d.title),
    subtitle: d.subtitle ? plain(d.subtitle) : null,
    source: d.source ? plain(d.source) : null,
    phases,
    depth: d.depth ? { title: plain(d.depth.title), levels: d.depth.levels.map((l) => ({ at: shortDate(l.at, lang), title: plain(l.title) })) } : null,
    legend: d.legend.map((l) => ({ id: l.id, title: plain(l.title) })),
  };
}
