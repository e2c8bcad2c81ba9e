/**
 * Words the layout itself writes into the diagram (month names, "from"):
 * they follow the diagram's content language, not the UI language, so that
 * an exported image reads the same whoever exports it.
 */
import { shortMonthName } from '../model/monthNames';
import type { ContentLanguage } from '../model/types';

/** The axis's month label: fi `maalis`, sv `mar`, en `Mar` (the names live in src/model/monthNames.ts). */
export function monthName(lang: ContentLanguage, month: number): string {
  return shortMonthName(lang, month);
}

/** A date as the seeds write it: 7/2021, or 15.7.2021 for a day. */
export function shortDate(s: string): string {
  const y = s.slice(0, 4);
  const m = Number(s.slice(5, 7));
  if (s.length > 7) return `${Number(s.slice(8, 10))}.${m}.${y}`;
  return `${m}/${y}`;
}

/** "7/2021–2/2022", "1/2023 alkaen" */
export function periodLabel(lang: ContentLanguage, start: string, end: string | undefined): string {
  if (end === undefined) {
    const from = { fi: `${shortDate(start)} alkaen`, sv: `från ${shortDate(start)}`, en: `from ${shortDate(start)}` };
    return from[lang];
  }
  return `${shortDate(start)}–${shortDate(end)}`;
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
