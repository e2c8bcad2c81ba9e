/**
 * A new, empty diagram ("Uusi"): the seed's four lanes and its depth band
 * with three levels (fixtures/osallisuuspolku.json), a title, no steps.
 *
 * No phases: the seed's phases (VATE, aluevaltuusto, hyvinvointialue) date
 * one particular reform of 2021–2023, while the lanes and the depth band
 * describe participation in general. Someone starting a new path would
 * have to delete the phases first; adding their own is one step in the UI.
 * No axis either: the span follows the content.
 *
 * Swedish and English diagrams get the same structure with translated
 * titles; the ids are the same in every language.
 */
import type { ContentLanguage, Diagram } from '../types.ts';

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

/** The seed's depth levels begin with its phases. */
const LEVEL_DATES = ['2021-07', '2022-03', '2023-01'] as const;

/** A fresh diagram in `lang` (new objects on every call). */
export function newDiagram(lang: ContentLanguage = 'fi'): Diagram {
  const words = WORDS[lang] ?? WORDS.fi;
  return {
    format: 'participation-path',
    version: 1,
    title: words.title,
    language: lang in WORDS ? lang : 'fi',
    lanes: LANES.map((lane, i) => ({ id: lane.id, title: words.lanes[i] as string, color: lane.color })),
    phases: [],
    depth: {
      title: words.depth,
      levels: LEVEL_DATES.map((at, i) => ({ at, title: words.levels[i] as string })),
    },
    legend: [],
    steps: [],
    links: [],
  };
}
