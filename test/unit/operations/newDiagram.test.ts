/** A new diagram from the start dialog's answers: the first month, levels, phases, the depth band. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addStep } from '../../../src/model/operations/index.ts';
import { newDiagram, newDiagramSuggestion, suggestedDepth } from '../../../src/model/operations/newDiagram.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { accepted, refused, small } from './helpers.ts';

const seedFile = JSON.parse(
  readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8'),
) as Diagram;

/** Every date anywhere in a diagram. */
const datesOf = (d: Diagram): string[] =>
  JSON.stringify(d)
    .match(/"\d{4}-\d{2}(?:-\d{2})?"/g)!
    .map((s) => s.slice(1, -1));

describe('newDiagram', () => {
  test('defaults: the seed lanes (ids, colours), no phases, no band, an axis of a year from the first month', () => {
    const diagram = accepted(newDiagram('fi', { start: '2025-03' }));
    expect(diagram.title).toBe('Uusi osallisuuspolku');
    expect(diagram.language).toBe('fi');
    expect(diagram.lanes.map((l) => l.title)).toEqual(['Osallistujataso', 'Toimeenpanon taso', 'Valmistelun taso', 'Valtionapuhankkeet']);
    expect(diagram.lanes.map((l) => [l.id, l.color])).toEqual(seedFile.lanes.map((l) => [l.id, l.color]));
    expect(diagram.axis).toEqual({ start: '2025-03', end: '2026-02' });
    expect('depth' in diagram).toBe(false);
    expect([diagram.phases, diagram.legend, diagram.steps, diagram.links]).toEqual([[], [], [], []]);
  });

  test('nothing from the seed’s years: every date is on or after the first month', () => {
    const diagram = accepted(
      newDiagram('fi', {
        start: '2025-03',
        phases: [
          { title: 'Valmistelu', start: '2025-03' },
          { title: 'Toteutus', start: '2025-09' },
        ],
      }),
    );
    const dates = datesOf(diagram);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= '2025-03').toBe(true);
  });

  test('a title and levels of one’s own: seed levels keep their id and colour, others get a slug and a free seed colour', () => {
    const diagram = accepted(
      newDiagram('fi', { start: '2025-01', title: 'Nuorten polku', lanes: ['Nuoret', 'Valmistelun taso', 'Kunta'] }),
    );
    expect(diagram.title).toBe('Nuorten polku');
    expect(diagram.lanes).toEqual([
      { id: 'nuoret', title: 'Nuoret', color: '#6b4c9a' },
      { id: 'valmistelu', title: 'Valmistelun taso', color: '#2e7250' },
      { id: 'kunta', title: 'Kunta', color: '#1f5f8b' },
    ]);
  });

  test('the same level twice, or a level named as an id taken: ids stay unique', () => {
    const diagram = accepted(newDiagram('en', { start: '2025-01', lanes: ['Participant level', 'Participant level', 'osallistujat'] }));
    expect(new Set(diagram.lanes.map((l) => l.id)).size).toBe(3);
  });

  test('phases in any order: sorted, each ending where the next begins, the last open-ended; the band follows them', () => {
    const diagram = accepted(
      newDiagram('fi', {
        start: '2021-07',
        phases: [
          { title: 'Aluevaltuusto: valmistelu', start: '2022-03' },
          { title: 'Väliaikaishallinto (VATE)', start: '2021-07' },
          { title: 'Hyvinvointialue ja sen tulevaisuuden sote-keskus', start: '2023-01' },
        ],
      }),
    );
    // the seed's own phases, colours and band, rebuilt from three names and starts
    expect(diagram.phases.map(({ title, start, end, color }) => ({ title, start, end, color }))).toEqual(
      seedFile.phases.map(({ title, start, end, color }) => ({ title, start, end, color })),
    );
    expect(diagram.depth).toEqual(seedFile.depth);
    // the axis: at least a year, and six months of the last phase
    expect(diagram.axis).toEqual({ start: '2021-07', end: '2023-06' });
  });

  test('day starts: the phase before ends the day before', () => {
    const diagram = accepted(
      newDiagram('fi', {
        start: '2025-03',
        phases: [
          { title: 'Kommentointi', start: '2025-03-10' },
          { title: 'Koonti', start: '2025-03-25' },
          { title: 'Päätös', start: '2025-05' },
        ],
      }),
    );
    expect(diagram.phases.map((p) => [p.start, p.end])).toEqual([
      ['2025-03-10', '2025-03-24'],
      ['2025-03-25', '2025-04'],
      ['2025-05', undefined],
    ]);
  });

  test('a day across a month and a year: 1 January ends the phase before on 31 December', () => {
    const diagram = accepted(
      newDiagram('fi', { start: '2025-12', phases: [{ title: 'A', start: '2025-12' }, { title: 'B', start: '2026-01-01' }] }),
    );
    expect(diagram.phases[0]!.end).toBe('2025-12-31');
  });

  test('the band off: no depth at all, whatever the phases', () => {
    const diagram = accepted(
      newDiagram('fi', {
        start: '2025-03',
        depth: 'off',
        phases: [
          { title: 'A', start: '2025-03' },
          { title: 'B', start: '2025-06' },
        ],
      }),
    );
    expect('depth' in diagram).toBe(false);
    expect(JSON.parse(JSON.stringify(diagram))).not.toHaveProperty('depth');
  });

  test('the band needs two phases: with one, none', () => {
    const diagram = accepted(newDiagram('fi', { start: '2025-03', phases: [{ title: 'A', start: '2025-04' }] }));
    expect(diagram.depth).toBeUndefined();
    expect(diagram.phases).toEqual([{ id: 'a', title: 'A', start: '2025-04', color: '#e6eef6' }]);
  });

  test('more than three phases: first and last from the seed’s ends, the ones between its middle level', () => {
    const starts = ['2025-01', '2025-04', '2025-07', '2025-10'];
    const diagram = accepted(newDiagram('en', { start: '2025-01', phases: starts.map((start, i) => ({ title: `P${i + 1}`, start })) }));
    expect(diagram.depth?.levels).toEqual([
      { at: '2025-01', title: 'limited participation, community' },
      { at: '2025-04', title: 'targeted participation, networks' },
      { at: '2025-07', title: 'targeted participation, networks' },
      { at: '2025-10', title: 'broad participation, deep partnership' },
    ]);
    expect(diagram.phases.map((p) => p.color)).toEqual(['#e6eef6', '#eaf3e8', '#f7efe1', '#e6eef6']);
  });

  test('a day as the first month counts as its month', () => {
    expect(accepted(newDiagram('fi', { start: '2025-03-10' })).axis).toEqual({ start: '2025-03', end: '2026-02' });
  });

  test('refused: a phase before the first month, two phases starting together, an empty title or level, no levels, a bad date', () => {
    expect(refused(newDiagram('fi', { start: '2025-03', phases: [{ title: 'A', start: '2025-01' }] }))).toEqual([
      { path: ['phases', 0, 'start'], code: 'endBeforeStart', params: { start: '2025-03', end: '2025-01' } },
    ]);
    expect(
      refused(newDiagram('fi', { start: '2025-03', phases: [{ title: 'A', start: '2025-04' }, { title: 'B', start: '2025-04' }] })),
    ).toEqual([expect.objectContaining({ path: ['phases', 0, 'end'], code: 'endBeforeStart' })]);
    expect(refused(newDiagram('fi', { start: '2025-03', title: '' }))).toEqual([expect.objectContaining({ path: ['title'], code: 'titleLength' })]);
    expect(refused(newDiagram('fi', { start: '2025-03', lanes: ['A', ''] }))).toEqual([
      expect.objectContaining({ path: ['lanes', 1, 'title'], code: 'titleLength' }),
    ]);
    expect(refused(newDiagram('fi', { start: '2025-03', lanes: [] }))).toEqual([expect.objectContaining({ path: ['lanes'], code: 'tooFew' })]);
    expect(refused(newDiagram('fi', { start: '2025-13' }))).toEqual([expect.objectContaining({ code: 'date' })]);
    expect(refused(newDiagram('fi', { start: '2025-03', phases: [{ title: 'A', start: '31.2.2025' }] }))).toEqual([
      expect.objectContaining({ path: ['phases', 0, 'start'], code: 'date' }),
    ]);
  });

  test.each(['sv', 'en'] as const)('%s: translated titles, the same structure', (lang) => {
    const diagram = accepted(newDiagram(lang, { start: '2025-03' }));
    expect(diagram.language).toBe(lang);
    expect(diagram.title).toBe(newDiagramSuggestion(lang).title);
    expect(diagram.lanes.map((l) => l.title)).toEqual(newDiagramSuggestion(lang).lanes);
    expect(diagram.lanes.map((l) => l.id)).toEqual(seedFile.lanes.map((l) => l.id));
  });

  test('fresh objects each time, ready to edit', () => {
    const a = accepted(newDiagram('fi', { start: '2025-03' }));
    const b = accepted(newDiagram('fi', { start: '2025-03' }));
    expect(a).not.toBe(b);
    expect(a.lanes[0]).not.toBe(b.lanes[0]);
    accepted(addStep(a, { lane: 'toimeenpano', title: 'Aloitus', start: '2025-04' }));
  });
});

