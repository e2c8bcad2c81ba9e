/** Legend edits. */
import { describe, expect, test } from 'vitest';
import { addLegendEntry, deleteLegendEntry, updateLegendEntry } from '../../../src/model/operations/index.ts';
import { accepted, createdBy, refused, seed, small } from './helpers.ts';

describe('legend', () => {
  test('add, update (unknown properties kept), refusals', () => {
    const result = addLegendEntry(seed(), 'Uusi kehittäminen', '#00aa00');
    expect(createdBy(result)).toEqual(['uusi-kehittaminen']);
    expect(accepted(result).legend.at(-1)).toEqual({ id: 'uusi-kehittaminen', title: 'Uusi kehittäminen', color: '#00aa00' });
    const diagram = small({ legend: [{ id: 'kind', title: 'Kind', color: '#f2b33d', 'x-shape': 'round' }] });
    expect(accepted(updateLegendEntry(diagram, 'kind', { title: 'Laji', color: null })).legend[0]).toEqual({
      id: 'kind',
      title: 'Laji',
      'x-shape': 'round',
    });
    expect(refused(updateLegendEntry(diagram, 'kind', { color: '#GGGGGG' }))).toEqual([
      { path: ['legend', 0, 'color'], code: 'color', params: { value: '#GGGGGG' } },
    ]);
    const full = small({ legend: Array.from({ length: 20 }, (_, i) => ({ id: `k${i}`, title: `K${i}` })), steps: [], links: [] });
    expect(refused(addLegendEntry(full, 'T', '#000000'))).toEqual([
      { path: ['legend'], code: 'tooMany', params: { max: 20, found: 21 } },
    ]);
  });

  test('delete removes the reference from the steps that used it', () => {
    const diagram = seed();
    const users = diagram.steps.filter((s) => s.legend === 'olemassa');
    expect(users.length).toBeGreaterThan(0);
    const after = accepted(deleteLegendEntry(diagram, 'olemassa'));
    expect(after.legend).toEqual([]);
    expect(after.steps.some((s) => 'legend' in s)).toBe(false);
    expect(after.steps.length).toBe(diagram.steps.length);
    expect(refused(deleteLegendEntry(diagram, 'x'))).toEqual([{ path: ['legend'], code: 'unknownLegend', params: { id: 'x' } }]);
  });
});
