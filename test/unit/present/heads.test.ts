/**
 * Present mode's own words (src/ui/present/heads.ts) and the camera's room
 * for the depth band's title: at every stop of the seed, of the two-phase
 * path and of paths made to strain them (a long band title, many short
 * levels, one-month phases with long titles), by phase and step by step,
 * nothing present mode draws of the headers and the band stands under the
 * pinned titles or over another; dimmed words keep 4.5:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import { contrast } from '../../../src/layout/color.ts';
import { dimmedInk, veiled } from '../../../src/layout/dimmedInk.ts';
import type { TextBlock } from '../../../src/layout/geometry.ts';
import { layoutDiagram } from '../../../src/layout/layoutDiagram.ts';
import { revealedAt, stopsOf, type StopMode } from '../../../src/layout/stops.ts';
import { measureText } from '../../../src/layout/text/measure.ts';
import { blockTop } from '../../../src/layout/textBlock.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { cameraFor, depthHeight, focusOf, pinnedColumn } from '../../../src/ui/present/camera.ts';
import { LEVEL_VEIL, PHASE_VEIL } from '../../../src/scene/drawing.ts';
import { coveredUntil, headsOf, headWordsOf, slide, type Head } from '../../../src/ui/present/heads.ts';

function fixture(path: string): Diagram {
  const result = readDiagramText(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(path);
  return result.diagram;
}

const month = (i: number) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The two-phase path with a band title of five lines and a level a month. */
function manyLevels(): Diagram {
  const d = fixture('valid/two-phases.json');
  const titles = ['tiedottaminen ja kuuleminen', 'vuoropuhelu', 'yhteinen valmistelu', 'yhteinen arviointi', 'kumppanuus', 'yhteinen päätös', 'jatkuva yhteistyö'];
  return {
    ...d,
    depth: {
      title: 'Osallisuuden, vaikuttamisen ja kumppanuuden aste hyvinvointialueen ja järjestöjen yhteistyössä',
      levels: titles.map((title, i) => ({ at: month(1 + i), title })),
    },
  };
}

/** Six one-month phases with long titles, each with its own level. */
function shortPhases(): Diagram {
  const d = fixture('valid/two-phases.json');
  const names = ['Kutsu ja tiedottaminen', 'Verkkokysely järjestöille', 'Kuulemistilaisuudet kunnissa', 'Lausuntokierros', 'Luonnoksen valmistelu', 'Päätös ja palaute'];
  return {
    ...d,
    phases: names.map((title, i) => ({ id: `v${i}`, title, start: month(1 + i), end: month(1 + i), color: i % 2 ? '#eaf3e8' : '#e6eef6' })),
    depth: { title: 'Osallisuuden aste', levels: names.map((_, i) => ({ at: month(1 + i), title: `taso ${i + 1}: ${names[i]!.toLowerCase()}` })) },
  };
}

const PATHS: [string, () => Diagram][] = [
  ['the seed', () => fixture('osallisuuspolku.json')],
  ['the two-phase path', () => fixture('valid/two-phases.json')],
  ['many levels and a long band title', manyLevels],
  ['one-month phases', shortPhases],
];
const VIEWS = [
  { width: 1280, height: 660 },
  { width: 1366, height: 708 },
];

const widest = (b: TextBlock) => Math.max(0, ...b.lines.map((l) => measureText(l, b)));
const span = (h: Head) => ({ left: h.block.x + h.dx - (h.block.anchor === 'middle' ? widest(h.block) / 2 : 0), width: widest(h.block) });
const apart = (a: Head, b: Head) => {
  const p = span(a);
  const q = span(b);
  return p.left + p.width <= q.left + 0.5 || q.left + q.width <= p.left + 0.5;
};

function eachStop(d: Diagram, mode: StopMode, run: (where: string, i: number) => void) {
  const stops = stopsOf(d, mode);
  for (let i = 0; i < stops.length; i++) run(`${mode} stop ${i}`, i);
}

/** Every stop of both modes, framed for `view`: the camera, the edge of the pinned titles on screen and the heads drawn. */
function eachFramedStop(
  d: Diagram,
  g: ReturnType<typeof layoutDiagram>,
  view: { width: number; height: number },
  words: ReturnType<typeof headWordsOf>,
  run: (where: string, at: { camera: ReturnType<typeof cameraFor>; edge: number; heads: ReturnType<typeof headsOf> }) => void,
) {
  for (const mode of ['phase', 'step'] as StopMode[]) {
    const stops = stopsOf(d, mode);
    eachStop(d, mode, (where, i) => {
      const reveal = revealedAt(d, stops, i);
      const camera = cameraFor(g, focusOf(g, stops[i], reveal), view);
      const edge = coveredUntil(g, camera);
      run(where, { camera, edge, heads: headsOf(g, reveal, edge, reveal.depthLevels, words) });
    });
  }
}

describe('slide', () => {
  test('a text clear of the cover stays; one under it slides to its edge when it fits whole, else it is not drawn', () => {
    expect(slide(108, 50, 300, 40, 8)).toBe(0);
    expect(slide(108, 50, 300, 150, 8)).toBe(50);
    expect(slide(108, 50, 300, 240, 8)).toBe(null);
    expect(slide(108, 50, 300, 242, 8)).toBe(null);
  });
});

