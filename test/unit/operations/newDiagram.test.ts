/** A new diagram: the seed's lanes and depth band, no steps. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { addStep, newDiagram } from '../../../src/model/operations/index.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { accepted } from './helpers.ts';

const seedFile = JSON.parse(
  readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8'),
) as Diagram;

describe('newDiagram', () => {
  test('Finnish: the seed lanes (ids, colours), its depth band, no phases, steps or links', () => {
    const diagram = newDiagram('fi');
    accepted({ ok: true, diagram });
    expect(diagram.title).toBe('Uusi osallisuuspolku');
    expect(diagram.language).toBe('fi');
    expect(diagram.lanes.map((l) => l.title)).toEqual([
      'Osallistujataso',
      'Toimeenpanon taso',
      'Valmistelun taso',
      'Valtionapuhankkeet',
    ]);
    expect(diagram.lanes.map((l) => [l.id, l.color])).toEqual(seedFile.lanes.map((l) => [l.id, l.color]));
    expect(diagram.depth).toEqual(seedFile.depth);
    expect([diagram.phases, diagram.legend, diagram.steps, diagram.links]).toEqual([[], [], [], []]);
  });

  test.each(['sv', 'en'] as const)('%s: translated titles, the same structure', (lang) => {
    const diagram = newDiagram(lang);
    accepted({ ok: true, diagram });
    expect(diagram.language).toBe(lang);
    expect(diagram.title).not.toBe('Uusi osallisuuspolku');
    expect(diagram.lanes.map((l) => l.id)).toEqual(newDiagram('fi').lanes.map((l) => l.id));
    expect(diagram.depth?.levels.map((l) => l.at)).toEqual(['2021-07', '2022-03', '2023-01']);
  });

  test('fresh objects each time, ready to edit', () => {
    expect(newDiagram('fi')).not.toBe(newDiagram('fi'));
    expect(newDiagram('fi').lanes[0]).not.toBe(newDiagram('fi').lanes[0]);
    accepted(addStep(newDiagram('fi'), { lane: 'toimeenpano', title: 'Aloitus', start: '2024-01' }));
  });
});
