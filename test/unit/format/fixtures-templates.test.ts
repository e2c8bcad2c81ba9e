/**
 * The templates (fixtures/templates/, the gallery "Uusi mallista") and the other real paths
 * (fixtures/paths/): every file opens with the app's own reader, the JSON Schema accepts it,
 * saving it gives its bytes back, and the gallery's index.json names existing diagrams with
 * titles and one-line descriptions in Finnish, Swedish and English.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/i18n/problems.ts';
import { readDiagramFile } from '../../../src/io/readDiagram.ts';
import { writeDiagramText } from '../../../src/io/writeDiagram.ts';
import { SCHEMA_FILE } from '../../../src/model/jsonSchema.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { FIXTURES, translators } from './helpers.ts';

const t = translators();
const TEMPLATES = new URL('templates/', FIXTURES);
const INDEX = 'index.json';
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
  JSON.parse(readFileSync(new URL(`../../../${SCHEMA_FILE}`, import.meta.url), 'utf8')) as object,
);

function jsonNames(folder: URL): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

const templateFiles = jsonNames(TEMPLATES).filter((name) => name !== INDEX);
const pathFiles = jsonNames(new URL('paths/', FIXTURES));
/** Every diagram file, as a path under fixtures/. */
const diagramFiles = [...templateFiles.map((name) => `templates/${name}`), ...pathFiles.map((name) => `paths/${name}`)];

function bytesOf(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(new URL(file, FIXTURES)));
}

async function open(file: string): Promise<Diagram> {
  const result = await readDiagramFile(new Blob([bytesOf(file)]));
  if (!result.ok) throw new Error(`${file}:\n${result.problems.map((p) => formatProblem(p, t.en)).join('\n')}`);
  return result.diagram;
}

test('there are four templates and five other paths', () => {
  expect(templateFiles).toHaveLength(4);
  expect(pathFiles).toHaveLength(5);
});

describe.each(diagramFiles)('%s', (file) => {
  test('opens with the app’s reader', async () => {
    const diagram = await open(file);
    expect(diagram.steps.length).toBeGreaterThan(0);
  });

  test('saving it gives its bytes back (properties in writing order, two spaces, final newline)', async () => {
    const diagram = await open(file);
    expect(new TextEncoder().encode(writeDiagramText(diagram))).toEqual(bytesOf(file));
  });

  test('the published JSON Schema accepts it (ajv)', () => {
    const ok = validate(JSON.parse(new TextDecoder().decode(bytesOf(file))));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('says what it is: language, description, credit; has phases, a depth band and arrows', async () => {
    const diagram = await open(file);
    expect(['fi', 'sv', 'en']).toContain(diagram.language);
    expect(diagram.description?.length ?? 0).toBeGreaterThan(100);
    expect(diagram.source?.length ?? 0).toBeGreaterThan(10);
    expect(diagram.phases.length).toBeGreaterThan(0);
    expect(diagram.depth?.levels.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(diagram.links.length).toBeGreaterThan(0);
  });
});

describe.each(templateFiles.map((name) => `templates/${name}`))('template %s', (file) => {
  test('is Finnish, credits its source ("Lähde: …") and has a legend', async () => {
    const diagram = await open(file);
    expect(diagram.language).toBe('fi');
    expect(diagram.source).toMatch(/^Lähde: /);
    expect(diagram.legend.length).toBeGreaterThan(0);
  });
});

/** First day of a date as a day number (a month: its first day). */
function firstDay(date: string): number {
  const [y, m, d = 1] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d) / 86_400_000;
}
/** Last day of a date as a day number (a month: its last day). */
function lastDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return d === undefined ? Date.UTC(y!, m!, 0) / 86_400_000 : Date.UTC(y!, m! - 1, d) / 86_400_000;
}

describe('the five paths cover what issue 11 asks for', () => {
  const paths = () => Promise.all(pathFiles.map((name) => open(`paths/${name}`)));

  test('spans of about 2 weeks, 6 months, 1 year, 4 years and 12 years', async () => {
    const spans = (await paths())
      .map((d) => lastDay(d.axis!.end!) - firstDay(d.axis!.start!) + 1)
      .sort((a, b) => a - b);
    expect(spans).toEqual([14, 181, 365, 1461, 4383]);
  });

  test('one in Swedish, one dense (≈40 steps, 6 lanes), one sparse (≈6 steps)', async () => {
    const all = await paths();
    expect(all.filter((d) => d.language === 'sv')).toHaveLength(1);
    expect(all.filter((d) => d.steps.length >= 38 && d.lanes.length === 6)).toHaveLength(1);
    expect(all.filter((d) => d.steps.length <= 8)).toHaveLength(1);
  });

  test('one-day steps and day-dated periods are among them', async () => {
    const steps = (await paths()).flatMap((d) => d.steps);
    const oneDay = steps.filter((s) => s.start.length === 10 && (s.end === undefined || s.end === s.start));
    const dayPeriods = steps.filter((s) => s.start.length === 10 && s.end !== undefined && s.end !== s.start);
    expect(oneDay.length).toBeGreaterThan(10);
    expect(dayPeriods.length).toBeGreaterThan(5);
  });
});

type Entry = {
  id: string;
  file: string;
  title: Record<'fi' | 'sv' | 'en', string>;
  description: Record<'fi' | 'sv' | 'en', string>;
};

describe('the gallery index (templates/index.json)', () => {
  const index = JSON.parse(readFileSync(new URL(INDEX, TEMPLATES), 'utf8')) as Entry[];

  test('is a list with unique ids, the seed diagram first', () => {
    expect(Array.isArray(index)).toBe(true);
    expect(new Set(index.map((e) => e.id)).size).toBe(index.length);
    expect(index[0]).toMatchObject({ id: 'osallisuuspolku', file: '../osallisuuspolku.json' });
  });

  test('lists every template file of the folder', () => {
    const listed = index.map((e) => e.file).filter((f) => !f.startsWith('../'));
    expect(listed.sort()).toEqual(templateFiles);
  });

  test.each(index.map((e) => [e.id, e] as const))('%s: an existing diagram, named by its id', async (id, entry) => {
    const url = new URL(entry.file, TEMPLATES);
    expect(existsSync(url)).toBe(true);
    expect(entry.file.replace(/^.*\//, '')).toBe(`${id}.json`);
    await open(url.href.slice(FIXTURES.href.length));
  });

  test.each(index.map((e) => [e.id, e] as const))('%s: a title and a one-line description in fi, sv and en', (_id, entry) => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(entry.title[lang]?.trim().length ?? 0).toBeGreaterThan(0);
      expect(entry.description[lang]?.trim().length ?? 0).toBeGreaterThan(0);
      expect(entry.description[lang]).not.toMatch(/\n/);
      expect(entry.description[lang].length).toBeLessThanOrEqual(120);
    }
    // three different texts, not one copied
    expect(new Set(Object.values(entry.title)).size).toBe(3);
  });
});
