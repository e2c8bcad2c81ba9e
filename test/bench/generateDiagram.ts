/**
 * A deterministic generator of large participation paths, shared by the
 * benchmarks and the tests: N steps over 6 lanes and 10 years of monthly
 * dates, 10 yearly phases, a depth band, a link for every second step, and
 * titles of realistic Finnish length.
 */
import type { Diagram, Link, Step } from '../../src/model/types';
import { prng } from '../helpers/prng';

const LANES = [
  ['osallistujat', 'Osallistujataso', '#6b4c9a'],
  ['toimeenpano', 'Toimeenpanon taso', '#1f5f8b'],
  ['valmistelu', 'Valmistelun taso', '#2e7250'],
  ['hankkeet', 'Valtionapuhankkeet', '#a0462a'],
  ['kunnat', 'Kuntien yhteistyö', '#5c6b1f'],
  ['foorumit', 'Järjestöfoorumit ja kumppanuuspöydät', '#7a3b5f'],
] as const;

const WORDS = [
  'järjestöyhteistyön', 'hyvinvointialueen', 'osallisuuden', 'kumppanuuspöydän', 'toimintaedellytysten',
  'vahvistaminen', 'työpaja', 'ja', 'sote-keskuksen', 'koordinaatiomallin', 'verkostojen', 'asukkaiden',
  'pilotointi', 'kartoittaminen', 'valmistelu', 'avustusten', 'kokemusasiantuntijoiden', 'arviointi',
  'yhteinen', 'suunnitelma', 'palveluintegraatio', 'teemaryhmä', 'kuuleminen', 'järjestöfoorumi',
];

const month = (i: number) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export function generateDiagram(n: number, seed = 1): Diagram {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const steps: Step[] = [];
  for (let i = 0; i < n; i++) {
    const start = Math.floor(r() * 118);
    const words = 3 + Math.floor(r() * 5);
    let title = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    title = title[0]!.toUpperCase() + title.slice(1);
    const step: Step = {
      id: `s${i}`,
      lane: LANES[Math.floor(r() * LANES.length)]![0],
      title,
      start: month(start),
      ...(r() < 0.3 ? { end: month(Math.min(119, start + 1 + Math.floor(r() * 6))) } : {}),
      ...(r() < 0.15 ? { legend: 'olemassa' } : {}),
    };
    steps.push(step);
  }
  // a link for every second step, forwards in time
  const links: Link[] = [];
  for (let i = 0; i + 1 < n; i += 2) {
    const [a, b] = steps[i]!.start <= steps[i + 1]!.start ? [steps[i]!, steps[i + 1]!] : [steps[i + 1]!, steps[i]!];
    links.push({ id: `l${i}`, from: a.id, to: b.id });
  }
  return {
    format: 'participation-path',
    version: 1,
    title: `Alueellinen osallisuuspolku 2020–2029 (${n} askelta)`,
    source: 'Tuotettu vertailuaineisto',
    language: 'fi',
    axis: { start: '2020-01', end: '2029-12' },
    lanes: LANES.map(([id, title, color]) => ({ id, title, color })),
    phases: Array.from({ length: 10 }, (_, y) => ({
      id: `v${2020 + y}`,
      title: `Vaihe ${y + 1}: vuosi ${2020 + y}`,
      start: `${2020 + y}-01`,
      end: `${2020 + y}-12`,
      color: y % 2 ? '#eef3e8' : '#e6eef6',
    })),
    depth: {
      title: 'Osallisuuden ja kumppanuuden aste',
      levels: [
        { at: '2020-01', title: 'suppea osallisuus, yhteisyys' },
        { at: '2023-01', title: 'kohdennettu osallisuus, verkostot' },
        { at: '2026-01', title: 'laaja osallisuus, syvä kumppanuus' },
      ],
    },
    legend: [{ id: 'olemassa', title: 'olemassa oleva kehittäminen', color: '#f2b33d' }],
    steps,
    links,
  };
}
