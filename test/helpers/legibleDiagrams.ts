/**
 * fast-check arbitraries of valid diagrams for the legibility test: 5–80
 * steps over 1–8 lanes, spans from 10 days to 15 years, day or month dates,
 * one-day steps, arrows, phases and a depth band, titles from real Finnish,
 * Swedish and English vocabulary of county and NGO work (long compounds
 * included), with dates and numbers in them as people write them.
 *
 * `ordinaryPath`: the paths people usually draw — at most 40 steps over at
 * most 6 lanes, never more than 3 steps at once in a lane — for the slide
 * shape and text size assertions.
 */
import fc from 'fast-check';
import type { ContentLanguage, Diagram, Link, Phase, Step } from '../../src/model/types';
import { truePeriod } from './legibility';

export const VOCABULARY: Record<ContentLanguage, readonly string[]> = {
  fi: [
    'järjestöyhteistyörakenteiden', 'hyvinvointialuevaltuusto', 'toimintaedellytyskeinovalikoima', 'kumppanuuspöytätyöskentely',
    'hyvinvointialueen', 'järjestöjen', 'osallisuus', 'osallisuusohjelman', 'kumppanuuspöytä', 'toimintaedellytysten',
    'vahvistaminen', 'työpaja', 'ja', 'sote-keskus', 'koordinaatio', 'verkostotapaaminen', 'asukasraati', 'vaikuttamistoimielin',
    'vanhusneuvosto', 'nuorisovaltuusto', 'vammaisneuvosto', 'järjestöavustukset', 'avustushakemus', 'kuntalaiskysely',
    'lausuntokierros', 'valmisteluryhmä', 'aluehallitus', 'palvelustrategia', 'yhdyspintatyö', 'kehittämistyöpaja',
    'lapsiperhepalvelut', 'mielenterveysjärjestöt', 'vapaaehtoistoiminta', 'järjestötori', 'sopimusneuvottelut',
    'seurantaraportti', 'ohjausryhmän', 'kokous', 'käynnistys', 'arviointi', 'vakiinnuttaminen', 'yhteistyösopimus',
    'Pohjois-Savon', 'Kanta-Hämeen', 'Etelä-Pohjanmaan', 'ikääntyneiden', 'palveluohjaus', 'kuuleminen', 'tiedotustilaisuus',
    'verkkokommentointi', 'otakantaa.fi-palvelussa', 'hyvinvointikertomus', 'tulevaisuusfoorumi', 'jaosto', 'päätös',
  ],
  sv: [
    'välfärdsområdesfullmäktige', 'organisationssamarbete', 'välfärdsområdets', 'organisationernas', 'delaktighet',
    'samarbetsforum', 'verksamhetsförutsättningar', 'arbetsgrupp', 'och', 'för', 'remissrunda', 'invånarpanel',
    'ungdomsfullmäktige', 'äldrerådet', 'funktionshinderrådet', 'föreningsbidrag', 'bidragsansökan', 'workshop',
    'uppföljningsrapport', 'styrgruppens', 'möte', 'samarbetsavtal', 'frivilligverksamhet', 'Österbottens',
    'Svenska Österbotten', 'invånarenkät', 'utvecklingsarbete', 'beslut', 'informationsmöte', 'organisationsforum',
    'servicestrategi', 'hörande', 'välfärdsberättelse', 'utvärdering', 'kick-off',
  ],
  en: [
    'wellbeing', 'services', 'county', 'council', 'organisations', 'partnership', 'participation', 'programme',
    'workshop', 'and', 'of', 'the', 'consultation', 'round', 'residents', 'panel', 'youth', 'elderly', 'disability',
    'grant', 'application', 'steering', 'group', 'meeting', 'follow-up', 'report', 'agreement', 'volunteering',
    'co-operation', 'forum', 'strategy', 'hearing', 'evaluation', 'kick-off', 'decision', 'survey', 'networking',
    'preparation', 'implementation', 'interoperability', 'counterproductive',
  ],
};

const PHASE_WORDS: Record<ContentLanguage, readonly string[]> = {
  fi: ['Valmistelu', 'Käynnistys', 'Toimeenpano', 'Väliaikaishallinto (VATE)', 'Arviointi ja vakiinnuttaminen', 'Kuuleminen', 'Jatkokehittäminen'],
  sv: ['Förberedelse', 'Start', 'Genomförande', 'Utvärdering och etablering', 'Hörande', 'Vidareutveckling'],
  en: ['Preparation', 'Launch', 'Implementation', 'Evaluation and embedding', 'Consultation', 'Further development'],
};

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const BASE = Date.UTC(2015, 0, 1);

