/**
 * The date fields' refusals, under the key `dateInput`; loaded with the first
 * date field (the panels, the start dialog), not with the app. `{{examples}}`
 * are the forms that work in the UI language, from src/model/dateInput.ts,
 * joined by the language's "or"; the hint under a field is `field.dateHint`.
 */
import type { DateInputProblem } from '../model/dateInput.ts';
import type { UiLanguage } from './ui.ts';

/** Every refusal kind has its message in every language. */
type Messages = Readonly<Record<UiLanguage, { readonly refused: Readonly<Record<DateInputProblem['kind'], string>> }>>;

export const dateInputMessages = {
  fi: {
    refused: {
      empty: 'Päivämäärä puuttuu. Kirjoita esimerkiksi {{examples}}.',
      form: 'Päivämäärä ”{{value}}” ei kelpaa. Kirjoita esimerkiksi {{examples}}.',
      noYear: 'Päivämäärästä ”{{value}}” puuttuu vuosi. Kirjoita esimerkiksi {{examples}}.',
      month: 'Päivämäärä ”{{value}}” ei kelpaa: kuukausi on 1–12. Kirjoita esimerkiksi {{examples}}.',
      day: 'Päivämäärä ”{{value}}” ei kelpaa: sitä päivää ei ole kalenterissa. Kirjoita esimerkiksi {{examples}}.',
    },
  },
  sv: {
    refused: {
      empty: 'Datum saknas. Skriv till exempel {{examples}}.',
      form: 'Datumet ”{{value}}” duger inte. Skriv till exempel {{examples}}.',
      noYear: 'Året saknas i datumet ”{{value}}”. Skriv till exempel {{examples}}.',
      month: 'Datumet ”{{value}}” duger inte: månaden ska vara 1–12. Skriv till exempel {{examples}}.',
      day: 'Datumet ”{{value}}” duger inte: den dagen finns inte i kalendern. Skriv till exempel {{examples}}.',
    },
  },
  en: {
    refused: {
      empty: 'The date is missing. Write, for example, {{examples}}.',
      form: 'The date “{{value}}” is not valid. Write, for example, {{examples}}.',
      noYear: 'The date “{{value}}” has no year. Write, for example, {{examples}}.',
      month: 'The date “{{value}}” is not valid: the month is 1–12. Write, for example, {{examples}}.',
      day: 'The date “{{value}}” is not valid: the calendar has no such day. Write, for example, {{examples}}.',
    },
  },
} as const satisfies Messages;
