/**
 * The published JSON Schema: the committed file is what the valibot schema
 * generates, and a validator nobody here wrote (ajv) agrees with Polku on the
 * fixtures.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { jsonSchemaText, SCHEMA_FILE } from '../../../src/model/jsonSchema.ts';
import { fixtureNames, fixtureText, validFixtures } from './helpers.ts';

const committed = readFileSync(new URL(`../../../${SCHEMA_FILE}`, import.meta.url), 'utf8');

test('the committed schema file is up to date (regenerate: see scripts/gen-schema.ts)', () => {
  expect(committed).toBe(jsonSchemaText());
});

test('generating twice gives the same text', () => {
  expect(jsonSchemaText()).toBe(jsonSchemaText());
});

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(committed) as object);

describe('ajv with the committed schema', () => {
  test.each(validFixtures())('accepts %s', (file) => {
    const ok = validate(JSON.parse(fixtureText(file)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  /** Rules JSON Schema cannot express: Polku refuses these files, ajv cannot. */
  const NOT_EXPRESSIBLE = new Set([
    'duplicate-id.json',
    'end-before-start.json',
    'axis-end-before-start.json',
    'unknown-lane.json',
    'unknown-legend.json',
    'unknown-step.json',
    'self-link.json',
    'levels-out-of-order.json',
    'too-deep.json',
  ]);
  /** Not JSON at all: nothing to validate. */
  const NOT_JSON = new Set(['not-json.json', 'not-utf8.json']);

  const invalid = fixtureNames('invalid/').filter((name) => !NOT_JSON.has(name));

  test.each(invalid.filter((name) => !NOT_EXPRESSIBLE.has(name)))('refuses invalid/%s', (name) => {
    expect(validate(JSON.parse(fixtureText(`invalid/${name}`)))).toBe(false);
  });

  test.each(invalid.filter((name) => NOT_EXPRESSIBLE.has(name)))(
    'accepts invalid/%s (its rule is beyond JSON Schema; it breaks nothing else)',
    (name) => {
      expect(validate(JSON.parse(fixtureText(`invalid/${name}`)))).toBe(true);
    },
  );

  test('counts code points as Polku does: 200 emoji pass, 201 do not', () => {
    const doc = JSON.parse(fixtureText('valid/emoji-title.json')) as Record<string, unknown>;
    expect(validate({ ...doc, title: '🌱'.repeat(200) })).toBe(true);
    expect(validate({ ...doc, title: '🌱'.repeat(201) })).toBe(false);
  });

  test('refuses 29 February of a common year and accepts it in a leap year', () => {
    const doc = JSON.parse(fixtureText('valid/open-ended-phase.json')) as { phases: Record<string, unknown>[] };
    const withStart = (start: string) => ({ ...doc, phases: [{ ...doc.phases[0], start, end: undefined }] });
    expect(validate(JSON.parse(JSON.stringify(withStart('2024-02-29'))))).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(withStart('2023-02-29'))))).toBe(false);
    expect(validate(JSON.parse(JSON.stringify(withStart('1900-02-29'))))).toBe(false);
  });

  test('refuses an array where an object belongs, as Polku does', () => {
    const doc = JSON.parse(fixtureText('valid/minimal.json')) as Record<string, unknown>;
    expect(validate({ ...doc, lanes: [[]] })).toBe(false);
  });
});
