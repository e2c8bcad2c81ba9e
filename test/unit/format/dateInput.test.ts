/** The date parser of every date field: the forms people type in fi/sv/en, the refusals, and the round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInputExamples, formatDateInput, monthWords, parseDateInput, type DateInputLanguage } from '../../../src/model/dateInput.ts';
import { daysInMonth, isDate } from '../../../src/model/dates.ts';
import { MONTH_NAMES } from '../../../src/model/monthNames.ts';
import { periodLabel, shortDate } from '../../../src/layout/contentText.ts';
import { fieldMessages } from '../../../src/i18n/panels.ts';

const LANGS: readonly DateInputLanguage[] = ['fi', 'sv', 'en'];

function parsed(text: string, lang: DateInputLanguage): string {
  const r = parseDateInput(text, lang);
  return r.ok ? r.date : `refused: ${r.problem.kind}`;
}

/** Forms every language reads, with the file date they mean. */
const EVERY_LANGUAGE: readonly (readonly [string, string])[] = [
  ['1/2025', '2025-01'],
  ['01/2025', '2025-01'],
  ['1/25', '2025-01'],
  ['12/2025', '2025-12'],
  ['1 / 2025', '2025-01'],
  ['3.2025', '2025-03'],
  ['03.2025', '2025-03'],
  ['2025-01', '2025-01'],
  ['2025-1', '2025-01'],
  ['2025-03-10', '2025-03-10'],
  ['2025-3-9', '2025-03-09'],
  ['10.3.2025', '2025-03-10'],
  ['10.03.2025', '2025-03-10'],
  ['10.3.25', '2025-03-10'],
  ['10.3.2025.', '2025-03-10'],
  ['10. 3. 2025', '2025-03-10'],
  ['  10.3.2025 ', '2025-03-10'],
  ['29.2.2024', '2024-02-29'],
  ['29.2.2000', '2000-02-29'],
  ['31.12.1999', '1999-12-31'],
  // what the diagram writes (shortDate, periodLabel's ends)
  ['7/2021', '2021-07'],
  ['15.7.2021', '2021-07-15'],
  ['24.3.2025', '2025-03-24'],
];

/** Month names and day forms, per the language they belong to (each also read in the other two). */
const NAMED: Readonly<Record<DateInputLanguage, readonly (readonly [string, string])[]>> = {
  fi: [
    ['tammikuu 2025', '2025-01'],
    ['Tammikuu 2025', '2025-01'],
    ['tammikuuta 2025', '2025-01'],
    ['tammikuussa 2025', '2025-01'],
    ['maaliskuu 2025', '2025-03'],
    ['maalisk. 2025', '2025-03'],
    ['maalis 2025', '2025-03'],
    ['kesäkuu 2025', '2025-06'],
    ['KESÄKUU 2025', '2025-06'],
    ['joulukuu 2025', '2025-12'],
    ['10. maaliskuuta 2025', '2025-03-10'],
    ['10 maaliskuuta 2025', '2025-03-10'],
    ['10.maaliskuuta 2025', '2025-03-10'],
    ['1. tammikuuta 2026', '2026-01-01'],
    ['29. helmikuuta 2024', '2024-02-29'],
    ['31. joulukuuta 2025', '2025-12-31'],
  ],
  sv: [
    ['mars 2025', '2025-03'],
    ['januari 2025', '2025-01'],
    ['Januari 2025', '2025-01'],
    ['maj 2025', '2025-05'],
    ['okt 2025', '2025-10'],
    ['okt. 2025', '2025-10'],
    ['10 mars 2025', '2025-03-10'],
    ['den 10 mars 2025', '2025-03-10'],
    ['1 juli 2025', '2025-07-01'],
    ['5 sept 2021', '2021-09-05'],
  ],
  en: [
    ['March 2025', '2025-03'],
    ['Mar 2025', '2025-03'],
    ['march, 2025', '2025-03'],
    ['Mar. 2025', '2025-03'],
    ['May 2025', '2025-05'],
    ['10 Mar 2025', '2025-03-10'],
    ['10 March 2025', '2025-03-10'],
    ['10th March 2025', '2025-03-10'],
    ['1st May 2025', '2025-05-01'],
    ['March 10, 2025', '2025-03-10'],
    ['March 10 2025', '2025-03-10'],
    ['Mar 10, 2025', '2025-03-10'],
    ['Mar. 10, 2025', '2025-03-10'],
    ['March 3rd, 2025', '2025-03-03'],
    ['16 Aug 2021', '2021-08-16'],
    ['5 Sep 2021', '2021-09-05'],
    ['Sept 5, 2021', '2021-09-05'],
  ],
};

