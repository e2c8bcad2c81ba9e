/** Share links: encode and decode, the caps, a decompression bomb, and hostile links. */
import fc from 'fast-check';
import { deflateRaw } from 'pako';
import { describe, expect, test } from 'vitest';
import { encodeBase64url } from '../../../src/io/base64url.ts';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import { SHARE_FRAGMENT_PREFIX, isShareFragment } from '../../../src/io/shareFragment.ts';
import { decodeShareFragment, encodeShareLink, MAX_READ_FRAGMENT_CHARS, MAX_SHARE_LINK_CHARS } from '../../../src/io/shareLink.ts';
import { isProblemCode } from '../../../src/model/problemCodes.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { fixtureText } from '../format/helpers.ts';
import { bigDocument } from '../format/generate.ts';

const BASE = 'https://polku.example/app/?lang=sv';

function diagramOf(file: string): Diagram {
  const result = readDiagramText(fixtureText(file));
  if (!result.ok) throw new Error(`${file} does not open`);
  return result.diagram;
}

function linkOf(diagram: Diagram, notes = false): string {
  const link = encodeShareLink(diagram, { notes, base: BASE });
  if (!link.ok) throw new Error(`refused: ${link.length}`);
  return link.url;
}

const fragmentOf = (url: string) => url.slice(url.indexOf('#'));
/** A fragment carrying these bytes of deflate-raw data. */
const fragmentWith = (bytes: Uint8Array) => `${SHARE_FRAGMENT_PREFIX}${encodeBase64url(bytes)}`;
const fragmentOfText = (text: string) => fragmentWith(deflateRaw(new TextEncoder().encode(text)));

async function codesOf(fragment: string): Promise<string[]> {
  const result = await decodeShareFragment(fragment);
  if (result.ok) throw new Error('accepted');
  return result.problems.map((p) => p.code);
}

