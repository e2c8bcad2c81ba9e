/**
 * fast-check arbitraries of valid documents of file format v1 for the reader's
 * property tests: every optional property sometimes there, unknown properties
 * at every level (integer-like keys too, nested values), text with emoji,
 * right-to-left marks and overrides, soft hyphens, line breaks, quotes and
 * lone surrogates — everything the format allows. Ids are unique, references
 * name something, ends are not before starts, depth levels are in time order,
 * so the reader accepts every document (the tests check that it does).
 *
 * `knownOnly`: no unknown properties, so every path of the document is one the
 * format knows (the hostile tests replace values at such paths).
 */
import fc from 'fast-check';
import { FORBIDDEN_KEYS } from '../../src/model/limits';
import { codePointCount, findControlChar } from '../../src/model/patterns';
import { SHAPES, type ObjectKind } from '../../src/model/shapes';

export type Doc = Record<string, unknown>;

/** Characters and clusters that test text handling; all allowed in text. */
const SPECIAL = [
  '🌱', '👩🏽‍🌾', '🇫🇮', '🏳️‍🌈', 'e\u0301', '\u200f', '\u200e', '\u202e', '\u202c', '\u2067', '\u2069', '\u061c',
  'שלום', 'مرحبا', '\u00ad', '\u200b', '\ufeff', '\n', '\r\n', '\t', 'ä', 'Å', 'ß', '"', '\\', '/', '<b>', '&amp;',
  '{{x}}', '\ud800', '\udfff', '\ufffd', ' ', '  ',
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.constantFrom('osallisuus', 'hyvinvointialue', 'delaktighet', 'workshop', 'ja', 'och') },
);

/** Text of `min`–`max` code points without refused control characters (`oneLine`: no tab, LF, CR either). */
export const textArb = (min: number, max: number, oneLine = false) =>
  fc
    .array(unit, { minLength: min === 0 ? 0 : 1, maxLength: Math.min(12, max) })
    .map((parts) => parts.join(''))
    .map((t) => (oneLine ? t.replace(/[\t\n\r]/g, ' ') : t))
    .filter((t) => findControlChar(t, oneLine) === undefined && codePointCount(t) >= min && codePointCount(t) <= max);

const idSuffix = fc.string({ unit: fc.constantFrom(...'ABCxyz019_-'), maxLength: 12 });
/** A unique id: the collection's letter and index, then maybe `_` and any id characters (so that s1_2 is not s12). */
const idArb = (prefix: string, index: number) => idSuffix.map((s) => `${prefix}${index}${s === '' ? '' : `_${s}`}`.slice(0, 64));

const colorArb = fc.integer({ min: 0, max: 0xffffff }).chain((n) =>
  fc.boolean().map((upper) => {
    const hex = `#${n.toString(16).padStart(6, '0')}`;
    return upper ? hex.toUpperCase() : hex;
  }),
);

/** A day number → a date, as a month or a day. */
const DAY = 86_400_000;
const BASE = Date.UTC(1999, 0, 1);
const dayOf = (n: number) => new Date(BASE + n * DAY).toISOString().slice(0, 10);
/** A period: a start, maybe an end not before it (ends inclusive, so a month end after a day start in it is fine). */
const periodArb = fc
  .record({ start: fc.nat({ max: 40 * 365 }), length: fc.nat({ max: 5 * 365 }), startMonth: fc.boolean(), endMonth: fc.boolean(), hasEnd: fc.boolean() })
  .map(({ start, length, startMonth, endMonth, hasEnd }) => {
    const s = dayOf(start);
    const e = dayOf(start + length);
    return { start: startMonth ? s.slice(0, 7) : s, ...(hasEnd ? { end: endMonth ? e.slice(0, 7) : e } : {}) };
  });

const dateTimeArb = fc
  .record({ t: fc.integer({ min: 0, max: 4_000_000_000_000 }), offset: fc.constantFrom('Z', '+02:00', '-05:30') })
  .map(({ t, offset }) => new Date(t).toISOString().replace(/\.\d+Z$/, offset === 'Z' ? 'Z' : offset));

