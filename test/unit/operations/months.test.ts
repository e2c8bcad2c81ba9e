/** Whole-month arithmetic: year ends, month lengths, leap years. */
import { describe, expect, test } from 'vitest';
import { addMonths, moveStep, moveSteps, resizeStepEnd } from '../../../src/model/operations/index.ts';
import { accepted, refused, small, step } from './helpers.ts';

const plus = (date: string, months: number) => {
  const result = addMonths(date, months);
  return result.ok ? result.date : `refused ${result.value}`;
};

describe('addMonths', () => {
  test('across year ends, both ways', () => {
    expect(plus('2021-11', 3)).toBe('2022-02');
    expect(plus('2022-02', -3)).toBe('2021-11');
    expect(plus('2021-12', 1)).toBe('2022-01');
    expect(plus('2022-01', -1)).toBe('2021-12');
    expect(plus('2021-07', 24)).toBe('2023-07');
    expect(plus('2021-07', 0)).toBe('2021-07');
  });

  test('a day keeps its day, clamped to the month, counted from the original day', () => {
    expect(plus('2022-01-31', 1)).toBe('2022-02-28');
    expect(plus('2022-01-31', 2)).toBe('2022-03-31');
    expect(plus('2022-01-31', 3)).toBe('2022-04-30');
    expect(plus('2022-03-31', -1)).toBe('2022-02-28');
    expect(plus('2022-01-15', 1)).toBe('2022-02-15');
  });

  test('leap years', () => {
    expect(plus('2024-01-31', 1)).toBe('2024-02-29');
    expect(plus('2024-02-29', 12)).toBe('2025-02-28');
    expect(plus('2024-02-29', 48)).toBe('2028-02-29');
    expect(plus('2100-01-31', 1)).toBe('2100-02-28');
    expect(plus('2000-01-31', 1)).toBe('2000-02-29');
  });

  test('refuses to leave the years 0000–9999', () => {
    expect(plus('9999-12', 1)).toBe('refused 10000-01');
    expect(plus('0000-01-15', -1)).toBe('refused -0001-12-15');
    expect(plus('0000-01', 0)).toBe('0000-01');
  });

  test('whole months: a fraction is cut toward zero', () => {
    expect(plus('2021-11', 2.9)).toBe('2022-01');
    expect(plus('2021-11', -1.5)).toBe('2021-10');
  });
});

describe('moveStep', () => {
  test('moves start and end by the same months, across a year end', () => {
    const diagram = small();
    const moved = accepted(moveStep(diagram, 's2', { months: -3 }));
    expect(step(moved, 's2')).toMatchObject({ start: '2021-10-31', end: '2021-12' });
    const later = accepted(moveStep(diagram, 's1', { months: 3 }));
    expect(step(later, 's1')?.start).toBe('2022-02');
  });

  test('a day start keeps its day clamped to the month; the end moves with it', () => {
    const moved = accepted(moveStep(small(), 's2', { months: 1 }));
    expect(step(moved, 's2')).toMatchObject({ start: '2022-02-28', end: '2022-04' });
    const twice = accepted(moveStep(small(), 's2', { months: 2 }));
    expect(step(twice, 's2')).toMatchObject({ start: '2022-03-31', end: '2022-05' });
  });

  test('to another lane by delta (clamped to the lanes) or by id', () => {
    const diagram = small();
    expect(step(accepted(moveStep(diagram, 's1', { months: 0, laneDelta: 2 })), 's1')?.lane).toBe('c');
    expect(step(accepted(moveStep(diagram, 's1', { months: 0, laneDelta: 7 })), 's1')?.lane).toBe('c');
    expect(step(accepted(moveStep(diagram, 's1', { months: 0, laneDelta: -1 })), 's1')?.lane).toBe('a');
    expect(step(accepted(moveStep(diagram, 's3', { months: 1, lane: 'a' })), 's3')).toMatchObject({
      lane: 'a',
      start: '2022-03',
    });
    expect(refused(moveStep(diagram, 's3', { months: 1, lane: 'zz' }))).toEqual([
      { path: ['lanes'], code: 'unknownLane', params: { id: 'zz' } },
    ]);
  });

  test('a move that changes nothing returns the input itself', () => {
    const diagram = small();
    const result = moveStep(diagram, 's1', { months: 0, laneDelta: -1 });
    expect(result.ok && result.diagram).toBe(diagram);
  });

  test('a date leaving the calendar is refused with a located problem', () => {
    const diagram = small();
    expect(refused(moveStep(diagram, 's1', { months: 12 * 8000 }))).toEqual([
      { path: ['steps', 0, 'start'], code: 'date', params: { value: '10021-11' } },
    ]);
  });
});

