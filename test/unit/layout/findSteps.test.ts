/** Find step: which steps match what was typed, and in which order. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { findSteps } from '../../../src/layout/findSteps';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import type { Diagram } from '../../../src/model/types';

function seed(): Diagram {
  const r = readDiagramText(readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('seed');
  return r.diagram;
}

describe('findSteps', () => {
  const d = seed();
  const g = layoutDiagram(d);
  const ids = (q: string, diagram = d) => findSteps(diagram, layoutDiagram(diagram), q).map((f) => f.id);

  test('nothing typed: every step, in reading order', () => {
    const order = [...g.steps].sort((a, b) => a.order - b.order).map((s) => s.id);
    expect(ids('')).toEqual(order);
    expect(ids('   ')).toEqual(order);
  });

  test('every word typed must be in the title, in any case', () => {
    expect(ids('LUOTUJEN koord')).toEqual(['mallipilotit']);
    expect(ids('koord luotujen')).toEqual(['mallipilotit']);
    expect(ids('koordinaatio xyz')).toEqual([]);
  });

  test('titles that begin with what was typed come first, the rest after, each in reading order', () => {
    const found = findSteps(d, g, 'osallistu');
    expect(found.length).toBeGreaterThan(1);
    const begins = found.findIndex((f) => !f.title.toLowerCase().startsWith('osallistu'));
    expect(found.slice(0, begins === -1 ? found.length : begins).every((f) => f.title.toLowerCase().startsWith('osallistu'))).toBe(true);
    const order = new Map(g.steps.map((s) => [s.id, s.order]));
    const rest = found.slice(begins === -1 ? found.length : begins).map((f) => order.get(f.id)!);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  test('soft hyphens and line breaks in a title do not get in the way; the title is shown plain, with its level and time', () => {
    const hyphenated: Diagram = { ...d, steps: d.steps.map((s) => (s.id === 'mallipilotit' ? { ...s, title: 'Luotujen järjestö\u00adyhteistyön\nmallien pilotointi', end: '2023-06' } : s)) };
    const [found] = findSteps(hyphenated, layoutDiagram(hyphenated), 'järjestöyhteistyön mallien');
    expect(found).toEqual({ id: 'mallipilotit', title: 'Luotujen järjestöyhteistyön mallien pilotointi', lane: 'Toimeenpanon taso', period: '1–6/2023' });
    expect(findSteps(d, g, 'luotujen')[0]!.period).toBe('1/2023');
  });
});