/** Any JSON value (no forbidden keys, no -0), a few levels deep. */
const keyArb = fc.oneof(fc.string({ maxLength: 8 }), fc.nat({ max: 3000 }).map(String), fc.constantFrom('x-note', '🌱', '\u200f', '')).filter((k) => !FORBIDDEN_KEYS.includes(k));
const { value: jsonArb } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 10 }), textArb(0, 20), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(keyArb, tie('value'), { maxKeys: 3, noNullPrototype: true }),
  ),
}));
/** Through JSON once: what a file can hold (-0 becomes 0). */
export const unknownValueArb = jsonArb.map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** Unknown properties of an object of `kind`: keys the format does not know there. */
const unknownArb = (kind: ObjectKind, knownOnly: boolean) =>
  knownOnly
    ? fc.constant({})
    : fc.dictionary(keyArb.filter((k) => !SHAPES[kind].order.includes(k)), unknownValueArb, { maxKeys: 2, noNullPrototype: true });

/** Adds unknown properties after the known ones (defineProperty: never a setter). */
function withUnknown<T extends object>(known: T, unknown: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(known as Record<string, unknown>) };
  for (const [k, v] of Object.entries(unknown)) if (!(k in out)) out[k] = v;
  return out as T;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Only the properties that are there. */
const present = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const commentArb = (knownOnly: boolean) =>
  fc
    .record({ text: textArb(1, 1000), author: optional(textArb(1, 100, true)), at: optional(dateTimeArb), extra: unknownArb('comment', knownOnly) })
    .map(({ extra, ...c }) => withUnknown(present(c), extra));

const workshopArb = (knownOnly: boolean) =>
  fc.record({ notes: optional(textArb(0, 4000)), comments: optional(fc.array(commentArb(knownOnly), { maxLength: 2 })) });

export type DocumentOptions = { readonly steps?: { min: number; max: number }; readonly knownOnly?: boolean };

