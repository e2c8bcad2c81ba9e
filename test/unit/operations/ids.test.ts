/** Readable, unique ids. */
import { describe, expect, test } from 'vitest';
import { createIdAllocator, slugify, uniqueId } from '../../../src/model/operations/index.ts';
import { ID_PATTERN } from '../../../src/model/patterns.ts';
import { seed, small } from './helpers.ts';

describe('slugify', () => {
  test.each([
    ['Strategiatyö', 'strategiatyo'],
    ['Ääni ja Åland', 'aani-ja-aland'],
    ['Väliaikaishallinto (VATE)', 'valiaikaishallinto-vate'],
    ['  Järjestöt / liitot!  ', 'jarjestot-liitot'],
    ['snake_case-ok', 'snake_case-ok'],
    ['Straße', 'strasse'],
    ['🌱🌱', ''],
    ['', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test('long titles are cut at a word boundary, to at most 40 characters', () => {
    const slug = slugify('Luotujen järjestöyhteistyön ja koordinaatiomallien pilotointi');
    expect(slug).toBe('luotujen-jarjestoyhteistyon-ja');
    expect(slugify('x'.repeat(100))).toHaveLength(40);
  });
});

describe('uniqueId', () => {
  test('the slug, then -2, -3 … when taken anywhere in the document', () => {
    const diagram = small();
    expect(uniqueId(diagram, 'Uusi')).toBe('uusi');
    expect(uniqueId(diagram, 'S1')).toBe('s1-2'); // a step's id
    expect(uniqueId(diagram, 'Kind')).toBe('kind-2'); // a legend entry's id
    expect(uniqueId(diagram, 'A')).toBe('a-2'); // a lane's id
    expect(uniqueId(seed(), 'Väliaikaishallinto')).toBe('valiaikaishallinto');
  });

  test('a fallback for text without letters or digits', () => {
    expect(uniqueId(small(), '🌱', 'step')).toBe('step');
    expect(uniqueId(small(), '🌱')).toBe('id');
  });

  test('an allocator gives ids unique among each other too, always valid', () => {
    const next = createIdAllocator(small());
    const ids = Array.from({ length: 300 }, () => next('S1'));
    expect(ids[0]).toBe('s1-2');
    expect(ids[1]).toBe('s1-3');
    expect(new Set(ids).size).toBe(300);
    const longOnes = Array.from({ length: 20 }, () => next('y'.repeat(90)));
    expect(new Set(longOnes).size).toBe(20);
    for (const id of [...ids, ...longOnes]) expect(id).toMatch(ID_PATTERN);
  });
});
