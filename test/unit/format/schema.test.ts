/** The value rules of the schema, and that the schema, the shapes and the model types agree. */
import * as v from 'valibot';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { compareDatePoints, daysInMonth, isDate, isEndBeforeStart, lastDay } from '../../../src/model/dates.ts';
import { issueToProblem } from '../../../src/model/issues.ts';
import { codePointCount, findControlChar } from '../../../src/model/patterns.ts';
import * as schema from '../../../src/model/schema.ts';
import { SHAPES, type ObjectKind } from '../../../src/model/shapes.ts';
import type { Diagram } from '../../../src/model/types.ts';

function problems(s: v.GenericSchema, value: unknown) {
  const result = v.safeParse(s, value);
  return (result.issues ?? []).map(issueToProblem);
}

describe('dates', () => {
  test('the pattern accepts exactly the real calendar days (1600–2400)', () => {
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        const ym = `${year}-${String(month).padStart(2, '0')}`;
        expect(isDate(ym)).toBe(true);
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(daysInMonth(year, month)).toBe(days);
        for (let day = 1; day <= 31; day++) {
          const date = `${ym}-${String(day).padStart(2, '0')}`;
          if (isDate(date) !== day <= days) throw new Error(`${date}: ${String(isDate(date))}`);
        }
      }
    }
  });

  test.each(['2023-02-29', '2100-02-29', '2021-04-31', '2021-00', '2021-13', '2021-1', '21-01', '2021-01-00', '2021-01-32', '2021-01-1', '2021/01', ' 2021-01', '2021-01 ', '2021-01-01T00:00', ''])(
    '%j is not a date',
    (value) => expect(isDate(value)).toBe(false),
  );

  test.each(['2024-02-29', '2000-02-29', '1600-02-29', '2021-12-31', '0001-01'])('%j is a date', (value) =>
    expect(isDate(value)).toBe(true),
  );

  test('ends are inclusive: a month ends on its last day', () => {
    expect(lastDay('2022-02')).toBe('2022-02-28');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(isEndBeforeStart('2022-02-15', '2022-02')).toBe(false);
    expect(isEndBeforeStart('2022-02', '2022-02-01')).toBe(false);
    expect(isEndBeforeStart('2022-02', '2022-02')).toBe(false);
    expect(isEndBeforeStart('2022-03', '2022-02-28')).toBe(true);
    expect(isEndBeforeStart('2022-02-15', '2022-02-14')).toBe(true);
    expect(isEndBeforeStart('2022-02', '2022-01')).toBe(true);
    expect(isEndBeforeStart('2022-02', undefined)).toBe(false);
    expect(isEndBeforeStart('nonsense', '2020-01')).toBe(false);
  });

  test('points in time compare by their first day', () => {
    expect(compareDatePoints('2023-01', '2023-01-15')).toBeLessThan(0);
    expect(compareDatePoints('2023-01', '2023-01-01')).toBe(0);
    expect(compareDatePoints('2023-02', '2023-01-31')).toBeGreaterThan(0);
  });
});

describe('text', () => {
  test('titles are counted in code points: 200 emoji are a valid title, 201 are not', () => {
    expect(problems(schema.TitleSchema, '🌱'.repeat(200))).toEqual([]);
    expect(problems(schema.TitleSchema, '🌱'.repeat(201))).toEqual([
      { path: [], code: 'titleLength', params: { length: 201, max: 200 } },
    ]);
    expect(problems(schema.TitleSchema, 'a'.repeat(200))).toEqual([]);
    expect(problems(schema.TitleSchema, '')).toEqual([{ path: [], code: 'titleLength', params: { length: 0, max: 200 } }]);
    expect(codePointCount('a🌱ä\u{1F469}\u200D\u{1F4BB}')).toBe(6);
    expect(codePointCount('\ud800x')).toBe(2); // a lone surrogate is one
  });

  test('descriptions: at most 4,000 code points', () => {
    expect(problems(schema.LongTextSchema, '🌱'.repeat(4000))).toEqual([]);
    expect(problems(schema.LongTextSchema, '')).toEqual([]);
    expect(problems(schema.LongTextSchema, 'x'.repeat(4001))).toEqual([
      { path: [], code: 'textLength', params: { length: 4001, max: 4000 } },
    ]);
  });

  test('every Cc control character but tab, LF and CR is refused', () => {
    for (let code = 0; code <= 0xa0; code++) {
      const refused = (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f);
      const text = `a${String.fromCharCode(code)}b`;
      expect(findControlChar(text) !== undefined).toBe(refused);
      expect(problems(schema.TitleSchema, text).map((p) => p.code)).toEqual(refused ? ['controlChar'] : []);
    }
    expect(problems(schema.TitleSchema, 'x\u001Fy')).toEqual([{ path: [], code: 'controlChar', params: { code: 'U+001F' } }]);
    expect(findControlChar('soft\u00adhyphen, zero\u200bwidth, \u2028')).toBeUndefined();
  });

  test('ids, colours and languages', () => {
    expect(problems(schema.IdSchema, 'a'.repeat(64))).toEqual([]);
    expect(problems(schema.IdSchema, 'A-z_0')).toEqual([]);
    for (const bad of ['a'.repeat(65), '', 'ä', 'a b', 'a.b', 'a/b']) {
      expect(problems(schema.IdSchema, bad).map((p) => p.code)).toEqual(['id']);
    }
    expect(problems(schema.ColorSchema, '#A0b1C2')).toEqual([]);
    for (const bad of ['#abc', 'red', '#abcdefa', 'abcdef', '#ggg000']) {
      expect(problems(schema.ColorSchema, bad).map((p) => p.code)).toEqual(['color']);
    }
    expect(problems(schema.LanguageSchema, 'sv')).toEqual([]);
    expect(problems(schema.LanguageSchema, 'FI')).toEqual([{ path: [], code: 'language', params: { value: 'FI' } }]);
  });

  test('a wrong type says what was expected and what was found', () => {
    expect(problems(schema.TitleSchema, 5)).toEqual([{ path: [], code: 'type', params: { expected: 'string', found: 'number' } }]);
    expect(problems(schema.LaneSchema, [])).toEqual([{ path: [], code: 'type', params: { expected: 'object', found: 'array' } }]);
    expect(problems(schema.LaneSchema, { id: 'a' })).toEqual([{ path: ['title'], code: 'required', params: { key: 'title' } }]);
  });
});

