/** Small seeded random diagrams for property tests of the layout. */
import type { Diagram, Link, Step } from '../../src/model/types';
import { prng } from './prng';

export { prng };

const WORDS = [
  'järjestöyhteistyön', 'hyvinvointialueen', 'osallisuus', 'kumppanuuspöytä', 'toimintaedellytysten',
  'vahvistaminen', 'työpaja', 'ja', 'sote-keskus', 'koordinaatio', 'verkostot', 'asukkaat', 'pilotointi',
];

const month = (i: number) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export function randomDiagram(seed: number, steps = 30): Diagram {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const lanes = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => ({ id: `lane${i}`, title: `Taso ${i + 1} ${pick(WORDS)}` }));
  const st: Step[] = Array.from({ length: steps }, (_, i) => {
    const start = Math.floor(r() * 40);
    const hasEnd = r() < 0.4;
    const day = r() < 0.2 ? `-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` : '';
    return {
      id: `s${i}`,
      lane: pick(lanes).id,
      title: Array.from({ length: 1 + Math.floor(r() * 6) }, () => pick(WORDS)).join(' '),
      start: month(start) + day,
      ...(hasEnd ? { end: month(start + Math.floor(r() * 8)) } : {}),
    };
  });
  const links: Link[] = [];
  for (let i = 0; i + 1 < steps; i += 2) links.push({ id: `l${i}`, from: `s${i}`, to: `s${i + 1}` });
  return {
    format: 'participation-path',
    version: 1,
    title: 'Satunnainen polku',
    lanes,
    phases: [
      { id: 'p1', title: 'Ensimmäinen vaihe', start: '2020-01', end: '2021-06' },
      { id: 'p2', title: 'Avoin vaihe', start: '2021-07' },
    ],
    depth: { title: 'Aste', levels: [{ at: '2020-01', title: 'suppea' }, { at: '2021-07', title: 'syvä kumppanuus' }] },
    legend: [],
    steps: st,
    links,
  };
}
