/**
 * Properties of the reader over generated documents: what is written reads
 * back the same (unknown properties, emoji, right-to-left marks, 10,000
 * steps), and hostile values anywhere are refused with located problems —
 * never a throw.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readDiagramText, readDiagramValue, type ReadResult } from '../../../src/io/readDiagram.ts';
import { writeDiagramText } from '../../../src/io/writeDiagram.ts';
import { jsonTypeOf } from '../../../src/model/json.ts';
import { FORBIDDEN_KEYS, MAX_NESTING, MAX_STEPS } from '../../../src/model/limits.ts';
import type { Path } from '../../../src/model/path.ts';
import { isProblemCode } from '../../../src/model/problemCodes.ts';
import { SHAPES } from '../../../src/model/shapes.ts';
import type { Diagram, Problem } from '../../../src/model/types.ts';
import { validDocumentArb, type Doc } from '../../helpers/validDocuments.ts';

function accepted(result: ReadResult): Diagram {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.diagram;
}

/** Refused, each problem with a known code and a path of keys and indices. */
function refused(result: ReadResult): Problem[] {
  if (result.ok) throw new Error('accepted');
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(isProblemCode(problem.code), problem.code).toBe(true);
    expect(problem.path.every((s) => typeof s === 'string' || (Number.isInteger(s) && s >= 0))).toBe(true);
  }
  return result.problems;
}

/** Every value of a document with its path, the document first (without recursion). */
function nodesOf(doc: unknown): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = [];
  const stack: { path: Path; value: unknown }[] = [{ path: [], value: doc }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    out.push(node);
    const { path, value } = node;
    if (Array.isArray(value)) value.forEach((v: unknown, i) => stack.push({ path: [...path, i], value: v }));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v });
  }
  return out;
}

/** `doc` with the value at `path` replaced (own property, whatever its name). */
function replaced(doc: Doc, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(doc);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  Object.defineProperty(node, path[path.length - 1] as string | number, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((s, i) => s === b[i]);

/** A list or object nested `depth` levels, built without recursion. */
function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

const shallowHostileValue = fc.oneof(
  fc.constantFrom('\ud800', 'a\udc00b', '\u0000', 'x\u0000y', '\u0007', '\u009f', '', ' ', '1', 'null', '__proto__'),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, -(2 ** 60), 0.5, -1, 0, 1e21),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], [null], [[[]]], [1, 'a', {}], {}, { a: 1 }, { lanes: [] }),
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
);
const hostileValue = fc.oneof(
  { weight: 6, arbitrary: shallowHostileValue },
  { weight: 1, arbitrary: fc.integer({ min: MAX_NESTING + 1, max: 20_000 }).chain((depth) => fc.boolean().map((asObject) => nested(depth, asObject))) },
);