describe('objects', () => {
  test('end ≥ start is checked even when another property of the object is invalid', () => {
    expect(problems(schema.StepSchema, { id: 'x y', lane: 'a', start: '2022-05', end: '2022-04' }).map((p) => [p.path.join('.'), p.code])).toEqual([
      ['id', 'id'],
      ['title', 'required'],
      ['end', 'endBeforeStart'],
    ]);
    // but not when start or end is itself invalid
    expect(problems(schema.PhaseSchema, { id: 'p', title: 'P', start: '2022-13', end: '2022-01' }).map((p) => p.code)).toEqual(['date']);
  });

  test('unknown properties are kept at every level', () => {
    const result = v.parse(schema.DiagramSchema, {
      format: 'participation-path',
      version: 1,
      title: 'T',
      lanes: [{ id: 'a', title: 'A', x: 1 }],
      steps: [],
      y: { z: [1] },
    });
    expect(result).toEqual({
      format: 'participation-path',
      version: 1,
      title: 'T',
      lanes: [{ id: 'a', title: 'A', x: 1 }],
      phases: [],
      legend: [],
      steps: [],
      links: [],
      y: { z: [1] },
    });
  });

  test('absent arrays become new empty arrays each time', () => {
    const doc = { format: 'participation-path', version: 1, title: 'T', lanes: [{ id: 'a', title: 'A' }], steps: [] };
    const one = v.parse(schema.DiagramSchema, doc);
    const two = v.parse(schema.DiagramSchema, doc);
    expect(one.phases).not.toBe(two.phases);
  });
});

