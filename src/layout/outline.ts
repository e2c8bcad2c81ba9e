/**
 * The diagram as a text outline — phase → lane → step → arrow — for screen
 * readers (and, later, an exported image's <title>/<desc>). Pure.
 */
import type { Diagram } from '../model/types';
import { periodLabel, shortDate, stepPeriodText } from './contentText';
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

/** Each step goes under the phase its start falls in (or a group of its own when it is in none). */
export function outlineOf(d: Diagram): Outline {
  const lang = d.language ?? 'fi';
  const title = new Map(d.steps.map((s) => [s.id, plain(s.title)]));
  const legendTitle = new Map(d.legend.map((l) => [l.id, plain(l.title)]));
  const targets = new Map<string, string[]>();
  for (const l of d.links) {
    const list = targets.get(l.from);
    const to = title.get(l.to) ?? l.to;
    if (list) list.push(to);
    else targets.set(l.from, [to]);
  }

  // (each date read once: a diagram may hold 10,000 steps)
  const spans = d.phases.map((p) => ({ id: p.id, t0: startTime(p.start), t1: p.end === undefined ? Infinity : endTimeExclusive(p.end) }));
  const ordered = d.steps.map((s) => ({ s, t: startTime(s.start) })).sort((a, b) => a.t - b.t);
  const phaseOf = new Map(ordered.map(({ s, t }) => [s, spans.find((p) => t >= p.t0 && t < p.t1)?.id ?? null]));

  const groups: { id: string | null; title: string; period: string }[] = d.phases.map((p) => ({
    id: p.id,
    title: plain(p.title),
    period: periodLabel(lang, p.start, p.end),
  }));
  if (ordered.some(({ s }) => phaseOf.get(s) === null)) groups.push({ id: null, title: '', period: '' });

  // group → lane → steps in time order
  const byGroup = new Map<string | null, Map<string, OutlineStep[]>>(groups.map((g) => [g.id, new Map()]));
  for (const { s } of ordered) {
    const lanes = byGroup.get(phaseOf.get(s)!)!;
    const list = lanes.get(s.lane);
    const step: OutlineStep = {
      id: s.id,
      title: plain(s.title),
      period: stepPeriodText(lang, s),
      legend: s.legend !== undefined ? (legendTitle.get(s.legend) ?? null) : null,
      to: targets.get(s.id) ?? [],
    };
    if (list) list.push(step);
    else lanes.set(s.lane, [step]);
  }
  const phases = groups.map((g) => ({
    ...g,
    lanes: d.lanes
      .map((lane) => ({ id: lane.id, title: plain(lane.title), steps: byGroup.get(g.id)!.get(lane.id) ?? [] }))
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