describe('what is written reads back the same', () => {
  test('the generated documents hold what the properties are about', () => {
    const texts = fc.sample(validDocumentArb(), { numRuns: 200, seed: 13 }).map((doc) => JSON.stringify(doc));
    const share = (pattern: RegExp) => texts.filter((t) => pattern.test(t)).length / texts.length;
    expect(share(/\u200f|\u202e|\u2067/)).toBeGreaterThan(0.3); // right-to-left marks, overrides, isolates
    expect(share(/\p{Extended_Pictographic}/u)).toBeGreaterThan(0.3); // emoji
    expect(share(/\\ud[89ab]/)).toBeGreaterThan(0.1); // lone surrogates (JSON.stringify escapes them)
    expect(share(/"x-note"|"\d+":/)).toBeGreaterThan(0.3); // unknown properties, integer-like keys among them
    const unknownInSteps = fc
      .sample(validDocumentArb({ steps: { min: 3, max: 5 } }), { numRuns: 50, seed: 13 })
      .filter((doc) => (doc['steps'] as object[]).some((step) => Object.keys(step).some((k) => !SHAPES.step.order.includes(k))));
    expect(unknownInSteps.length).toBeGreaterThan(10);
  });

  test('generated valid documents: unknown properties, emoji, right-to-left marks, lone surrogates', () => {
    fc.assert(
      fc.property(validDocumentArb(), (doc) => {
        const diagram = accepted(readDiagramValue(doc));
        const text = writeDiagramText(diagram);
        const again = accepted(readDiagramText(text));
        expect(again).toEqual(diagram);
        // and the text is stable: writing what was read gives the same bytes
        expect(writeDiagramText(again)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  // generating, reading, writing and reading again 10,000 steps takes seconds: two runs, and no shrinking of such a case
  test(`${MAX_STEPS.toLocaleString('en')} steps`, { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(validDocumentArb({ steps: { min: MAX_STEPS, max: MAX_STEPS } }), (doc) => {
        const diagram = accepted(readDiagramValue(doc));
        expect(diagram.steps).toHaveLength(MAX_STEPS);
        expect(accepted(readDiagramText(writeDiagramText(diagram)))).toEqual(diagram);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  });
});

describe('hostile values are refused where they are, never thrown', () => {
  test('a value of the wrong type at any path the format knows', () => {
    fc.assert(
      fc.property(validDocumentArb({ knownOnly: true }), fc.nat(), hostileValue, (doc, pick, value) => {
        const nodes = nodesOf(doc).filter((n) => jsonTypeOf(n.value) !== jsonTypeOf(value));
        fc.pre(nodes.length > 0);
        const { path } = nodes[pick % nodes.length]!;
        const problems = refused(readDiagramValue(replaced(doc, path, value)));
        expect(problems.some((p) => isPrefix(p.path, path) || isPrefix(path, p.path)), JSON.stringify({ path, problems: problems.slice(0, 3) })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('any value at any path, unknown properties included: an answer, never a throw', () => {
    fc.assert(
      fc.property(validDocumentArb(), fc.nat(), hostileValue, (doc, pick, value) => {
        const nodes = nodesOf(doc);
        const { path } = nodes[pick % nodes.length]!;
        const result = readDiagramValue(replaced(doc, path, value));
        if (!result.ok) refused(result);
      }),
      { numRuns: 300 },
    );
  });

  test('prototype keys at every depth, inside unknown values too', () => {
    fc.assert(
      // (a value nested too deep would be the one problem told: nesting is checked first)
      fc.property(validDocumentArb(), fc.nat(), fc.constantFrom(...FORBIDDEN_KEYS), shallowHostileValue, (doc, pick, key, value) => {
        const objects = nodesOf(doc).filter((n) => jsonTypeOf(n.value) === 'object');
        const { path } = objects[pick % objects.length]!;
        const problems = refused(readDiagramValue(replaced(doc, [...path, key], value)));
        expect(problems).toContainEqual({ path: [...path, key], code: 'forbiddenKey', params: { key } });
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(({} as Record<string, unknown>)['a']).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  test('nesting deeper than the limit anywhere is refused at the first too deep place', () => {
    fc.assert(
      fc.property(validDocumentArb(), fc.nat(), fc.integer({ min: MAX_NESTING + 1, max: 50_000 }), fc.boolean(), (doc, pick, depth, asObject) => {
        const nodes = nodesOf(doc);
        const { path } = nodes[pick % nodes.length]!;
        const problems = refused(readDiagramValue(replaced(doc, path, nested(depth, asObject))));
        expect(problems).toHaveLength(1);
        const [problem] = problems as [Problem];
        expect(problem.code).toBe('tooDeep');
        expect(isPrefix(path, problem.path)).toBe(true);
        expect(problem.path).toHaveLength(MAX_NESTING);
      }),
      { numRuns: 50 },
    );
  });

  test('any JSON value as the whole document', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        refused(readDiagramText(text));
      }),
      { numRuns: 300 },
    );
  });

  test('the text of a valid document with characters changed, added or removed', () => {
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'delete', 'insert'),
      char: fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\ud800', '\u2028', '1', 'e', '-', ' ', 'ä', '🌱'),
    });
    fc.assert(
      fc.property(validDocumentArb(), fc.array(edit, { minLength: 1, maxLength: 3 }), (doc, edits) => {
        let text = JSON.stringify(doc);
        for (const { at, kind, char } of edits) {
          const i = at % text.length;
          if (kind === 'replace') text = text.slice(0, i) + char + text.slice(i + 1);
          else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else text = text.slice(0, i) + char + text.slice(i);
        }
        const result = readDiagramText(text);
        if (!result.ok) refused(result);
      }),
      { numRuns: 300 },
    );
  });
});
