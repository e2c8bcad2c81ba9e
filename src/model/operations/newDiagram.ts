/**
 * A new diagram ("Uusi"), made from what the start dialog asks: a title,
 * the first month, the levels (lanes), optionally the phases (a name and a
 * start each), and whether the depth band follows the phases.
 *
 * - Nothing of the seed's dates remains: the axis starts at the first month,
 *   and no date lies before it (a phase that would start earlier is refused).
 * - The axis is set, `start` = the first month and `end` = at least a year
 *   on (and at least six months into the last phase): an empty path shows a
 *   year of months to double-click into rather than the layout's fallback
 *   span, and the axis still grows with whatever is added beyond it.
 * - Phases are sorted by start; each ends the day (or month) before the next
 *   one begins, the last is open-ended ("3/2026 alkaen"); they take the
 *   seed's three pale column colours in turn. Two phases starting together
 *   are refused (the first would end before it starts).
 * - The depth band, when it follows the phases (and there are at least two,
 *   the least the format allows), has one level at each phase's start, with
 *   the seed's titles: the first phase "suppea osallisuus", the last "laaja
 *   osallisuus, syvä kumppanuus", the ones between "kohdennettu". Off, the
 *   diagram has no `depth` at all.
 * - A level named as one of the seed's levels keeps the seed's id and colour
 *   (so a path started from the suggestion is the seed's structure); others
 *   get an id from their title and the seed colours not yet taken.
 *
 * Swedish and English diagrams get the same structure with translated
 * titles; the seed's ids are the same in every language. The result is
 * checked with the reader's own validation, so it always opens again.
 */
import { compareDatePoints, isDate, isMonth } from '../dates.ts';
import { MAX_DEPTH_LEVELS, MIN_DEPTH_LEVELS } from '../limits.ts';
import type { Color, ContentLanguage, DateString, Depth, Diagram, Lane, Phase, Problem } from '../types.ts';
import { validateDocument } from '../validate.ts';
import { createIdAllocator } from './ids.ts';
import { addMonths } from './months.ts';
import { done, refuse, type EditResult } from './result.ts';

type Words = {
  readonly title: string;
  readonly lanes: readonly [string, string, string, string];
  readonly depth: string;
  readonly levels: readonly [string, string, string];
};

const WORDS: Readonly<Record<ContentLanguage, Words>> = {
  fi: {
    title: 'Uusi osallisuuspolku',
    lanes: ['Osallistujataso', 'Toimeenpanon taso', 'Valmistelun taso', 'Valtionapuhankkeet'],
    depth: 'Osallisuuden ja kumppanuuden aste',
    levels: [
      'suppea osallisuus, yhteisyys',
      'kohdennettu osallisuus, verkostot',
      'laaja osallisuus, syvä kumppanuus',
    ],
  },
  sv: {
    title: 'Ny delaktighetsstig',
    lanes: ['Deltagarnivå', 'Verkställighetsnivå', 'Beredningsnivå', 'Statsunderstödda projekt'],
    depth: 'Graden av delaktighet och partnerskap',
    levels: ['begränsad delaktighet, gemenskap', 'riktad delaktighet, nätverk', 'bred delaktighet, djupt partnerskap'],
  },
  en: {
    title: 'New participation path',
    lanes: ['Participant level', 'Implementation level', 'Preparation level', 'State-funded projects'],
    depth: 'Degree of participation and partnership',
    levels: ['limited participation, community', 'targeted participation, networks', 'broad participation, deep partnership'],
  },
};

/** The seed's lanes: ids and colours. */
const LANES = [
  { id: 'osallistujat', color: '#6b4c9a' },
  { id: 'toimeenpano', color: '#1f5f8b' },
  { id: 'valmistelu', color: '#2e7250' },
  { id: 'valtionapu', color: '#a0462a' },
] as const;

/** The seed's phase columns, pale enough for any text. */
const PHASE_COLORS: readonly Color[] = ['#e6eef6', '#eaf3e8', '#f7efe1'];

/** The axis shows at least this many months from the first one… */
const MIN_SPAN_MONTHS = 12;
/** …and at least this many months of the last phase. */
const LAST_PHASE_MONTHS = 6;

const wordsOf = (lang: ContentLanguage): Words => WORDS[lang] ?? WORDS.fi;

/** What the start dialog offers before anything is typed: the title and the seed's levels, in `lang`. */
export function newDiagramSuggestion(lang: ContentLanguage): { readonly title: string; readonly lanes: readonly string[] } {
  const words = wordsOf(lang);
  return { title: words.title, lanes: [...words.lanes] };
}

export type NewPhase = { readonly title: string; readonly start: DateString };

export type NewDiagramOptions = {
  /** The first month (`YYYY-MM`; a day counts as its month): the axis starts here. */
  readonly start: DateString;
  /** Default: "Uusi osallisuuspolku" in `lang`. */
  readonly title?: string;
  /** The levels' titles, top to bottom. Default: the seed's four. */
  readonly lanes?: readonly string[];
  /** In any order (sorted by start). Default: none. */
  readonly phases?: readonly NewPhase[];
  /** `phases`: one depth level at each phase's start (needs two or more phases); `off`: no band. Default `phases`. */
  readonly depth?: 'off' | 'phases';
};

/** The day before a day date, or the month before a month. */
function before(date: DateString): DateString | null {
  if (isMonth(date)) {
    const r = addMonths(date, -1);
    return r.ok ? r.date : null;
  }
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - 86_400_000;
  const day = new Date(t);
  if (day.getUTCFullYear() < 0) return null;
  return day.toISOString().slice(0, 10);
}

/** The seed's level titles spread over `n` levels: first, then the middle one, then last. */
function levelTitles(words: Words, n: number): string[] {
  return Array.from({ length: n }, (_, i) => words.levels[i === 0 ? 0 : i === n - 1 ? 2 : 1]);
}

