/** The reader: what it checks, in which order, and how fast. */
import { describe, expect, test } from 'vitest';
import { readDiagramFile, readDiagramText, readDiagramValue } from '../../../src/io/readDiagram.ts';
import { MAX_FILE_BYTES, MAX_LINKS, MAX_NESTING, MAX_STEPS } from '../../../src/model/limits.ts';
import { formatMessage } from '../../../src/i18n/problems.ts';
import type { Problem } from '../../../src/model/types.ts';
import { bigDocument } from './generate.ts';
import { fixtureText, translators } from './helpers.ts';

const t = translators();

function problemsOf(result: ReturnType<typeof readDiagramText>): Problem[] {
  if (result.ok) throw new Error('accepted');
  return result.problems;
}

const minimal = {
  format: 'participation-path',
  version: 1,
  title: 'T',
  lanes: [{ id: 'a', title: 'A' }],
  steps: [],
};

describe('order of the checks', () => {
  test('a wrong format stops there: nothing else is reported', () => {
    const problems = problemsOf(readDiagramValue({ format: 'x', version: 99, lanes: 5 }));
    expect(problems.map((p) => p.code)).toEqual(['format']);
  });

  test('an unknown version names the version found and the versions read, and nothing else', () => {
    const problems = problemsOf(readDiagramValue({ format: 'participation-path', version: 2, title: 5 }));
    expect(problems).toEqual([{ path: ['version'], code: 'version', params: { found: '2', supported: '1' } }]);
    expect(formatMessage(problems[0] as Problem, t.en)).toBe(
      'The file has format version 2, which this Polku cannot open. Polku opens format versions: 1.',
    );
  });

  test('a version written as text is not guessed to be a number', () => {
    const problems = problemsOf(readDiagramValue({ ...minimal, version: '1' }));
    expect(problems).toEqual([{ path: ['version'], code: 'version', params: { found: '"1"', supported: '1' } }]);
  });

  test('a missing version says so', () => {
    const { version: _, ...rest } = minimal;
    const problems = problemsOf(readDiagramValue(rest));
    expect(formatMessage(problems[0] as Problem, t.fi)).toBe(
      'Tiedostosta puuttuu muotoversio ("version"). Polku avaa muotoversiot: 1.',
    );
  });

  test('schema and integrity problems are listed together, once each, in document order', () => {
    const problems = problemsOf(
      readDiagramValue({
        ...minimal,
        lanes: [{ id: 'a', title: '' }],
        steps: [
          { id: 'a', lane: 'b', title: 'x', start: '2022-13' },
          { id: 's2', lane: 'a', start: '2022-02', end: '2022-01' },
        ],
      }),
    );
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['lanes.0.title', 'titleLength'],
      ['steps.0.id', 'duplicateId'],
      ['steps.0.lane', 'unknownLane'],
      ['steps.0.start', 'date'],
      ['steps.1.title', 'required'],
      ['steps.1.end', 'endBeforeStart'],
    ]);
  });

  test('a file with 3 problems gives 3', () => {
    const problems = problemsOf(readDiagramText(fixtureText('invalid/three-problems.json')));
    expect(problems).toHaveLength(3);
  });

  test('a missing required property sorts where it would be written', () => {
    const problems = problemsOf(
      readDiagramValue({ format: 'participation-path', version: 1, lanes: [{ id: 'a' }], steps: 'x' }),
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual(['title', 'lanes.0.title', 'steps']);
  });
});