describe('workshop properties', () => {
  const codes = (s: v.GenericSchema, value: unknown) => problems(s, value).map((p) => [p.path.join('.'), p.code, p.params]);

  test('votes: a whole number 0–999', () => {
    for (const ok of [0, 1, 999]) expect(problems(schema.VotesSchema, ok)).toEqual([]);
    expect(codes(schema.VotesSchema, -1)).toEqual([['', 'tooFew', { min: 0, found: -1 }]]);
    expect(codes(schema.VotesSchema, 1000)).toEqual([['', 'tooMany', { max: 999, found: 1000 }]]);
    expect(codes(schema.VotesSchema, 1.5)).toEqual([['', 'type', { expected: 'integer', found: 'number' }]]);
    expect(codes(schema.VotesSchema, '3')).toEqual([['', 'type', { expected: 'number', found: 'string' }]]);
  });

  test('a comment: text 1–1,000 code points, multi-line; author 1–100 on one line; at a date-time', () => {
    expect(problems(schema.CommentSchema, { text: 'a\nb\tc', author: 'Niina', at: '2026-11-22T18:30:00Z' })).toEqual([]);
    expect(problems(schema.CommentSchema, { text: '🌱'.repeat(1000), author: '🌱'.repeat(100) })).toEqual([]);
    expect(codes(schema.CommentSchema, { text: '' })).toEqual([['text', 'textLength', { length: 0, min: 1 }]]);
    expect(codes(schema.CommentSchema, { text: 'x'.repeat(1001) })).toEqual([['text', 'textLength', { length: 1001, max: 1000 }]]);
    expect(codes(schema.CommentSchema, { text: 'x', author: '' })).toEqual([['author', 'textLength', { length: 0, min: 1 }]]);
    expect(codes(schema.CommentSchema, { text: 'x', author: 'x'.repeat(101) })).toEqual([['author', 'textLength', { length: 101, max: 100 }]]);
    expect(codes(schema.CommentSchema, { text: 'x', author: 'Niina\nK' })).toEqual([['author', 'controlChar', { code: 'U+000A' }]]);
    expect(codes(schema.CommentSchema, { text: 'x', author: 'a\tb' })).toEqual([['author', 'controlChar', { code: 'U+0009' }]]);
    expect(codes(schema.CommentSchema, { text: 'x', author: 'a\u0007b\nc' })).toEqual([['author', 'controlChar', { code: 'U+0007' }]]);
    expect(codes(schema.CommentSchema, { text: 'a\u0001' })).toEqual([['text', 'controlChar', { code: 'U+0001' }]]);
    expect(codes(schema.CommentSchema, { author: 'x' })).toEqual([['text', 'required', { key: 'text' }]]);
    // unknown properties of a comment are kept
    expect(v.parse(schema.CommentSchema, { text: 'x', by: 'N', likes: [1] })).toEqual({ text: 'x', by: 'N', likes: [1] });
  });

  test.each([
    '2026-11-22T18:30:00Z',
    '2026-11-22T20:30:00+02:00',
    '2026-11-22T13:30:00-05:00',
    '2026-11-22T18:30:00.123Z',
    '2024-02-29T23:59:59Z',
  ])('%j is a comment time', (at) => {
    expect(problems(schema.DateTimeSchema, at)).toEqual([]);
  });

  test.each([
    '2026-11-22',
    '2026-11-22T18:30Z',
    '2026-11-22T18:30:00',
    '2026-11-22 18:30:00Z',
    '2026-11-22t18:30:00z',
    '2026-11-22T24:00:00Z',
    '2026-11-22T18:60:00Z',
    '2026-11-22T18:30:00+2:00',
    '2026-11-22T18:30:00+0200',
    '2023-02-29T12:00:00Z',
    '2026-04-31T12:00:00Z',
    '22.11.2026 18.30',
    '',
  ])('%j is not a comment time', (at) => {
    expect(codes(schema.DateTimeSchema, at)).toEqual([['', 'dateTime', { value: at }]]);
  });

  test('notes: up to 4,000 code points, multi-line, on phases and steps', () => {
    expect(problems(schema.NotesSchema, 'Muista kertoa:\n- VATE\n- jaostot')).toEqual([]);
    expect(codes(schema.NotesSchema, 'x'.repeat(4001))).toEqual([['', 'textLength', { length: 4001, max: 4000 }]]);
    const step = { id: 's', lane: 'a', title: 'S', start: '2022-01' };
    expect(problems(schema.StepSchema, { ...step, notes: 'n', votes: 2, comments: [{ text: 't' }] })).toEqual([]);
    expect(codes(schema.StepSchema, { ...step, notes: 5 })).toEqual([['notes', 'type', { expected: 'string', found: 'number' }]]);
    expect(codes(schema.StepSchema, { ...step, comments: {} })).toEqual([['comments', 'type', { expected: 'array', found: 'object' }]]);
    expect(codes(schema.StepSchema, { ...step, comments: [{ text: 't' }, { text: '' }] })).toEqual([
      ['comments.1.text', 'textLength', { length: 0, min: 1 }],
    ]);
    const phase = { id: 'p', title: 'P', start: '2022-01' };
    expect(problems(schema.PhaseSchema, { ...phase, notes: '', comments: [] })).toEqual([]);
    // a phase has no votes of its own: an unknown property there, kept as it is
    expect(problems(schema.PhaseSchema, { ...phase, votes: 'many' })).toEqual([]);
  });
});

describe('agreement', () => {
  const objectSchemas: Record<ObjectKind, { entries: object }> = {
    document: schema.DiagramSchema,
    axis: schema.AxisSchema,
    lane: schema.LaneSchema,
    phase: schema.PhaseSchema,
    depth: schema.DepthSchema,
    depthLevel: schema.DepthLevelSchema,
    legendEntry: schema.LegendEntrySchema,
    step: schema.StepSchema,
    link: schema.LinkSchema,
    comment: schema.CommentSchema,
  };

  test.each(Object.keys(SHAPES) as ObjectKind[])('the writing order of %s lists the schema’s properties in its order', (kind) => {
    expect(SHAPES[kind].order).toEqual(Object.keys(objectSchemas[kind].entries));
  });

  test('what the schema outputs is a Diagram', () => {
    expectTypeOf<schema.DiagramOutput>().toExtend<Diagram>();
  });
});