describe('encode and decode', () => {
  test.each(['osallisuuspolku.json', 'valid/unknown-properties.json', 'paths/satakunta-jarjestostrategia-2024-2035.json', 'templates/keski-suomi-yhteistyomalli.json'])(
    '%s comes back with the same values',
    async (file) => {
      const diagram = diagramOf(file);
      const url = linkOf(diagram, true);
      expect(url.startsWith('https://polku.example/app/?lang=sv#polku=')).toBe(true);
      expect(isShareFragment(fragmentOf(url))).toBe(true);
      expect(await decodeShareFragment(fragmentOf(url))).toEqual({ ok: true, diagram });
    },
  );

  test('the link is the address, the mark and base64url only, and its length is reported', () => {
    const link = encodeShareLink(diagramOf('osallisuuspolku.json'), { notes: false, base: BASE });
    if (!link.ok) throw new Error('refused');
    expect(link.length).toBe(link.url.length);
    expect(link.url.slice(BASE.length)).toMatch(/^#polku=[A-Za-z0-9_-]+$/);
  });

  test('a fragment of the address it is made on is dropped', () => {
    const link = encodeShareLink(diagramOf('valid/minimal.json'), { notes: false, base: `${BASE}#polku=old` });
    expect(link.ok && link.url.split('#')).toEqual([BASE, expect.stringMatching(/^polku=[A-Za-z0-9_-]+$/)]);
  });

  test('workshop notes, comments and votes stay out unless ticked', async () => {
    const diagram = diagramOf('valid/workshop.json');
    const text = JSON.stringify(diagram);
    expect(text).toMatch(/"comments"|"votes"|"notes"/);
    const without = await decodeShareFragment(fragmentOf(linkOf(diagram, false)));
    const withNotes = await decodeShareFragment(fragmentOf(linkOf(diagram, true)));
    if (!without.ok || !withNotes.ok) throw new Error('not read');
    expect(JSON.stringify(without.diagram)).not.toMatch(/"comments"|"votes"|"notes"/);
    expect(withNotes.diagram).toEqual(diagram);
  });
});

describe('caps', () => {
  test(`links over ${MAX_SHARE_LINK_CHARS} characters are refused with their length`, () => {
    // random titles do not compress: a few hundred steps make a long link
    const doc = bigDocument(400, 0);
    const steps = doc['steps'] as { title: string }[];
    steps.forEach((s, i) => (s.title = `${i} ${Math.random().toString(36).slice(2)} ${Math.random().toString(36).slice(2)}`));
    const result = readDiagramText(JSON.stringify(doc));
    if (!result.ok) throw new Error('invalid');
    const link = encodeShareLink(result.diagram, { notes: false, base: BASE });
    expect(link).toEqual({ ok: false, reason: 'tooLong', length: expect.any(Number) as number, max: MAX_SHARE_LINK_CHARS });
    expect(!link.ok && link.length).toBeGreaterThan(MAX_SHARE_LINK_CHARS);
  });

  test(`a fragment over ${MAX_READ_FRAGMENT_CHARS} characters is not read`, async () => {
    const long = `${SHARE_FRAGMENT_PREFIX}${'A'.repeat(MAX_READ_FRAGMENT_CHARS)}`;
    expect(await decodeShareFragment(long)).toEqual({
      ok: false,
      problems: [{ path: [], code: 'linkTooLong', params: { length: long.length, max: MAX_READ_FRAGMENT_CHARS } }],
    });
  });

  test('a decompression bomb is given up past 20 MB, soon', async () => {
    // 200 MB of spaces inside a valid diagram's JSON packs into about 200 KB: too long a link;
    // 40 MB packs into about 40 KB, under the 64 KiB a link may have
    const bomb = deflateRaw(new Uint8Array(40_000_000).fill(0x20), { level: 9 });
    const fragment = fragmentWith(bomb);
    expect(fragment.length).toBeLessThan(MAX_READ_FRAGMENT_CHARS);
    const start = performance.now();
    const result = await decodeShareFragment(fragment);
    const ms = performance.now() - start;
    console.log(`bomb: ${fragment.length} characters → refused after ${ms.toFixed(0)} ms`);
    expect(result).toEqual({ ok: false, problems: [{ path: [], code: 'linkTooLarge', params: { max: 20 } }] });
  });

  test('just under 20 MB unpacked is read', async () => {
    const minimal = fixtureText('valid/minimal.json').trimEnd();
    const padded = `${minimal.slice(0, -1)},"x":"${'a'.repeat(19_000_000)}"}`;
    const result = await decodeShareFragment(fragmentOfText(padded));
    expect(result.ok).toBe(true);
  });
});

describe('hostile links change nothing and say why', () => {
  test.each([
    ['not base64url', `${SHARE_FRAGMENT_PREFIX}abc$def`],
    ['standard base64 with padding', `${SHARE_FRAGMENT_PREFIX}q1YqTi0uzs/zSy0pzs8rTk0BAA==`],
    ['an impossible length', `${SHARE_FRAGMENT_PREFIX}AAAAA`],
    ['empty', SHARE_FRAGMENT_PREFIX],
    ['not deflate data', fragmentWith(new TextEncoder().encode('{"format":"participation-path"}'))],
    ['not UTF-8', fragmentWith(deflateRaw(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))],
    ['another mark', '#other=abc'],
  ])('%s: linkDamaged', async (_, fragment) => {
    expect(await codesOf(fragment)).toEqual(['linkDamaged']);
  });

  test('a link cut short is damaged', async () => {
    const fragment = fragmentOf(linkOf(diagramOf('osallisuuspolku.json')));
    for (const cut of [10, 100, fragment.length - 8]) expect(await codesOf(fragment.slice(0, cut))).toEqual(['linkDamaged']);
  });

  test('bytes after the end of the data make it damaged', async () => {
    const data = deflateRaw(new TextEncoder().encode(fixtureText('valid/minimal.json')));
    expect((await decodeShareFragment(fragmentWith(data))).ok).toBe(true);
    expect(await codesOf(fragmentWith(new Uint8Array([...data, 1, 2, 3])))).toEqual(['linkDamaged']);
  });

  test('a valid link to an invalid diagram gives the reader’s located problems', async () => {
    const result = await decodeShareFragment(fragmentOfText(fixtureText('invalid/unknown-lane.json')));
    expect(result).toEqual({ ok: false, problems: [{ path: ['steps', 1, 'lane'], code: 'unknownLane', params: { id: 'valmistelu' } }] });
  });

  test('prototype keys are refused where they are, and no prototype changes', async () => {
    const result = await decodeShareFragment(fragmentOfText(fixtureText('invalid/proto-key.json')));
    expect(result).toMatchObject({ ok: false, problems: [{ path: ['steps', 0, '__proto__'], code: 'forbiddenKey' }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a diagram of an unknown future version is refused, naming its version', async () => {
    const future = fixtureText('valid/minimal.json').replace('"version": 1', '"version": 2');
    expect(await decodeShareFragment(fragmentOfText(future))).toEqual({
      ok: false,
      problems: [{ path: ['version'], code: 'version', params: { found: '2', supported: '1' } }],
    });
  });
});

describe('the decoder never throws', () => {
  const valid = fragmentOf(linkOf(diagramOf('osallisuuspolku.json'), true));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /** refused with known codes and paths, or a diagram */
  async function expectAnswer(fragment: string) {
    const result = await decodeShareFragment(fragment);
    if (result.ok) {
      expect(result.diagram.format).toBe('participation-path');
      return;
    }
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(isProblemCode(problem.code)).toBe(true);
      expect(Array.isArray(problem.path)).toBe(true);
    }
  }

  test('on random links', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 2000 })),
        async (tail) => expectAnswer(`${SHARE_FRAGMENT_PREFIX}${tail}`),
      ),
      { numRuns: 300 },
    );
  });

  test('on random deflate data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => expectAnswer(fragmentWith(bytes))),
      { numRuns: 300 },
    );
  });

  test('on mutated valid links', async () => {
    const tail = valid.slice(SHARE_FRAGMENT_PREFIX.length);
    const edit = fc.record({
      at: fc.nat({ max: tail.length - 1 }),
      kind: fc.constantFrom('replace', 'delete', 'insert', 'cut'),
      char: fc.constantFrom(...alphabet, '=', '%', ' ', 'ä'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let text = tail;
        for (const { at, kind, char } of edits) {
          const i = at % Math.max(1, text.length);
          if (kind === 'replace') text = text.slice(0, i) + char + text.slice(i + 1);
          else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
          else text = text.slice(0, i);
        }
        await expectAnswer(`${SHARE_FRAGMENT_PREFIX}${text}`);
      }),
      { numRuns: 300 },
    );
  });

  test('on deflated hostile JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.json({ depthSize: 'medium' }), async (json) => expectAnswer(fragmentOfText(json))),
      { numRuns: 200 },
    );
  });
});
