/**
 * Finding steps by their titles (the "Find step" dialog): every word typed
 * must be in the title, in any case, soft hyphens and line breaks ignored;
 * titles that begin with what was typed come first, then the rest, each in
 * reading order (time, then level). Pure.
 */
import type { Diagram } from '../model/types';
import { periodLabel, shortDate } from './contentText';
import type { Geometry } from './geometry';
import { oneLine } from '../model/oneLine';

export type FoundStep = { readonly id: string; readonly title: string; readonly lane: string; readonly period: string };

const fold = (text: string) => oneLine(text).replace(/\s+/g, ' ').normalize('NFC').toLocaleLowerCase('fi');

export function findSteps(d: Diagram, g: Geometry, query: string): FoundStep[] {
  const q = fold(query);
  const words = q.split(' ').filter(Boolean);
  const lanes = new Map(d.lanes.map((l) => [l.id, oneLine(l.title)]));
  const order = new Map(g.steps.map((s) => [s.id, s.order]));
  const lang = d.language ?? 'fi';
  const found = d.steps
    .map((s) => ({ step: s, text: fold(s.title) }))
    .filter(({ text }) => words.every((w) => text.includes(w)))
    .sort(
      (a, b) =>
        Number(!a.text.startsWith(q)) - Number(!b.text.startsWith(q)) || (order.get(a.step.id) ?? 0) - (order.get(b.step.id) ?? 0),
    );
  return found.map(({ step }) => ({
    id: step.id,
    title: oneLine(step.title),
    lane: lanes.get(step.lane) ?? step.lane,
    // a step without an end is its start month (or day)
    period: step.end === undefined ? shortDate(step.start, lang) : periodLabel(lang, step.start, step.end),
  }));
}