describe('JSON text', () => {
  test('a syntax error is located by line and column (1-based, in code points)', () => {
    const problems = problemsOf(readDiagramText('{\n  "title": "Äö🌱",\n  "x": tru\n}'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: [], code: 'notJson', params: { line: 3, column: 8 } });
    expect(formatMessage(problems[0] as Problem, t.fi)).toBe(
      'Tiedosto ei ole kelvollista JSONia: virhe rivillä 3, sarakkeessa 8.',
    );
  });

  test.each([
    ['', 1, 1],
    ['{"a": 1', 1, 8],
    ['{"a": "b\u0001"}', 1, 9],
    ['{"a": [1, 2,, 3]}', 1, 13],
    ['{"a": 01}', 1, 8],
    ['{"a": 1}\n{', 2, 1],
    ['{"a": "\\x"}', 1, 9],
    ["{'a': 1}", 1, 2],
  ])('%j breaks at %i:%i', (text, line, column) => {
    expect(problemsOf(readDiagramText(text))[0]).toMatchObject({ code: 'notJson', params: { line, column } });
  });

  test('a leading byte order mark is ignored', () => {
    expect(readDiagramText(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });

  test('the document must be an object', () => {
    for (const text of ['null', '[]', '"participation-path"', '1']) {
      expect(problemsOf(readDiagramText(text)).map((p) => p.code)).toEqual(['notObject']);
    }
  });
});

describe('limits', () => {
  test('a Blob over 20 MB is refused before it is read', async () => {
    let read = false;
    const huge = {
      size: MAX_FILE_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;
    const result = await readDiagramFile(huge);
    expect(read).toBe(false);
    expect(result).toEqual({ ok: false, problems: [{ path: [], code: 'tooLarge', params: { size: 20.1, max: 20 } }] });
  });

  test('text over 20 MB is refused before it is parsed', () => {
    const original = JSON.parse;
    let parsed = false;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsed = true;
      return original(...args) as unknown;
    }) as typeof JSON.parse;
    try {
      // 10,000,001 × "ä": 10,000,009 UTF-16 units (under the limit), 20,000,011 bytes of UTF-8 (over it)
      const text = `{"t": "${'ä'.repeat(10_000_001)}"}`;
      const problems = problemsOf(readDiagramText(text));
      expect(problems.map((p) => p.code)).toEqual(['tooLarge']);
      expect(parsed).toBe(false);
      expect(formatMessage(problems[0] as Problem, t.fi)).toBe(
        'Tiedosto on liian suuri (20,1 Mt). Suurin sallittu koko on 20 Mt.',
      );
    } finally {
      JSON.parse = original;
    }
  });

  test('exactly 20 MB is read', async () => {
    const text = JSON.stringify(minimal);
    const padded = text.slice(0, -1) + `,"x":"${'a'.repeat(MAX_FILE_BYTES - text.length - 7)}"}`;
    expect(new Blob([padded]).size).toBe(MAX_FILE_BYTES);
    expect((await readDiagramFile(new Blob([padded]))).ok).toBe(true);
  });

  test(`${MAX_STEPS} steps are fine, ${MAX_STEPS + 1} are refused`, () => {
    expect(readDiagramValue(bigDocument(MAX_STEPS, 0)).ok).toBe(true);
    const problems = problemsOf(readDiagramValue(bigDocument(MAX_STEPS + 1, 0)));
    expect(problems).toEqual([{ path: ['steps'], code: 'tooMany', params: { max: MAX_STEPS, found: MAX_STEPS + 1 } }]);
    expect(formatMessage(problems[0] as Problem, t.en)).toBe('At most 10,000 steps are allowed; this file has 10,001.');
  });

  test('too many steps is reported even when a step is also invalid', () => {
    const doc = bigDocument(MAX_STEPS + 1, 0);
    const steps = doc['steps'] as Record<string, unknown>[];
    delete steps[5]?.['title'];
    const codes = problemsOf(readDiagramValue(doc)).map((p) => p.code);
    expect(codes).toEqual(['tooMany', 'required']);
  });

  test(`objects and lists nested ${MAX_NESTING} levels deep are read, ${MAX_NESTING + 1} are refused at the first too deep`, () => {
    // the document is level 1, "x" level 2: n nested lists reach level n + 1
    const nested = (n: number): unknown => (n === 0 ? 'leaf' : [nested(n - 1)]);
    expect(readDiagramValue({ ...minimal, x: nested(MAX_NESTING - 1) }).ok).toBe(true);
    const problems = problemsOf(readDiagramValue({ ...minimal, x: nested(MAX_NESTING), y: nested(MAX_NESTING + 5) }));
    expect(problems).toEqual([{ path: ['x', ...Array<number>(MAX_NESTING - 1).fill(0)], code: 'tooDeep', params: { max: MAX_NESTING } }]);
  });

  test('a million levels of nesting are refused, never a stack overflow, wherever they are', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const deepObject = `${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`;
    for (const text of [
      `{"format":"participation-path","version":1,"title":"T","lanes":[],"steps":[],"x":${deep}}`,
      `{"format":${deep},"version":1}`,
      `{"format":"participation-path","version":${deepObject}}`,
      deep,
    ]) {
      expect(problemsOf(readDiagramText(text)).map((p) => p.code)).toEqual(['tooDeep']);
    }
  });

  test(`${MAX_LINKS + 1} links are refused`, () => {
    const problems = problemsOf(readDiagramValue(bigDocument(10, MAX_LINKS + 1)));
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([['links', 'tooMany']]);
  });
});

// Figures only: the benchmark (`npm run bench`) owns speed; timed assertions flake on a busy machine.
describe('speed', () => {
  /** Best and median of 9 runs: the best is the cost, the median shows how busy the machine was. */
  function measure(run: () => void): { best: number; median: number } {
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { best: times[0] as number, median: times[4] as number };
  }

  test('5,000 steps and 2,500 links are read (time printed)', () => {
    const document = bigDocument(5_000, 2_500);
    const text = JSON.stringify(document, null, 2);
    expect(readDiagramText(text).ok).toBe(true);
    const read = measure(() => readDiagramText(text));
    const validate = measure(() => readDiagramValue(document));
    console.log(
      `5,000 steps + 2,500 links (${(text.length / 1e6).toFixed(1)} MB): ` +
        `parse + validate best ${read.best.toFixed(1)} ms (median ${read.median.toFixed(1)}), ` +
        `validate only best ${validate.best.toFixed(1)} ms (median ${validate.median.toFixed(1)})`,
    );
    expect(readDiagramValue(document).ok).toBe(true);
  });

  test('a document full of problems lists them all (time printed)', () => {
    const doc = bigDocument(5_000, 2_500);
    for (const step of doc['steps'] as Record<string, unknown>[]) step['lane'] = 'nowhere';
    const problems = problemsOf(readDiagramValue(doc));
    expect(problems).toHaveLength(5_000);
    const time = measure(() => readDiagramValue(doc));
    console.log(`5,000 steps with 5,000 problems: best ${time.best.toFixed(1)} ms (median ${time.median.toFixed(1)})`);
    expect(time.best).toBeGreaterThan(0);
  });
});