describe('parseDateInput: the forms people type', () => {
  for (const lang of LANGS) {
    it(`reads the numeric and ISO forms in ${lang}`, () => {
      for (const [text, date] of EVERY_LANGUAGE) expect(parsed(text, lang), text).toBe(date);
    });
    it(`reads every language's month names in ${lang}`, () => {
      for (const [text, date] of Object.values(NAMED).flat()) expect(parsed(text, lang), text).toBe(date);
    });
  }

  it('reads every month by every name the data has, in every language', () => {
    for (const lang of LANGS) {
      for (const names of Object.values(MONTH_NAMES)) {
        for (let m = 1; m <= 12; m++) {
          const mm = String(m).padStart(2, '0');
          expect(parsed(`${names.full[m - 1]!} 2025`, lang)).toBe(`2025-${mm}`);
          expect(parsed(`${names.short[m - 1]!} 2025`, lang)).toBe(`2025-${mm}`);
          expect(parsed(`15 ${names.short[m - 1]!} 2025`, lang)).toBe(`2025-${mm}-15`);
        }
      }
    }
  });

  it('has no word that names two months', () => {
    // monthWords throws when built with a clash; check its content too
    const words = monthWords();
    expect(words.get('mar')).toBe(3);
    expect(words.get('maj')).toBe(5);
    expect(words.get('may')).toBe(5);
    expect(words.get('maaliskuuta')).toBe(3);
    expect(words.size).toBeGreaterThan(90);
  });

  it('reads two-digit years as POSIX %y does: 00–68 → 20xx, 69–99 → 19xx', () => {
    expect(parsed('1/00', 'fi')).toBe('2000-01');
    expect(parsed('1/68', 'fi')).toBe('2068-01');
    expect(parsed('1/69', 'fi')).toBe('1969-01');
    expect(parsed('1/99', 'fi')).toBe('1999-01');
    expect(parsed('10.3.99', 'sv')).toBe('1999-03-10');
    expect(parsed('29.2.24', 'en')).toBe('2024-02-29');
  });
});

describe('parseDateInput: refusals', () => {
  const refused: readonly (readonly [string, string])[] = [
    ['31.2.2025', 'day'],
    ['30.2.2024', 'day'],
    ['29.2.2023', 'day'],
    ['29.2.1900', 'day'],
    ['31.4.2025', 'day'],
    ['0.3.2025', 'day'],
    ['2025-02-29', 'day'],
    ['2025-04-31', 'day'],
    ['31. helmikuuta 2025', 'day'],
    ['February 30, 2025', 'day'],
    ['13/2025', 'month'],
    ['0/2025', 'month'],
    ['00/2025', 'month'],
    ['2025-13', 'month'],
    ['2025-00', 'month'],
    ['2025-13-01', 'month'],
    ['10.13.2025', 'month'],
    ['13.2025', 'month'],
    ['10.3.', 'noYear'],
    ['10.3', 'noYear'],
    ['maaliskuu', 'noYear'],
    ['10. maaliskuuta', 'noYear'],
    ['10 Mar', 'noYear'],
    ['Mar 25', 'noYear'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['garbage', 'form'],
    ['huomenna', 'form'],
    ['10 smarch 2025', 'form'],
    ['10/3/2025', 'form'],
    ['3/10/2025', 'form'],
    ['2025', 'form'],
    ['1/2025–3/2025', 'form'],
    ['1/202', 'form'],
    ['1/20255', 'form'],
    ['maaliskuu 25', 'noYear'],
    ['2025-03-10T00:00', 'form'],
    ['10.3.2025 alkaen', 'form'],
    ['<b>1/2025</b>', 'form'],
    ['１/2025', 'form'],
  ];
  for (const lang of LANGS) {
    it(`refuses impossible dates and garbage in ${lang}`, () => {
      for (const [text, kind] of refused) expect(parsed(text, lang), text).toBe(`refused: ${kind}`);
    });
  }

  it('names the forms that work in the language of the person', () => {
    expect(dateInputExamples('fi')).toEqual(['3/2025', 'maaliskuu 2025', '10.3.2025']);
    expect(dateInputExamples('sv')).toEqual(['3/2025', 'mars 2025', '10.3.2025']);
    expect(dateInputExamples('en')).toEqual(['3/2025', 'March 2025', '10 Mar 2025']);
    const r = parseDateInput('31.2.2025', 'sv');
    expect(r).toEqual({ ok: false, problem: { kind: 'day', examples: ['3/2025', 'mars 2025', '10.3.2025'] } });
  });

  it('every example it names is read back in its language', () => {
    for (const lang of LANGS) for (const example of dateInputExamples(lang)) expect(parseDateInput(example, lang).ok, example).toBe(true);
  });
});

describe('formatDateInput', () => {
  it('writes the person’s form', () => {
    expect(formatDateInput('2025-01', 'fi')).toBe('1/2025');
    expect(formatDateInput('2025-01', 'sv')).toBe('1/2025');
    expect(formatDateInput('2025-01', 'en')).toBe('1/2025');
    expect(formatDateInput('2025-03-10', 'fi')).toBe('10.3.2025');
    expect(formatDateInput('2025-03-10', 'sv')).toBe('10.3.2025');
    expect(formatDateInput('2025-03-10', 'en')).toBe('10 Mar 2025');
    expect(formatDateInput('0999-12-01', 'fi')).toBe('1.12.0999');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatDateInput('', 'fi')).toBe('');
    expect(formatDateInput('2025-02-30', 'en')).toBe('2025-02-30');
  });
});