describe('suggestedDepth (the band "Add depth band" gives)', () => {
  test('at the phases’ starts when there are two or more', () => {
    const d = accepted(
      newDiagram('fi', { start: '2025-03', depth: 'off', phases: [{ title: 'A', start: '2025-03' }, { title: 'B', start: '2025-09' }] }),
    );
    expect(suggestedDepth(d, 'fi', '2030-01').levels).toEqual([
      { at: '2025-03', title: 'suppea osallisuus, yhteisyys' },
      { at: '2025-09', title: 'laaja osallisuus, syvä kumppanuus' },
    ]);
  });

  test('else three levels spread over the axis, or the content, or a year from the fallback month', () => {
    expect(suggestedDepth(accepted(newDiagram('fi', { start: '2025-03' })), 'fi', '2030-01').levels.map((l) => l.at)).toEqual([
      '2025-03',
      '2025-07',
      '2025-10',
    ]);
    // small(): steps 2021-11 … 2022-03, no axis, no phases
    expect(suggestedDepth(small(), 'en', '2030-01').levels.map((l) => l.at)).toEqual(['2021-11', '2021-12', '2022-02']);
    const empty = { ...small(), steps: [], links: [] };
    expect(suggestedDepth(empty, 'en', '2030-01').levels.map((l) => l.at)).toEqual(['2030-01', '2030-05', '2030-08']);
  });
});