/** A date as people write it in a title: 12.5.2025, 2024–2026, vk 34, 1.–3.5. */
const numberArb = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2018, max: 2032 })).map(([d, m, y]) => `${d}.${m}.${y}`),
  fc.integer({ min: 2018, max: 2032 }).map((y) => `${y}–${y + 2}`),
  fc.integer({ min: 1, max: 52 }).map((w) => `vk ${w}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `${d}.–${d + 2}.${m}.`),
  fc.integer({ min: 2, max: 250 }).map((n) => `${n * 1000}`),
);

export const titleArb = (lang: ContentLanguage, maxWords = 7) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...VOCABULARY[lang]), { minLength: 1, maxLength: maxWords }),
      fc.option(numberArb, { freq: 4 }),
    )
    .map(([ws, n]) => {
      const words = [...ws];
      words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
      return (n === null ? words : [...words, n]).join(' ');
    });

/** 10 days … 15 years, spread over the classes of span people bring (a few weeks, months, a year or two, a decade). */
const spanArb = fc.oneof(
  fc.integer({ min: 10, max: 45 }),
  fc.integer({ min: 46, max: 200 }),
  fc.integer({ min: 201, max: 800 }),
  fc.integer({ min: 801, max: 2500 }),
  fc.integer({ min: 2501, max: 5479 }),
);

type Shape = { lang: ContentLanguage; lanes: number; steps: [number, number]; maxPerLane: number | null; span: number; startDay: number; dayDates: boolean };

const shapeArb = (steps: [number, number], lanes: number, maxPerLane: number | null) =>
  fc.record({
    lang: fc.constantFrom<ContentLanguage>('fi', 'sv', 'en'),
    lanes: fc.integer({ min: 1, max: lanes }),
    span: spanArb,
    startDay: fc.integer({ min: 0, max: 365 * 12 }),
    // month dates need a span of a few months
    dayDates: fc.boolean(),
  }).map((s): Shape => ({ ...s, steps, maxPerLane, dayDates: s.dayDates || s.span < 120 }));

const fraction = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);

/** A step's dates within [t0, t0 + span days): one day, a stretch, or a start alone. */
const datesArb = (shape: Shape) =>
  fc
    .record({
      // fractions from integers: fast-check's doubles lean to 0 and 1, which would pile the steps at the ends
      at: fraction,
      kind: fc.constantFrom('one-day', 'period', 'period', 'period', 'start'),
      length: fraction,
      dayDate: fc.boolean(),
    })
    .map(({ at, kind, length, dayDate }) => {
      const t0 = BASE + shape.startDay * DAY;
      const days = shape.span;
      const first = Math.min(days - 1, Math.floor(at * days));
      const last = Math.min(days - 1, first + Math.max(1, Math.floor(length * (days - first))));
      const byDay = shape.dayDates || dayDate || kind === 'one-day';
      const date = (d: number) => (byDay ? iso(t0 + d * DAY) : iso(t0 + d * DAY).slice(0, 7));
      if (kind === 'one-day') return { start: date(first), end: date(first) };
      if (kind === 'start') return { start: date(first) };
      const start = date(first);
      const end = date(last);
      // a month end before a day start (2021-07 vs 2021-07-15) compares as text correctly only with the same precision
      return end.length === start.length ? { start, end } : { start: date(first).slice(0, 7), end: end.slice(0, 7) };
    });

/** Instants a step occupies in its lane (a start alone: its month or day, at least a tenth of the span, as a default-width box). */
function occupies(s: Step, span: number): [number, number] {
  const t = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, d.length > 7 ? +d.slice(8, 10) : 1);
  const e = s.end ?? s.start;
  const end = e.length === 7 ? Date.UTC(+e.slice(0, 4), +e.slice(5, 7), 1) : t(e) + DAY;
  return [t(s.start), Math.max(end, s.end ? end : t(s.start) + (span * DAY) / 10)];
}

/** Whether adding `s` to `others` keeps at most `max` of them at any instant. */
function fits(s: Step, others: readonly Step[], span: number, max: number): boolean {
  const [a, b] = occupies(s, span);
  const overlapping = others.map((o) => occupies(o, span)).filter(([p, q]) => p < b && a < q);
  // the most at once within [a, b): count at each start inside
  const points = [a, ...overlapping.map(([p]) => p).filter((p) => p > a)];
  return points.every((x) => overlapping.filter(([p, q]) => p <= x && x < q).length + 1 <= max);
}

const diagramArb = (shapeOf: fc.Arbitrary<Shape>) =>
  shapeOf.chain((shape) =>
    fc
      .record({
        // the count drawn first: fc.array alone keeps to short arrays
        steps: fc.integer({ min: shape.steps[0], max: shape.steps[1] }).chain((n) =>
          fc.array(fc.record({ dates: datesArb(shape), lane: fc.integer({ min: 0, max: shape.lanes - 1 }), title: titleArb(shape.lang) }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        laneTitles: fc.array(titleArb(shape.lang, 3), { minLength: shape.lanes, maxLength: shape.lanes }),
        phases: fc.integer({ min: 0, max: 5 }),
        openLastPhase: fc.boolean(),
        depth: fc.boolean(),
        links: fc.integer({ min: 0, max: 30 }).chain((n) =>
          fc.array(fc.record({ from: fc.nat(), to: fc.nat(), title: fc.option(titleArb(shape.lang, 3), { freq: 3 }) }), { minLength: n, maxLength: n }),
        ),
        title: titleArb(shape.lang, 6),
      })
      .map((r): Diagram => {
        const lanes = r.laneTitles.map((title, i) => ({ id: `lane${i}`, title }));
        const steps: Step[] = [];
        const t0 = BASE + shape.startDay * DAY;
        const spanned = r.steps.map((s, i) => {
          // the whole span is used: the first step starts on its first day, the second ends on its last
          const at = (d: number, like: string) => (like.length === 10 ? iso(t0 + d * DAY) : iso(t0 + d * DAY).slice(0, 7));
          if (i === 0) return { ...s, dates: { ...s.dates, start: at(0, s.dates.start) } };
          if (i === 1) return { ...s, dates: { start: s.dates.start, end: at(shape.span - 1, s.dates.start) } };
          return s;
        });
        for (const [i, s] of spanned.entries()) {
          let step: Step = { id: `s${i}`, lane: lanes[s.lane]!.id, title: s.title, ...s.dates };
          if (shape.maxPerLane !== null) {
            const lane = [s.lane, ...lanes.keys()].find((li) => fits({ ...step, lane: `lane${li}` }, steps.filter((o) => o.lane === `lane${li}`), shape.span, shape.maxPerLane!));
            if (lane === undefined) continue;
            step = { ...step, lane: `lane${lane}` };
          }
          steps.push(step);
        }
        const links: Link[] = [];
        const seen = new Set<string>();
        for (const [i, l] of r.links.entries()) {
          if (steps.length < 2) break;
          const from = steps[l.from % steps.length]!.id;
          const to = steps[l.to % steps.length]!.id;
          if (from === to || seen.has(`${from}>${to}`)) continue;
          seen.add(`${from}>${to}`);
          links.push({ id: `l${i}`, from, to, ...(l.title === null ? {} : { title: l.title }) });
        }
        const cut = (k: number) => t0 + Math.floor((k * shape.span) / r.phases) * DAY;
        const phaseDate = (t: number) => (shape.dayDates ? iso(t) : iso(t).slice(0, 7));
        const phases: Phase[] = [];
        for (let k = 0; k < r.phases; k++) {
          const start = phaseDate(cut(k));
          const end = phaseDate(cut(k + 1) - DAY);
          if (phases.length > 0 && start <= phases.at(-1)!.end!) continue; // months too short to part
          const open = r.openLastPhase && k === r.phases - 1;
          phases.push({ id: `p${k}`, title: PHASE_WORDS[shape.lang][k % PHASE_WORDS[shape.lang].length]!, start, ...(open ? {} : { end }) });
        }
        const depthTitle = { fi: 'Osallisuuden aste', sv: 'Delaktighetens djup', en: 'Depth of participation' }[shape.lang];
        return {
          format: 'participation-path',
          version: 1,
          title: r.title,
          language: shape.lang,
          lanes,
          phases,
          ...(r.depth ? { depth: { title: depthTitle, levels: [{ at: phaseDate(t0), title: VOCABULARY[shape.lang][4]! }, { at: phaseDate(t0 + Math.floor(shape.span / 2) * DAY), title: VOCABULARY[shape.lang][5]! }] } } : {}),
          legend: [],
          steps,
          links,
        };
      }),
  );

/** Any path: 5–80 steps over 1–8 lanes, 10 days to 15 years. */
export const anyPath = diagramArb(shapeArb([5, 80], 8, null));

/** An ordinary path: at most 40 steps over at most 6 lanes, at most 3 at once in a lane. */
export const ordinaryPath = diagramArb(shapeArb([5, 40], 6, 3));

/** One line about a generated diagram, for the report. */
export function describeDiagram(d: Diagram): string {
  const dates = d.steps.flatMap((s) => [s.start, s.end ?? s.start]).sort();
  const oneDay = d.steps.filter((s) => s.start.length === 10 && (s.end ?? s.start) === s.start).length;
  return `${d.language}, ${d.steps.length} steps, ${d.lanes.length} lanes, ${d.links.length} arrows, ${dates[0]}…${dates.at(-1)}, ${oneDay} one-day`;
}

/** The most steps of one lane whose true periods (truePeriod) share a day. */
export function mostAtOnce(d: Diagram): number {
  const t = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  let most = 0;
  for (const lane of d.lanes) {
    const periods = d.steps.filter((s) => s.lane === lane.id).map((s) => truePeriod(s.start, s.end)).map((p) => [t(p.first), t(p.last)] as const);
    for (const [at] of periods) most = Math.max(most, periods.filter(([a, b]) => a <= at && at <= b).length);
  }
  return most;
}

/** An ordinary path: at most 40 steps, at most 6 lanes, at most 3 at once in a lane. */
export const isOrdinary = (d: Diagram) => d.steps.length <= 40 && d.lanes.length <= 6 && mostAtOnce(d) <= 3;