describe('dimmedInk', () => {
  test('dims towards the background and keeps 4.5:1 on it, whatever the colours', () => {
    const inks = ['#1b1f24', '#4a5561', '#ffffff', '#000000', '#164a6d'];
    const backgrounds = ['#ffffff', '#e6eef6', '#f7efe1', '#17456e', '#6b4c9a', '#dbe8f4', '#f2b33d'];
    for (const ink of inks) {
      for (const bg of backgrounds) {
        for (const veil of [0, PHASE_VEIL, LEVEL_VEIL]) {
          const under = veiled(bg, veil);
          const dim = dimmedInk(ink, under);
          expect(contrast(dim, under), `${ink} on ${bg} under ${veil}`).toBeGreaterThanOrEqual(4.5);
          // dimmed: never more contrast than the legible ink had, and well below it where there was much to spare
          if (contrast(ink, under) >= 4.6) expect(contrast(dim, under)).toBeLessThanOrEqual(contrast(ink, under) + 1e-9);
          if (contrast(ink, under) >= 9) expect(contrast(dim, under)).toBeLessThan(5);
        }
      }
    }
  });
});

describe.each(PATHS)('%s', (_, make) => {
  const d = make();
  const g = layoutDiagram(d);
  const words = headWordsOf(d);
  const pinned = pinnedColumn(g)!;

  test.each(VIEWS)('at $width×$height, by phase and step by step: the band title beside the band, never over a level label', (view) => {
    eachFramedStop(d, g, view, words, (where, { camera, edge, heads }) => {
      const depth = g.depth!;
      // the title stays in the titles' column, whose right edge is `edge` on screen, and every level label drawn starts right of it
      expect(depth.title.x + widest(depth.title), where).toBeLessThanOrEqual(pinned.left + pinned.width);
      for (const h of heads.levels.filter((x) => x.shown)) {
        if (Number.isFinite(edge)) expect(h.block.x + h.dx, `${where}: ${h.block.lines.join(' ')}`).toBeGreaterThanOrEqual(edge);
        else expect(h.block.x, where).toBeGreaterThanOrEqual(pinned.left + pinned.width);
      }
      // the title whole on screen, with the band: pinned at the bottom or in its own place
      const titleBottom = blockTop(depth.title) + depth.title.lines.length * depth.title.lineHeight;
      expect(camera.bandY! + (titleBottom - depth.y) * camera.scale, where).toBeLessThanOrEqual(view.height + 0.5);
      expect(camera.bandY! + depthHeight(depth) * camera.scale, where).toBeLessThanOrEqual(view.height + 0.5);
    });
  });

  test.each(VIEWS)('at $width×$height: the headers, years and level labels drawn stand clear of the titles and of each other', (view) => {
    eachFramedStop(d, g, view, words, (where, { edge, heads }) => {
      const shown = (hs: readonly Head[]) => hs.filter((h) => h.shown);
      for (const h of [...shown(heads.phases), ...shown(heads.ticks)]) {
        expect(span(h).left, `${where}: ${h.key}`).toBeGreaterThanOrEqual(Math.max(edge, 0));
      }
      const labels = shown(heads.phases).filter((h) => h.key.endsWith(':label'));
      const levels = shown(heads.levels);
      const years = shown(heads.ticks).filter((h) => h.key.startsWith('year'));
      for (const group of [labels, levels, years]) {
        for (let a = 0; a < group.length; a++) {
          for (let b = a + 1; b < group.length; b++) expect(apart(group[a]!, group[b]!), `${where}: ${group[a]!.key} × ${group[b]!.key}`).toBe(true);
        }
      }
      // a level label fits the band's height
      for (const h of levels) {
        expect(blockTop(h.block), `${where}: ${h.key}`).toBeGreaterThanOrEqual(g.depth!.y - 0.5);
        expect(blockTop(h.block) + h.block.lines.length * h.block.lineHeight, `${where}: ${h.key}`).toBeLessThanOrEqual(g.depth!.y + g.depth!.height + 0.5);
      }
    });
  });

  test('dimmed words keep 4.5:1 on their veiled background; revealed ones keep the layout’s colour', () => {
    const stops = stopsOf(d, 'phase');
    eachStop(d, 'phase', (where, i) => {
      const reveal = revealedAt(d, stops, i);
      const heads = headsOf(g, reveal, Number.NEGATIVE_INFINITY, reveal.depthLevels, words);
      for (const h of heads.phases) {
        const p = g.phases.find((x) => h.key.startsWith(`${x.id}:`))!;
        const bg = h.dimmed ? veiled(p.color, PHASE_VEIL) : p.color;
        expect(contrast(h.block.color, bg), `${where}: ${h.key}`).toBeGreaterThanOrEqual(4.5);
        if (!h.dimmed) expect(h.block.color, where).toBe((h.key.endsWith(':label') ? p.label : p.dates).color);
      }
      for (const h of heads.levels) {
        const l = g.depth!.levels.find((x) => `level:${x.index}` === h.key)!;
        expect(contrast(h.block.color, h.dimmed ? veiled(l.fill, LEVEL_VEIL) : l.fill), `${where}: ${h.key}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  });
});
