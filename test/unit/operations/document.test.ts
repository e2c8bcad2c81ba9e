/** Edits of the document's own properties. */
import { describe, expect, test } from 'vitest';
import {
  setAxis,
  setAxisMode,
  setDescription,
  setLanguage,
  setSource,
  setSubtitle,
  setTitle,
} from '../../../src/model/operations/index.ts';
import type { AxisMode, ContentLanguage } from '../../../src/model/types.ts';
import { accepted, refused, seed, small } from './helpers.ts';

describe('title, subtitle, source, description, language', () => {
  test('set and keep everything else, unknown properties included', () => {
    const diagram = small({ 'x-view': { zoom: 2 } });
    const after = accepted(setTitle(diagram, 'Uusi otsikko'));
    expect(after.title).toBe('Uusi otsikko');
    expect(after['x-view']).toEqual({ zoom: 2 });
    expect(after.steps).toBe(diagram.steps);
  });

  test('the empty string removes subtitle, source and description', () => {
    const diagram = seed();
    const after = accepted(setDescription(accepted(setSource(accepted(setSubtitle(diagram, '')), '')), ''));
    expect('subtitle' in after || 'source' in after || 'description' in after).toBe(false);
    const again = accepted(setSubtitle(after, 'Ala'));
    expect(again.subtitle).toBe('Ala');
    const same = setSubtitle(after, '');
    expect(same.ok && same.diagram).toBe(after);
  });

  test('refusals are located', () => {
    const diagram = seed();
    expect(refused(setTitle(diagram, ''))).toEqual([{ path: ['title'], code: 'titleLength', params: { length: 0, max: 200 } }]);
    expect(refused(setTitle(diagram, 'a'.repeat(201)))).toEqual([
      { path: ['title'], code: 'titleLength', params: { length: 201, max: 200 } },
    ]);
    expect(refused(setSubtitle(diagram, 'x\u0085'))).toEqual([
      { path: ['subtitle'], code: 'controlChar', params: { code: 'U+0085' } },
    ]);
    expect(refused(setSource(diagram, 's'.repeat(4001)))).toEqual([
      { path: ['source'], code: 'textLength', params: { length: 4001, max: 4000 } },
    ]);
    expect(refused(setLanguage(diagram, 'de' as ContentLanguage))).toEqual([
      { path: ['language'], code: 'language', params: { value: 'de' } },
    ]);
  });

  test('a title may hold line breaks and tabs', () => {
    expect(accepted(setTitle(small(), 'Rivi 1\nRivi 2\tsarkain')).title).toBe('Rivi 1\nRivi 2\tsarkain');
  });

  test('language', () => {
    expect(accepted(setLanguage(small(), 'sv')).language).toBe('sv');
  });
});

describe('setAxis', () => {
  test('sets, changes and removes bounds; no bounds left removes the axis', () => {
    const diagram = small();
    const both = accepted(setAxis(diagram, '2021-01', '2023-12'));
    expect(both.axis).toEqual({ start: '2021-01', end: '2023-12' });
    expect(accepted(setAxis(both, '2021-01')).axis).toEqual({ start: '2021-01' });
    expect('axis' in accepted(setAxis(both))).toBe(false);
  });

  test('keeps unknown properties of the axis', () => {
    const diagram = small({ axis: { start: '2021-01', 'x-ticks': 'quarters' } });
    expect(accepted(setAxis(diagram, null, '2022-01')).axis).toEqual({ 'x-ticks': 'quarters', end: '2022-01' });
    expect(accepted(setAxis(diagram)).axis).toEqual({ 'x-ticks': 'quarters' });
  });

  test('refuses an end before the start and invalid dates', () => {
    expect(refused(setAxis(small(), '2022-03', '2022-02-28'))).toEqual([
      { path: ['axis', 'end'], code: 'endBeforeStart', params: { start: '2022-03', end: '2022-02-28' } },
    ]);
    expect(refused(setAxis(small(), '2022-13'))).toEqual([
      { path: ['axis', 'start'], code: 'date', params: { value: '2022-13' } },
    ]);
  });
});

describe('setAxisMode', () => {
  test('"by phase" is written on the axis, keeping its bounds; "time" removes it, and the axis with it when nothing is left', () => {
    const bounded = accepted(setAxis(small(), '2021-01', '2023-12'));
    const phased = accepted(setAxisMode(bounded, 'phases'));
    expect(phased.axis).toEqual({ start: '2021-01', end: '2023-12', mode: 'phases' });
    expect(accepted(setAxisMode(phased, 'time')).axis).toEqual({ start: '2021-01', end: '2023-12' });
    const bare = accepted(setAxisMode(small(), 'phases'));
    expect(bare.axis).toEqual({ mode: 'phases' });
    expect('axis' in accepted(setAxisMode(bare, 'time'))).toBe(false);
    // the bounds can go and the mode stays
    expect(accepted(setAxis(phased)).axis).toEqual({ mode: 'phases' });
  });

  test('an edit that changes nothing returns the diagram itself (no undo step)', () => {
    const diagram = small();
    const same = setAxisMode(diagram, 'time');
    expect(same.ok && same.diagram).toBe(diagram);
  });

  test('refuses an unknown mode, located like an unknown language', () => {
    expect(refused(setAxisMode(small(), 'weeks' as AxisMode))).toEqual([
      { path: ['axis', 'mode'], code: 'axisMode', params: { value: 'weeks' } },
    ]);
  });
});
