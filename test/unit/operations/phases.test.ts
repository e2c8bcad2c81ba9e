/** Phase edits. */
import { describe, expect, test } from 'vitest';
import { addPhase, deletePhase, updatePhase } from '../../../src/model/operations/index.ts';
import { accepted, createdBy, refused, seed } from './helpers.ts';

describe('phases', () => {
  test('addPhase goes to its place in time, with an id from its title', () => {
    const diagram = seed();
    const result = addPhase(diagram, 'Välivaihe', '2022-01', '2022-06', '#ffeedd');
    expect(createdBy(result)).toEqual(['valivaihe']);
    const after = accepted(result);
    expect(after.phases.map((p) => p.id)).toEqual(['vate', 'valivaihe', 'aluevaltuusto', 'hyvinvointialue']);
    expect(after.phases[1]).toEqual({ id: 'valivaihe', title: 'Välivaihe', start: '2022-01', end: '2022-06', color: '#ffeedd' });
    expect(accepted(addPhase(diagram, 'Myöhemmin', '2024-01')).phases.at(-1)).toEqual({
      id: 'myohemmin',
      title: 'Myöhemmin',
      start: '2024-01',
    });
  });

  test('addPhase refusals', () => {
    expect(refused(addPhase(seed(), 'P', '2022-03', '2022-02'))).toEqual([
      { path: ['phases', 2, 'end'], code: 'endBeforeStart', params: { start: '2022-03', end: '2022-02' } },
    ]);
    expect(refused(addPhase(seed(), 'P', '2022-03', undefined, 'blue'))).toEqual([
      { path: ['phases', 2, 'color'], code: 'color', params: { value: 'blue' } },
    ]);
  });

  test('updatePhase: end removed makes it open-ended; unknown properties kept', () => {
    const diagram = seed();
    const open = accepted(updatePhase(diagram, 'vate', { end: null, title: 'VATE' }));
    expect(open.phases[0]).toEqual({ id: 'vate', title: 'VATE', start: '2021-07', color: '#e6eef6' });
    const withExtra = accepted(updatePhase({ ...diagram, phases: [{ ...diagram.phases[0]!, 'x-note': 1 }] }, 'vate', { color: null }));
    expect(withExtra.phases[0]).toEqual({ id: 'vate', title: 'Väliaikaishallinto (VATE)', start: '2021-07', end: '2022-02', 'x-note': 1 });
    expect(refused(updatePhase(diagram, 'vate', { start: '2022-03' }))).toEqual([
      { path: ['phases', 0, 'end'], code: 'endBeforeStart', params: { start: '2022-03', end: '2022-02' } },
    ]);
    expect(refused(updatePhase(diagram, 'nope', { title: 'x' }))).toEqual([
      { path: ['phases'], code: 'id', params: { value: 'nope' } },
    ]);
  });

  test('deletePhase', () => {
    expect(accepted(deletePhase(seed(), 'aluevaltuusto')).phases.map((p) => p.id)).toEqual(['vate', 'hyvinvointialue']);
  });
});
