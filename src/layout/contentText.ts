/**
 * Words the layout itself writes into the diagram (month names, "from"):
 * they follow the diagram's content language, not the UI language, so that
 * an exported image reads the same whoever exports it.
 */
import { fullMonthName, shortMonthName } from '../model/monthNames';
import type { ContentLanguage, Step } from '../model/types';

/** Weekdays from Monday. */
const WEEKDAYS: Record<ContentLanguage, readonly string[]> = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  sv: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** The axis's month label: fi `maalis`, sv `mar`, en `Mar` (the names live in src/model/monthNames.ts). */
export function monthName(lang: ContentLanguage, month: number): string {
  return shortMonthName(lang, month);
}

/** The full name of a month (1–12): "tammikuu", "januari", "January". */
export function monthNameLong(lang: ContentLanguage, month: number): string {
  return fullMonthName(lang, month);
}

/** The short name of a weekday, 0 = Monday … 6 = Sunday: "ma", "mån", "Mon". */
export function weekdayName(lang: ContentLanguage, weekday: number): string {
  return WEEKDAYS[lang][weekday] ?? '';
}

/** An ISO 8601 week as the language abbreviates it: "vk 34", "v. 34", "w 34". */
export function weekLabel(lang: ContentLanguage, week: number): string {
  return { fi: `vk ${week}`, sv: `v. ${week}`, en: `w ${week}` }[lang];
}

/** A date's parts; the year as the file writes it, four digits ("0050"). */
type DateParts = { readonly y: string; readonly m: number; readonly d: number | null };

function parts(s: string): DateParts {
  return { y: s.slice(0, 4), m: Number(s.slice(5, 7)), d: s.length > 7 ? Number(s.slice(8, 10)) : null };
}

/**
 * A date as people write it: a month 7/2021 in every language; a day
 * 15.7.2021 (fi, sv) or 15 Jul 2021 (en).
 */
export function shortDate(s: string, lang: ContentLanguage = 'fi'): string {
  const { y, m, d } = parts(s);
  if (d === null) return `${m}/${y}`;
  return lang === 'en' ? `${d} ${monthName('en', m)} ${y}` : `${d}.${m}.${y}`;
}

/** A period of two day dates, collapsing the shared month and year as each language does. */
function dayPeriod(lang: ContentLanguage, a: DateParts & { d: number }, b: DateParts & { d: number }): string {
  const sameYear = a.y === b.y;
  const sameMonth = sameYear && a.m === b.m;
  if (lang === 'en') {
    const month = (p: DateParts) => monthName('en', p.m);
    if (sameMonth) return `${a.d}–${b.d} ${month(b)} ${b.y}`;
    if (sameYear) return `${a.d} ${month(a)} – ${b.d} ${month(b)} ${b.y}`;
    return `${a.d} ${month(a)} ${a.y} – ${b.d} ${month(b)} ${b.y}`;
  }
  // Finnish writes the ordinal dot after each part ("16.8.–5.9.2021"); Swedish leaves it off before the dash ("16.8–5.9.2021").
  const dot = lang === 'fi' ? '.' : '';
  const end = `${b.d}.${b.m}.${b.y}`;
  if (sameMonth) return `${a.d}${dot}–${end}`;
  if (sameYear) return `${a.d}.${a.m}${dot}–${end}`;
  return `${a.d}.${a.m}.${a.y}–${end}`;
}

/**
 * A period as people write it, in the content language: months "3–12/2022",
 * "7/2021–2/2022"; days fi "16.8.–5.9.2021", "3.–5.9.2021", sv "16.8–5.9.2021",
 * en "16 Aug – 5 Sep 2021"; open-ended "1/2023 alkaen", "från 1/2023",
 * "from 1/2023". A period of one month or one day is that month or day.
 */
export function periodLabel(lang: ContentLanguage, start: string, end: string | undefined): string {
  if (end === undefined) {
    const s = shortDate(start, lang);
    return { fi: `${s} alkaen`, sv: `från ${s}`, en: `from ${s}` }[lang];
  }
  if (start === end) return shortDate(start, lang);
  const a = parts(start);
  const b = parts(end);
  if (a.d === null && b.d === null) return a.y === b.y ? `${a.m}–${b.m}/${b.y}` : `${a.m}/${a.y}–${b.m}/${b.y}`;
  if (a.d !== null && b.d !== null) return dayPeriod(lang, { ...a, d: a.d }, { ...b, d: b.d });
  // a day and a month: each written whole
  const dash = lang === 'en' ? ' – ' : '–';
  return `${shortDate(start, lang)}${dash}${shortDate(end, lang)}`;
}

/** The words of the workshop list under an exported picture (see workshopAppendix.ts). */
export type WorkshopWords = {
  readonly heading: string;
  readonly outsidePhases: string;
  readonly votes: (count: number) => string;
  /** a comment in the language's quotation marks */
  readonly quoted: (text: string) => string;
};

const WORKSHOP: Record<ContentLanguage, WorkshopWords> = {
  fi: { heading: 'Työpajan kommentit ja äänet', outsidePhases: 'Vaiheiden ulkopuolella', votes: (n) => (n === 1 ? '1 ääni' : `${n} ääntä`), quoted: (t) => `”${t}”` },
  sv: { heading: 'Workshoppens kommentarer och röster', outsidePhases: 'Utanför faserna', votes: (n) => (n === 1 ? '1 röst' : `${n} röster`), quoted: (t) => `”${t}”` },
  en: { heading: 'Workshop comments and votes', outsidePhases: 'Outside the phases', votes: (n) => (n === 1 ? '1 vote' : `${n} votes`), quoted: (t) => `“${t}”` },
};

export function workshopWords(lang: ContentLanguage): WorkshopWords {
  return WORKSHOP[lang];
}

/** A step's dates in words: its start, or its period. */
export function stepPeriodText(lang: ContentLanguage, s: Pick<Step, 'start' | 'end'>): string {
  return s.end === undefined ? shortDate(s.start, lang) : periodLabel(lang, s.start, s.end);
}