describe('moveSteps', () => {
  test('moves a selection together; the lane move is clamped for the whole selection', () => {
    const diagram = small();
    const down = accepted(moveSteps(diagram, ['s1', 's2'], 1, 5));
    // s2 is in lane b: the selection can go down one lane only
    expect([step(down, 's1')?.lane, step(down, 's2')?.lane, step(down, 's3')?.lane]).toEqual(['b', 'c', 'c']);
    expect(step(down, 's1')?.start).toBe('2021-12');
    expect(step(down, 's2')?.start).toBe('2022-02-28');
    const up = accepted(moveSteps(diagram, ['s2', 's3'], 0, -1));
    expect([step(up, 's2')?.lane, step(up, 's3')?.lane]).toEqual(['a', 'b']);
    const stuck = moveSteps(diagram, ['s1', 's3'], 0, 1);
    expect(stuck.ok && stuck.diagram).toBe(diagram);
  });

  test('refuses unknown ids and any date leaving the calendar, changing nothing', () => {
    const diagram = small();
    expect(refused(moveSteps(diagram, ['s1', 'nope'], 1))).toEqual([
      { path: ['steps'], code: 'unknownStep', params: { id: 'nope' } },
    ]);
    const far = small({
      steps: [
        { id: 's1', lane: 'a', title: 'One', start: '9999-07' },
        { id: 's2', lane: 'a', title: 'Two', start: '9998-01', end: '9999-06' },
      ],
      links: [],
    });
    expect(refused(moveSteps(far, ['s1', 's2'], 7))).toEqual([
      { path: ['steps', 0, 'start'], code: 'date', params: { value: '10000-02' } },
      { path: ['steps', 1, 'end'], code: 'date', params: { value: '10000-01' } },
    ]);
  });
});

describe('resizeStepEnd', () => {
  test('from the start when there is no end', () => {
    expect(step(accepted(resizeStepEnd(small(), 's1', 2)), 's1')?.end).toBe('2022-01');
  });

  test('from the end, across a year end', () => {
    expect(step(accepted(resizeStepEnd(small(), 's2', 10)), 's2')?.end).toBe('2023-01');
  });

  test('a day end keeps its day, clamped to the month', () => {
    const diagram = small({
      steps: [{ id: 's1', lane: 'a', title: 'One', start: '2024-01-10', end: '2024-01-31' }],
      links: [],
    });
    expect(step(accepted(resizeStepEnd(diagram, 's1', 1)), 's1')?.end).toBe('2024-02-29');
    expect(step(accepted(resizeStepEnd(diagram, 's1', 2)), 's1')?.end).toBe('2024-03-31');
  });

  test('never before the start', () => {
    const diagram = small();
    expect(step(accepted(resizeStepEnd(diagram, 's2', -5)), 's2')?.end).toBe('2022-01');
    expect(step(accepted(resizeStepEnd(diagram, 's1', -3)), 's1')?.end).toBe('2021-11');
    const days = small({
      steps: [{ id: 's1', lane: 'a', title: 'One', start: '2022-03', end: '2022-04-10' }],
      links: [],
    });
    expect(step(accepted(resizeStepEnd(days, 's1', -6)), 's1')?.end).toBe('2022-03-01');
  });
});
