/** Shared helpers of the format tests: fixture files and i18next instances. */
import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Translate } from '../../../src/i18n/problems.ts';
import { problemMessages } from '../../../src/i18n/problemMessages.ts';

export const FIXTURES = new URL('../../../fixtures/', import.meta.url);

/** The names of the `.json` files of a fixture folder ('' = fixtures/ itself). */
export function fixtureNames(folder: '' | 'valid/' | 'invalid/'): string[] {
  return readdirSync(new URL(folder, FIXTURES))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

export function fixtureBytes(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(file, FIXTURES)));
}

export function fixtureText(file: string): string {
  return readFileSync(new URL(file, FIXTURES), 'utf8');
}

/** Every valid fixture: fixtures/*.json (the default diagram, templates …) and fixtures/valid/*.json. */
export function validFixtures(): string[] {
  return [...fixtureNames(''), ...fixtureNames('valid/').map((name) => `valid/${name}`)];
}

/** A translate function per language, from a fresh i18next instance set up as the app does. */
export function translators(): Record<'fi' | 'sv' | 'en', Translate> {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'fi',
    fallbackLng: false,
    initAsync: false,
    resources: {
      fi: { translation: { problem: problemMessages.fi } },
      sv: { translation: { problem: problemMessages.sv } },
      en: { translation: { problem: problemMessages.en } },
    },
  });
  return { fi: instance.getFixedT('fi'), sv: instance.getFixedT('sv'), en: instance.getFixedT('en') };
}
