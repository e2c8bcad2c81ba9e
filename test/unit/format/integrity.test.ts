/** The cross-reference rules, on documents that may be broken in any way. */
import { describe, expect, test } from 'vitest';
import { checkIntegrity, findForbiddenKeys } from '../../../src/model/integrity.ts';
import { validateDocument } from '../../../src/model/validate.ts';

const doc = (extra: Record<string, unknown>) => ({
  format: 'participation-path',
  version: 1,
  title: 'T',
  lanes: [{ id: 'a', title: 'A' }],
  steps: [],
  ...extra,
});

describe('ids', () => {
  test('lanes, phases, legend, steps and links share one id space; the later use is reported', () => {
    const problems = checkIntegrity({
      format: 'participation-path',
      version: 1,
      title: 'T',
      lanes: [{ id: 'x', title: 'A' }],
      phases: [{ id: 'x', title: 'P', start: '2021-01' }],
      legend: [{ id: 'y', title: 'L' }],
      steps: [{ id: 'y', lane: 'x', title: 'S', start: '2021-01' }],
      links: [{ id: 'x', from: 'y', to: 'z' }],
    });
    expect(problems.filter((p) => p.code === 'duplicateId')).toEqual([
      { path: ['phases', 0, 'id'], code: 'duplicateId', params: { id: 'x', first: 'lanes[0].id' } },
      { path: ['steps', 0, 'id'], code: 'duplicateId', params: { id: 'y', first: 'legend[0].id' } },
      { path: ['links', 0, 'id'], code: 'duplicateId', params: { id: 'x', first: 'lanes[0].id' } },
    ]);
  });

  test('"later" follows the order of the file', () => {
    const problems = checkIntegrity({ steps: [{ id: 'x' }], lanes: [{ id: 'x' }] });
    expect(problems).toEqual([{ path: ['lanes', 0, 'id'], code: 'duplicateId', params: { id: 'x', first: 'steps[0].id' } }]);
  });
});

describe('references', () => {
  test('step.lane, step.legend, link.from, link.to', () => {
    const problems = checkIntegrity(
      doc({
        legend: [{ id: 'k', title: 'K' }],
        steps: [
          { id: 's1', lane: 'a', title: 'S', start: '2021-01', legend: 'k' },
          { id: 's2', lane: 'b', title: 'S', start: '2021-01', legend: 'q' },
        ],
        links: [
          { id: 'l1', from: 's1', to: 's2' },
          { id: 'l2', from: 'nope', to: 's1' },
          { id: 'l3', from: 's2', to: 's2' },
        ],
      }),
    );
    expect(problems).toEqual([
      { path: ['steps', 1, 'lane'], code: 'unknownLane', params: { id: 'b' } },
      { path: ['steps', 1, 'legend'], code: 'unknownLegend', params: { id: 'q' } },
      { path: ['links', 1, 'from'], code: 'unknownStep', params: { id: 'nope' } },
      { path: ['links', 2, 'to'], code: 'selfLink', params: { id: 's2' } },
    ]);
  });

  test('without a legend array every step.legend names nothing', () => {
    const problems = checkIntegrity(doc({ steps: [{ id: 's', lane: 'a', title: 'S', start: '2021-01', legend: 'k' }] }));
    expect(problems.map((p) => p.code)).toEqual(['unknownLegend']);
  });

  test('without a lanes array the steps are not blamed one by one', () => {
    expect(checkIntegrity({ steps: [{ id: 's', lane: 'a' }] })).toEqual([]);
  });
});

describe('depth levels', () => {
  test('in time order, equal dates allowed, month before its days', () => {
    const levels = (...at: string[]) => doc({ depth: { title: 'D', levels: at.map((a) => ({ at: a, title: a })) } });
    expect(checkIntegrity(levels('2021-07', '2021-07-01', '2021-07-15', '2022'))).toEqual([]);
    expect(checkIntegrity(levels('2021-07-15', '2021-07'))).toEqual([
      { path: ['depth', 'levels', 1, 'at'], code: 'levelOrder', params: { previous: '2021-07-15', at: '2021-07' } },
    ]);
  });
});

describe('forbidden keys', () => {
  test('anywhere, as JSON.parse makes them (own properties)', () => {
    const parsed: unknown = JSON.parse(
      '{"__proto__": 1, "steps": [{"x": {"deep": [{"prototype": 2}]}}], "constructor": {"constructor": 3}}',
    );
    const paths = findForbiddenKeys(parsed).map((p) => p.path);
    expect(paths).toHaveLength(3);
    expect(paths).toContainEqual(['__proto__']);
    expect(paths).toContainEqual(['steps', 0, 'x', 'deep', 0, 'prototype']);
    expect(paths).toContainEqual(['constructor']);
  });

  test('a very deep unknown property does not overflow the stack', () => {
    const deep = `${'['.repeat(100_000)}{"__proto__": 1}${']'.repeat(100_000)}`;
    const problems = findForbiddenKeys({ x: JSON.parse(deep) as unknown });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toHaveLength(100_002);
  });

  test('a document object is not polluted by reading', () => {
    const parsed = JSON.parse('{"format": "participation-path", "version": 1, "__proto__": {"polluted": true}}') as object;
    validateDocument(parsed);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('defensive', () => {
  const garbage: unknown[] = [
    null,
    undefined,
    0,
    'x',
    [],
    [1, 2],
    {},
    { lanes: 5, steps: 'x', links: null, legend: {}, depth: 7 },
    { lanes: [null, 1, 'a', [], { id: 5 }], steps: [null, { id: [], lane: {} }], links: [{ from: null, to: undefined }] },
    { depth: { levels: [null, { at: 5 }, { at: '2021-13' }, { at: '2021-01' }] } },
    { depth: { levels: 'x' } },
    Object.create(null) as unknown,
  ];

  test.each(garbage.map((g) => [g]))('%j: no throw, from either check', (value) => {
    expect(() => checkIntegrity(value)).not.toThrow();
    expect(() => validateDocument(value)).not.toThrow();
  });
});