/** A valid document (a plain JSON value, as JSON.parse would give it). */
export function validDocumentArb({ steps = { min: 0, max: 12 }, knownOnly = false }: DocumentOptions = {}): fc.Arbitrary<Doc> {
  const header = fc.record({
    title: textArb(1, 200),
    subtitle: optional(textArb(1, 200)),
    description: optional(textArb(0, 4000)),
    source: optional(textArb(0, 4000)),
    language: optional(fc.constantFrom('fi', 'sv', 'en')),
    axis: optional(
      fc.record({ period: periodArb, mode: optional(fc.constantFrom('time', 'phases')), keep: fc.constantFrom('both', 'start', 'end', 'none'), extra: unknownArb('axis', knownOnly) }).map(({ period, mode, keep, extra }) =>
        withUnknown(
          present({
            start: keep === 'both' || keep === 'start' ? period.start : undefined,
            end: keep === 'both' || keep === 'end' ? (period.end ?? period.start) : undefined,
            mode,
          }),
          extra,
        ),
      ),
    ),
    extra: unknownArb('document', knownOnly),
  });
  const counts = fc.record({
    lanes: fc.integer({ min: 1, max: 6 }),
    phases: fc.nat({ max: 4 }),
    legend: fc.nat({ max: 4 }),
    steps: fc.integer(steps),
    links: fc.nat({ max: 12 }),
    levels: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
  });
  return fc.tuple(header, counts).chain(([head, n]) => {
    const lanes = fc.tuple(
      ...Array.from({ length: n.lanes }, (_, i) =>
        fc.record({ id: idArb('a', i), title: textArb(1, 200), color: optional(colorArb), extra: unknownArb('lane', knownOnly) }).map(({ extra, ...l }) => withUnknown(present(l), extra)),
      ),
    );
    const phases = fc.tuple(
      ...Array.from({ length: n.phases }, (_, i) =>
        fc
          .record({ id: idArb('p', i), title: textArb(1, 200), period: periodArb, color: optional(colorArb), workshop: workshopArb(knownOnly), extra: unknownArb('phase', knownOnly) })
          .map(({ extra, period, workshop, ...p }) => withUnknown(present({ ...p, ...period, ...workshop }), extra)),
      ),
    );
    const legend = fc.tuple(
      ...Array.from({ length: n.legend }, (_, i) =>
        fc.record({ id: idArb('k', i), title: textArb(1, 200), color: optional(colorArb), extra: unknownArb('legendEntry', knownOnly) }).map(({ extra, ...l }) => withUnknown(present(l), extra)),
      ),
    );
    const depth =
      n.levels === undefined
        ? fc.constant(undefined)
        : fc
            .record({
              title: textArb(1, 200),
              days: fc.array(fc.nat({ max: 40 * 365 }), { minLength: n.levels, maxLength: n.levels }),
              titles: fc.array(textArb(1, 200), { minLength: n.levels, maxLength: n.levels }),
              extra: unknownArb('depth', knownOnly),
              levelExtra: unknownArb('depthLevel', knownOnly),
            })
            .map(({ title, days, titles, extra, levelExtra }) =>
              withUnknown(
                {
                  title,
                  // in time order; a day's month compares by its first day, so months only at month starts' order is kept by sorting days
                  levels: [...days].sort((a, b) => a - b).map((d, i) => withUnknown({ at: dayOf(d), title: titles[i] as string }, i === 0 ? levelExtra : {})),
                },
                extra,
              ),
            );
    return fc.tuple(lanes, phases, legend, depth).chain(([laneList, phaseList, legendList, depthValue]) => {
      const laneIds = laneList.map((l) => l.id as string);
      const legendIds = legendList.map((l) => l.id as string);
      const step = (i: number) =>
        fc
          .record({
            id: idArb('s', i),
            lane: fc.constantFrom(...laneIds),
            title: textArb(1, 200),
            period: periodArb,
            description: optional(textArb(0, 4000)),
            color: optional(colorArb),
            legend: legendIds.length === 0 ? fc.constant(undefined) : optional(fc.constantFrom(...legendIds)),
            votes: optional(fc.integer({ min: 0, max: 999 })),
            workshop: workshopArb(knownOnly),
            extra: unknownArb('step', knownOnly),
          })
          .map(({ extra, period, workshop, votes, ...s }) => withUnknown(present({ ...s, ...period, ...workshop, votes }), extra));
      // many steps: one arbitrary repeated, so that 10,000 of them generate quickly
      const stepList = fc.integer({ min: n.steps === 0 ? 0 : n.steps, max: n.steps }).chain((count) =>
        count <= 50 ? fc.tuple(...Array.from({ length: count }, (_, i) => step(i))) : fc.array(step(0), { minLength: count, maxLength: count }).map((ss) => ss.map((s, i) => ({ ...s, id: `s${i}${String(s.id).slice(2)}`.slice(0, 64) }))),
      );
      return stepList.chain((steps) => {
        const stepIds = steps.map((s) => s.id as string);
        const links =
          stepIds.length < 2
            ? fc.constant([])
            : fc.array(
                fc.record({ from: fc.nat({ max: stepIds.length - 1 }), by: fc.integer({ min: 1, max: stepIds.length - 1 }), title: optional(textArb(1, 200)), extra: unknownArb('link', knownOnly) }),
                { maxLength: n.links },
              );
        return links.map((linkList) => {
          const { extra, ...header } = head;
          const doc: Doc = {
            format: 'participation-path',
            version: 1,
            ...present(header),
            lanes: laneList,
            phases: phaseList,
            ...(depthValue === undefined ? {} : { depth: depthValue }),
            legend: legendList,
            steps,
            links: linkList.map(({ from, by, title, extra: linkExtra }, i) =>
              withUnknown(present({ id: `l${i}`, from: stepIds[from], to: stepIds[(from + by) % stepIds.length], title }), linkExtra),
            ),
          };
          return withUnknown(doc, extra);
        });
      });
    });
  });
}