/** Any date of the file format: year 0000–9999, a month, or a day of it. */
const fileDate = fc
  .record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), day: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }) })
  .map(({ y, m, day }) => {
    const ym = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    return day === undefined ? ym : `${ym}-${String(Math.min(day, daysInMonth(y, m))).padStart(2, '0')}`;
  });

describe('round trip (property)', () => {
  it('parse(format(d)) = d for every date and language', () => {
    fc.assert(
      fc.property(fileDate, fc.constantFrom(...LANGS), (date, lang) => {
        expect(isDate(date)).toBe(true);
        expect(parseDateInput(formatDateInput(date, lang), lang)).toEqual({ ok: true, date });
      }),
      { numRuns: 5000 },
    );
  });

  it('the file’s own form is read as it is in every language', () => {
    fc.assert(
      fc.property(fileDate, fc.constantFrom(...LANGS), (date, lang) => {
        expect(parseDateInput(date, lang)).toEqual({ ok: true, date });
      }),
      { numRuns: 2000 },
    );
  });

  it('whatever is typed, a date read is a valid file date', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), fc.constantFrom(...LANGS), (text, lang) => {
        const r = parseDateInput(text, lang);
        if (r.ok) expect(isDate(r.date)).toBe(true);
        else expect(r.problem.examples).toHaveLength(3);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('what the diagram displays is read back', () => {
  it('every date the diagram writes (shortDate) reads back, in every language (property)', () => {
    fc.assert(
      fc.property(fileDate, fc.constantFrom(...LANGS), (date, lang) => {
        expect(parseDateInput(shortDate(date), lang)).toEqual({ ok: true, date });
      }),
      { numRuns: 3000 },
    );
  });

  it('each end of a phase period as the diagram writes it reads back, in every content and UI language', () => {
    // a period across a year end is written with both ends whole; within a month or a year the
    // start is written as people write it ("10.–24.3.2025"): its end, written whole, reads back
    for (const content of LANGS) {
      const [from, to] = periodLabel(content, '2024-12-30', '2025-01-02').split('–');
      const [, end] = periodLabel(content, '2025-03-10', '2025-03-24').split('–');
      for (const lang of LANGS) {
        expect(parsed(from!.trim(), lang)).toBe('2024-12-30');
        expect(parsed(to!.trim(), lang)).toBe('2025-01-02');
        expect(parsed(end!.trim(), lang)).toBe('2025-03-24');
      }
    }
  });
});

describe('the date fields’ hint', () => {
  it('names, in each UI language, the month and day forms that language’s field shows and reads', () => {
    for (const lang of LANGS) {
      const hint = fieldMessages[lang].dateHint;
      const [month, , day] = dateInputExamples(lang);
      expect(hint, lang).toContain(month);
      expect(hint, lang).toContain(day);
      expect(hint, lang).not.toMatch(/VVVV|YYYY|ÅÅÅÅ/);
    }
  });
});
