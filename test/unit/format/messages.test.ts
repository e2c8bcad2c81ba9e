/** The problem messages: complete in every language, and formatted as the UI shows them. */
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import {
  formatLocation,
  formatMessage,
  formatPath,
  formatProblem,
  type Translate,
} from '../../../src/i18n/problems.ts';
import { PROBLEM_CODES } from '../../../src/model/problemCodes.ts';
import { translators } from './helpers.ts';
import { problemMessages } from '../../../src/i18n/problemMessages.ts';

const t = translators();

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'object' && inner !== null ? keysOf(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1] as string).sort();
}

describe('resources', () => {
  test('every problem code has a message in Finnish, Swedish and English', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const code of PROBLEM_CODES) expect(problemMessages[lang][code], `${lang} ${code}`).toBeTruthy();
    }
  });

  test('the three languages have the same keys and the same placeholders', () => {
    const fi = keysOf(problemMessages.fi).sort();
    expect(keysOf(problemMessages.sv).sort()).toEqual(fi);
    expect(keysOf(problemMessages.en).sort()).toEqual(fi);
    for (const key of fi) {
      const get = (lang: 'fi' | 'sv' | 'en') =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], problemMessages[lang]) as string;
      expect(placeholders(get('sv')), key).toEqual(placeholders(get('fi')));
      expect(placeholders(get('en')), key).toEqual(placeholders(get('fi')));
    }
  });
});

describe('formatPath', () => {
  test.each([
    [[], ''],
    [['title'], 'title'],
    [['steps', 3, 'lane'], 'steps[3].lane'],
    [['depth', 'levels', 1, 'at'], 'depth.levels[1].at'],
    [['steps', 0, 'x-note', 2], 'steps[0]["x-note"][2]'],
    [['a b'], '["a b"]'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('formatLocation and formatProblem', () => {
  test('a friendly place word, counted from 1, with the canonical path (counted from 0)', () => {
    expect(formatLocation(['steps', 3, 'lane'], t.fi)).toBe('askel 4 (steps[3].lane)');
    expect(formatLocation(['lanes', 0], t.sv)).toBe('nivå 1 (lanes[0])');
    expect(formatLocation(['depth', 'levels', 1, 'at'], t.en)).toBe('depth level 2 (depth.levels[1].at)');
    expect(formatLocation(['depth', 'title'], t.fi)).toBe('osallisuuden aste (depth.title)');
    expect(formatLocation(['axis', 'end'], t.en)).toBe('axis (axis.end)');
    expect(formatLocation(['steps', 0, 'notes', 2], t.en)).toBe('step 1 (steps[0].notes[2])');
    expect(formatLocation(['title'], t.fi)).toBe('title');
    expect(formatLocation([], t.fi)).toBe('');
  });

  test('a whole-file problem is the message alone', () => {
    expect(formatProblem({ path: [], code: 'notJson', params: { line: 2, column: 5, detail: 'x' } }, t.en)).toBe(
      'The file is not valid JSON: error at line 2, column 5.',
    );
  });

  test('values are shown as they are, never HTML-escaped', () => {
    const problem = { path: ['steps', 0, 'lane'], code: 'unknownLane', params: { id: '<b>&"x"</b>' } } as const;
    expect(formatMessage(problem, t.en)).toBe('No lane "<b>&"x"</b>".');
  });

  test('numbers are written the way of each language', () => {
    const problem = { path: ['steps'], code: 'tooMany', params: { max: 10000, found: 12345 } } as const;
    expect(formatMessage(problem, t.fi)).toBe('Askelia saa olla enintään 10\u00a0000, nyt 12\u00a0345.');
    expect(formatMessage(problem, t.sv)).toBe('Högst 10\u00a0000 steg är tillåtna, nu 12\u00a0345.');
    expect(formatMessage(problem, t.en)).toBe('At most 10,000 steps are allowed; this file has 12,345.');
  });

  test('a list without its own wording uses the general one', () => {
    const problem = { path: ['x'], code: 'tooMany', params: { max: 1, found: 2 } } as const;
    expect(formatMessage(problem, t.en)).toBe('Too many: at most 1, found 2.');
  });

  test('works with the app’s kind of i18next instance, keys under "problem"', async () => {
    const app = i18next.createInstance();
    await app.init({
      lng: 'sv',
      resources: { sv: { translation: { ok: 'OK', problem: problemMessages.sv } } },
      interpolation: { escapeValue: false },
    });
    const translate: Translate = app.t;
    expect(formatProblem({ path: ['links', 0, 'to'], code: 'unknownStep', params: { id: 's9' } }, translate)).toBe(
      'koppling 1 (links[0].to): Steget "s9" finns inte.',
    );
  });

  test('or with any (key, options) => string', () => {
    const echo: Translate = (key, options) => `${key}${options && 'id' in options ? `:${String(options['id'])}` : ''}`;
    expect(formatProblem({ path: ['steps', 1, 'lane'], code: 'unknownLane', params: { id: 'x' } }, echo)).toBe(
      'problem.where.steps (steps[1].lane): problem.unknownLane:x',
    );
  });
});
