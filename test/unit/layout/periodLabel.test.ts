/** Dates written as people write them, in the content language (phase headers, outline, presenter). */
import { describe, expect, it } from 'vitest';
import { periodLabel, shortDate } from '../../../src/layout/contentText';

describe('periodLabel', () => {
  it('Finnish: the shared month and year written once, the ordinal dot kept', () => {
    expect(periodLabel('fi', '2021-08-16', '2021-09-05')).toBe('16.8.–5.9.2021');
    expect(periodLabel('fi', '2021-09-03', '2021-09-05')).toBe('3.–5.9.2021');
    expect(periodLabel('fi', '2021-12-30', '2022-01-02')).toBe('30.12.2021–2.1.2022');
    expect(periodLabel('fi', '2022-03', '2022-12')).toBe('3–12/2022');
    expect(periodLabel('fi', '2021-07', '2022-02')).toBe('7/2021–2/2022');
    expect(periodLabel('fi', '2023-01', undefined)).toBe('1/2023 alkaen');
    expect(periodLabel('fi', '2021-08-23', undefined)).toBe('23.8.2021 alkaen');
  });

  it('Swedish: no dot before the dash', () => {
    expect(periodLabel('sv', '2021-08-16', '2021-09-05')).toBe('16.8–5.9.2021');
    expect(periodLabel('sv', '2021-09-03', '2021-09-05')).toBe('3–5.9.2021');
    expect(periodLabel('sv', '2021-12-30', '2022-01-02')).toBe('30.12.2021–2.1.2022');
    expect(periodLabel('sv', '2022-03', '2022-12')).toBe('3–12/2022');
    expect(periodLabel('sv', '2023-01', undefined)).toBe('från 1/2023');
  });

  it('English: day, month name and year, a spaced dash between whole dates', () => {
    expect(periodLabel('en', '2021-08-16', '2021-09-05')).toBe('16 Aug – 5 Sep 2021');
    expect(periodLabel('en', '2021-09-03', '2021-09-05')).toBe('3–5 Sep 2021');
    expect(periodLabel('en', '2021-12-30', '2022-01-02')).toBe('30 Dec 2021 – 2 Jan 2022');
    expect(periodLabel('en', '2022-03', '2022-12')).toBe('3–12/2022');
    expect(periodLabel('en', '2023-01', undefined)).toBe('from 1/2023');
  });

  it('one day or one month is that day or month; a day and a month are each written whole', () => {
    expect(periodLabel('fi', '2021-08-23', '2021-08-23')).toBe('23.8.2021');
    expect(periodLabel('en', '2021-08-23', '2021-08-23')).toBe('23 Aug 2021');
    expect(periodLabel('fi', '2022-09', '2022-09')).toBe('9/2022');
    expect(periodLabel('fi', '2022-02-15', '2022-03')).toBe('15.2.2022–3/2022');
    expect(periodLabel('en', '2022-02', '2022-03-15')).toBe('2/2022 – 15 Mar 2022');
  });

  it('shortDate: a month 7/2021 everywhere, a day 15.7.2021 or 15 Jul 2021', () => {
    expect(shortDate('2021-07')).toBe('7/2021');
    expect(shortDate('2021-07-15', 'fi')).toBe('15.7.2021');
    expect(shortDate('2021-07-15', 'sv')).toBe('15.7.2021');
    expect(shortDate('2021-07-15', 'en')).toBe('15 Jul 2021');
  });
});
