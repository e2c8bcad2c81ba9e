/** Whole-day moves: a day-dated step moves by days where the axis shows days; a month-dated one stays a month. */
import { describe, expect, test } from 'vitest';
import { addDays, moveStep, moveSteps, resizeStepEnd, shiftDate, shiftPhaseEdges } from '../../../src/model/operations/index.ts';
import { accepted, refused, small, step } from './helpers.ts';

const plus = (date: string, days: number) => {
  const result = addDays(date, days);
  return result.ok ? result.date : `refused ${result.value}`;
};

describe('addDays', () => {
  test('across month and year ends, both ways', () => {
    expect(plus('2021-08-30', 3)).toBe('2021-09-02');
    expect(plus('2021-09-02', -3)).toBe('2021-08-30');
    expect(plus('2021-12-31', 1)).toBe('2022-01-01');
    expect(plus('2022-01-01', -1)).toBe('2021-12-31');
    expect(plus('2021-08-16', 0)).toBe('2021-08-16');
    expect(plus('2021-08-16', 365)).toBe('2022-08-16');
  });

  test('leap years, and years before 100 (no two-digit-year quirk)', () => {
    expect(plus('2024-02-28', 1)).toBe('2024-02-29');
    expect(plus('2023-02-28', 1)).toBe('2023-03-01');
    expect(plus('2100-02-28', 1)).toBe('2100-03-01');
    expect(plus('2000-02-28', 1)).toBe('2000-02-29');
    expect(plus('0050-12-31', 1)).toBe('0051-01-01');
  });

  test('a month is not a day: it moves by the months its first day crosses', () => {
    expect(plus('2021-08', 40)).toBe('2021-09');
    expect(plus('2021-08', 10)).toBe('2021-08');
    expect(plus('2021-08', -1)).toBe('2021-07');
  });

  test('refuses to leave the years 0000–9999; a fraction is cut toward zero', () => {
    expect(plus('9999-12-31', 1)).toBe('refused 10000-01-01');
    expect(plus('0000-01-01', -1)).toBe('refused -0001-12-31');
    expect(plus('2021-08-16', 2.9)).toBe('2021-08-18');
  });

  test('shiftDate: a day date by the days when given, else by the months; a month date by the months', () => {
    expect(shiftDate('2021-08-16', { months: 1, days: 3 })).toEqual({ ok: true, date: '2021-08-19' });
    expect(shiftDate('2021-08-16', { months: 1 })).toEqual({ ok: true, date: '2021-09-16' });
    expect(shiftDate('2021-08', { months: 1, days: 3 })).toEqual({ ok: true, date: '2021-09' });
  });
});

const dayDated = () =>
  small({
    steps: [
      { id: 'd', lane: 'a', title: 'Days', start: '2021-08-30', end: '2021-09-02' },
      { id: 'm', lane: 'b', title: 'Month', start: '2021-09', end: '2021-10' },
      { id: 'mixed', lane: 'c', title: 'Day to month', start: '2021-08-30', end: '2021-09' },
      { id: 'open', lane: 'c', title: 'No end', start: '2021-08-16' },
    ],
    links: [],
  });

describe('moving by days', () => {
  test('a day-dated step moves by days, start and end alike', () => {
    expect(step(accepted(moveStep(dayDated(), 'd', { months: 0, days: 3 })), 'd')).toMatchObject({ start: '2021-09-02', end: '2021-09-05' });
    expect(step(accepted(moveStep(dayDated(), 'open', { months: 0, days: -16 })), 'open')).toMatchObject({ start: '2021-07-31' });
    // without days (a bare number, or months only) it moves by months, keeping its day
    expect(step(accepted(moveSteps(dayDated(), ['d'], 1)), 'd')).toMatchObject({ start: '2021-09-30', end: '2021-10-02' });
  });

  test('a month-dated step in the same move stays month-dated and moves by the months', () => {
    const moved = accepted(moveSteps(dayDated(), ['d', 'm'], { months: 1, days: 3 }));
    expect(step(moved, 'd')).toMatchObject({ start: '2021-09-02', end: '2021-09-05' });
    expect(step(moved, 'm')).toMatchObject({ start: '2021-10', end: '2021-11' });
    // by days alone, a month-dated step does not move: the edit changes nothing
    const base = dayDated();
    const stays = moveSteps(base, ['m'], { months: 0, days: 3 });
    expect(stays.ok && stays.diagram).toBe(base);
  });

  test('a day start with a month end: the end moves by the months the start crossed', () => {
    expect(step(accepted(moveStep(dayDated(), 'mixed', { months: 0, days: 3 })), 'mixed')).toMatchObject({ start: '2021-09-02', end: '2021-10' });
    expect(step(accepted(moveStep(dayDated(), 'mixed', { months: 0, days: 1 })), 'mixed')).toMatchObject({ start: '2021-08-31', end: '2021-09' });
  });

  test('refused when a day leaves the calendar', () => {
    const far = small({ steps: [{ id: 'x', lane: 'a', title: 'X', start: '9999-12-30', end: '9999-12-31' }], links: [] });
    expect(refused(moveSteps(far, ['x'], { months: 0, days: 1 }))).toEqual([
      { path: ['steps', 0, 'end'], code: 'date', params: { value: '10000-01-01' } },
    ]);
  });

  test('resizeStepEnd by days: from the end, or from the start; never before the start', () => {
    expect(step(accepted(resizeStepEnd(dayDated(), 'd', { months: 0, days: 2 })), 'd')?.end).toBe('2021-09-04');
    expect(step(accepted(resizeStepEnd(dayDated(), 'open', { months: 0, days: 4 })), 'open')?.end).toBe('2021-08-20');
    expect(step(accepted(resizeStepEnd(dayDated(), 'd', { months: 0, days: -10 })), 'd')?.end).toBe('2021-08-30');
    // a month end moves by months even when days are given
    expect(step(accepted(resizeStepEnd(dayDated(), 'm', { months: 1, days: 5 })), 'm')?.end).toBe('2021-11');
  });

  test('shiftPhaseEdges by days: day dates by the days, month dates by the months', () => {
    const d = small({
      phases: [
        { id: 'p1', title: 'Kommentointi', start: '2021-08-16', end: '2021-09-05' },
        { id: 'p2', title: 'Työpajat', start: '2021-09-06', end: '2021-10' },
      ],
    });
    const after = accepted(shiftPhaseEdges(d, { starts: ['p2'], ends: ['p1'] }, { months: 0, days: 2 }));
    expect(after.phases).toEqual([
      { id: 'p1', title: 'Kommentointi', start: '2021-08-16', end: '2021-09-07' },
      { id: 'p2', title: 'Työpajat', start: '2021-09-08', end: '2021-10' },
    ]);
  });
});