/** The later of two dates (as points in time). */
const later = (a: DateString, b: DateString) => (compareDatePoints(a, b) >= 0 ? a : b);

/**
 * The band "Lisää osallisuuden aste" gives a diagram without one: the seed's
 * title and levels, dated along this diagram — at its phases' starts when it
 * has two or more (up to ten), else three levels spread over its span (the
 * axis, else its content, else a year from `fallbackMonth`).
 */
export function suggestedDepth(diagram: Diagram, lang: ContentLanguage, fallbackMonth: DateString): Depth {
  const words = wordsOf(lang);
  const starts = diagram.phases.map((p) => p.start).filter(isDate);
  starts.sort(compareDatePoints);
  if (starts.length >= MIN_DEPTH_LEVELS && starts.length <= MAX_DEPTH_LEVELS) {
    const titles = levelTitles(words, starts.length);
    return { title: words.depth, levels: starts.map((at, i) => ({ at, title: titles[i] as string })) };
  }
  const dates = [
    ...diagram.phases.flatMap((p) => [p.start, p.end]),
    ...diagram.steps.flatMap((s) => [s.start, s.end]),
  ].filter(isDate);
  dates.sort(compareDatePoints);
  const first = (diagram.axis?.start ?? dates[0] ?? fallbackMonth).slice(0, 7);
  const lastDate = diagram.axis?.end ?? dates[dates.length - 1];
  const span = Math.max(
    2,
    lastDate === undefined ? MIN_SPAN_MONTHS - 1 : monthsFrom(first, lastDate.slice(0, 7)),
  );
  const at = (k: number) => {
    const r = addMonths(first, Math.round((span * k) / 3));
    return r.ok ? r.date : first;
  };
  const titles = levelTitles(words, 3);
  return { title: words.depth, levels: [0, 1, 2].map((k) => ({ at: at(k), title: titles[k] as string })) };
}

/** Whole months from month `a` to month `b`. */
function monthsFrom(a: DateString, b: DateString): number {
  const index = (d: DateString) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  return index(b) - index(a);
}

/** A new diagram in `lang` made from the start dialog's answers (new objects on every call); refused with the problems of what was asked. */
export function newDiagram(lang: ContentLanguage, options: NewDiagramOptions): EditResult {
  const language: ContentLanguage = lang in WORDS ? lang : 'fi';
  const words = wordsOf(language);
  if (!isDate(options.start)) return refuse([{ path: ['axis', 'start'], code: 'date', params: { value: String(options.start) } }]);
  const first = options.start.slice(0, 7);
  const id = createIdAllocator({ lanes: [], phases: [], legend: [], steps: [], links: [] } as unknown as Diagram);

  // levels: a seed title keeps the seed's id and colour; others take the colours left
  const titles = options.lanes ?? words.lanes;
  const seedIndex = (title: string) =>
    LANES.findIndex((_, i) => Object.values(WORDS).some((w) => w.lanes[i] === title.trim()));
  const taken = new Set<number>();
  const seedOf = titles.map((title) => {
    const i = seedIndex(title);
    if (i < 0 || taken.has(i)) return -1;
    taken.add(i);
    return i;
  });
  const free = LANES.map((_, i) => i).filter((i) => !taken.has(i));
  let nextFree = 0;
  const lanes: Lane[] = titles.map((title, k) => {
    const i = seedOf[k] as number;
    if (i >= 0) return { id: id(LANES[i]!.id), title, color: LANES[i]!.color };
    const colour = LANES[free.length > 0 ? (free[nextFree++ % free.length] as number) : k % LANES.length]!.color;
    return { id: id(title, 'taso'), title, color: colour };
  });

  // phases: sorted by start, each ending where the next begins
  const problems: Problem[] = [];
  const given = [...(options.phases ?? [])];
  given.sort((a, b) => (isDate(a.start) && isDate(b.start) ? compareDatePoints(a.start, b.start) : 0));
  const phases: Phase[] = given.map((p, i) => {
    if (isDate(p.start) && compareDatePoints(p.start, first) < 0) {
      problems.push({ path: ['phases', i, 'start'], code: 'endBeforeStart', params: { start: first, end: p.start } });
    }
    const next = given[i + 1];
    const end = next && isDate(next.start) ? before(next.start) : null;
    const phase: Phase = { id: id(p.title, 'vaihe'), title: p.title, start: p.start, color: PHASE_COLORS[i % PHASE_COLORS.length] as Color };
    return end === null ? phase : { ...phase, end };
  });
  if (problems.length > 0) return refuse(problems);

  // the axis: a year at least, and half a year of the last phase
  const lastPhase = phases[phases.length - 1];
  const yearOn = addMonths(first, MIN_SPAN_MONTHS - 1);
  const intoLast = lastPhase && isDate(lastPhase.start) ? addMonths(lastPhase.start.slice(0, 7), LAST_PHASE_MONTHS - 1) : null;
  let end = yearOn.ok ? yearOn.date : first;
  if (intoLast?.ok) end = later(end, intoLast.date);

  const diagram: Diagram = {
    format: 'participation-path',
    version: 1,
    title: options.title ?? words.title,
    language,
    axis: { start: first, end },
    lanes,
    phases,
    legend: [],
    steps: [],
    links: [],
  };
  const withDepth: Diagram =
    (options.depth ?? 'phases') === 'phases' && phases.length >= MIN_DEPTH_LEVELS && phases.length <= MAX_DEPTH_LEVELS
      ? { ...diagram, depth: suggestedDepth(diagram, language, first) }
      : diagram;
  const checked = validateDocument(withDepth);
  return checked.ok ? done(withDepth) : refuse(checked.problems);
}
