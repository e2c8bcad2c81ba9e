/** Present mode's pure parts: moving between stops, the camera, the capture panel's subjects, the timer. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram.ts';
import { layoutDiagram } from '../../../src/layout/layoutDiagram.ts';
import { revealedAt, stopsOf } from '../../../src/layout/stops.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { cameraFor, focusOf, MAX_SCALE, pinnedColumn, rowsBand, widenToWholeRows } from '../../../src/ui/present/camera.ts';
import { captureItems } from '../../../src/ui/present/captureItems.ts';
import { stopContext } from '../../../src/ui/present/stopLabel.ts';
import { equivalentStop, navigate } from '../../../src/ui/present/navigation.ts';
import { parseMinutes, timeLeftText } from '../../../src/ui/present/timer.ts';
import { presentMessages } from '../../../src/i18n/present.ts';

function seed(): Diagram {
  const result = readDiagramText(readFileSync(new URL('../../../fixtures/osallisuuspolku.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('seed');
  return result.diagram;
}

describe('navigate', () => {
  const at = (stop: number, blank = false) => ({ stop, blank });
  test('next, previous, first and last stay within the stops', () => {
    expect(navigate(at(0), 'next', 4)).toEqual(at(1));
    expect(navigate(at(3), 'next', 4)).toEqual(at(3));
    expect(navigate(at(0), 'previous', 4)).toEqual(at(0));
    expect(navigate(at(2), 'previous', 4)).toEqual(at(1));
    expect(navigate(at(2), 'first', 4)).toEqual(at(0));
    expect(navigate(at(1), 'last', 4)).toEqual(at(3));
    expect(navigate(at(9), 'previous', 4)).toEqual(at(2));
  });
  test('blank toggles; a move while blanked only brings the picture back; exit changes nothing', () => {
    expect(navigate(at(1), 'blank', 4)).toEqual(at(1, true));
    expect(navigate(at(1, true), 'blank', 4)).toEqual(at(1));
    expect(navigate(at(1, true), 'next', 4)).toEqual(at(1));
    expect(navigate(at(1, true), 'exit', 4)).toEqual(at(1, true));
  });
});

describe('equivalentStop between modes', () => {
  const d = seed();
  const byPhase = stopsOf(d, 'phase');
  const byStep = stopsOf(d, 'step');
  test('the title stays the title', () => {
    expect(equivalentStop(d, byPhase, 0, byStep)).toBe(0);
    expect(equivalentStop(d, byStep, 0, byPhase)).toBe(0);
  });
  test('a phase goes to its last step, which goes back to the phase', () => {
    for (let i = 1; i < byPhase.length; i++) {
      const s = equivalentStop(d, byPhase, i, byStep);
      expect(revealedAt(d, byStep, s).stepIds).toEqual(revealedAt(d, byPhase, i).stepIds);
      expect(equivalentStop(d, byStep, s, byPhase)).toBe(i);
    }
  });
});

describe('camera', () => {
  const d = seed();
  const g = layoutDiagram(d);
  const stops = stopsOf(d, 'phase');
  const view = { width: 1280, height: 660 };
  test('the title fits the whole diagram, centred', () => {
    const c = cameraFor(g, focusOf(g, stops[0], revealedAt(d, stops, 0)), view);
    expect(c.pinnedX).toBe(null);
    expect(g.width * c.scale).toBeLessThanOrEqual(view.width);
    expect(g.height * c.scale).toBeLessThanOrEqual(view.height);
    expect(c.x + (g.width * c.scale) / 2).toBeCloseTo(view.width / 2);
  });
  test('a phase fills the screen right of the pinned lane titles, its whole column in view', () => {
    const pinned = pinnedColumn(g)!;
    for (let i = 1; i < stops.length; i++) {
      const stop = stops[i]!;
      const focus = focusOf(g, stop, revealedAt(d, stops, i))!;
      const c = cameraFor(g, focus, view);
      expect(c.pinnedX).not.toBe(null);
      // a whole column holds the depth band in its own place
      expect(c.bandPinned).toBe(false);
      expect(c.bandY).toBeCloseTo(c.y + g.depth!.y * c.scale, 6);
      expect(c.scale).toBeGreaterThan(0.86); // readable: 15 px step text at 12.9 px or more at 1280×720
      expect(c.scale).toBeLessThanOrEqual(MAX_SCALE);
      const left = c.x + focus.x * c.scale;
      const right = c.x + (focus.x + focus.width) * c.scale;
      expect(left).toBeGreaterThanOrEqual(c.pinnedX! + pinned.width * c.scale - 0.5);
      expect(right).toBeLessThanOrEqual(view.width);
      expect(c.y + focus.y * c.scale).toBeGreaterThanOrEqual(0);
      expect(c.y + (focus.y + focus.height) * c.scale).toBeLessThanOrEqual(view.height);
    }
  });
});

describe('camera: a step is a close-up', () => {
  const d = seed();
  const g = layoutDiagram(d);
  const stops = stopsOf(d, 'step');
  const view = { width: 1280, height: 660 };
  const phaseScale = Math.min(
    ...stopsOf(d, 'phase')
      .slice(1)
      .map((stop, i) => cameraFor(g, focusOf(g, stop, revealedAt(d, stopsOf(d, 'phase'), i + 1)), view).scale),
  );
  const laneEdges = new Set([rowsBand(g).top, ...g.lanes.flatMap((l) => [l.y, l.y + l.height])]);

  test('larger type than a phase: each step whole on screen, between the pinned titles and the pinned depth band', () => {
    const scales: number[] = [];
    for (let i = 1; i < stops.length; i++) {
      const stop = stops[i]!;
      if (stop.kind !== 'step') continue;
      const c = cameraFor(g, focusOf(g, stop, revealedAt(d, stops, i)), view);
      scales.push(c.scale);
      const s = g.steps.find((x) => x.id === stop.stepId)!;
      const pinnedRight = c.pinnedX! + pinnedColumn(g)!.width * c.scale;
      expect(c.x + s.x * c.scale, s.id).toBeGreaterThanOrEqual(pinnedRight - 0.5);
      expect(c.x + (s.x + s.width) * c.scale, s.id).toBeLessThanOrEqual(view.width);
      expect(c.y + s.y * c.scale, s.id).toBeGreaterThanOrEqual(0);
      // the depth band is pinned whole at the bottom, below the step
      expect(c.bandY, s.id).not.toBe(null);
      expect(c.bandPinned, s.id).toBe(true);
      expect(c.bandY! + g.depth!.height * c.scale, s.id).toBeLessThanOrEqual(view.height);
      expect(c.y + (s.y + s.height) * c.scale, s.id).toBeLessThanOrEqual(c.bandY!);
      // only whole lanes are shown, and they too stand above the band
      expect(laneEdges.has(c.rows!.top), s.id).toBe(true);
      expect(laneEdges.has(c.rows!.bottom), s.id).toBe(true);
      expect(c.y + c.rows!.bottom * c.scale, s.id).toBeLessThanOrEqual(c.bandY! + 0.5);
      expect(c.y + c.rows!.top * c.scale, s.id).toBeGreaterThanOrEqual(-0.5);
    }
    expect(scales.length).toBe(21);
    // the seed's phases show at about 1.17 at 1280×720 (1.05 while a gap opened between the lanes and the depth
    // band of a flat page); every step of it at 1.5 at least, 1.25 times as large as any phase
    expect(Math.min(...scales)).toBeGreaterThan(1.5);
    expect(Math.min(...scales)).toBeGreaterThan(phaseScale * 1.25);
  });

  test('the lanes of the steps its arrows join are in the close-up', () => {
    // "Strategiatyöhön osallistuminen" (implementation level) has arrows to and from the preparation level
    const i = stops.findIndex((st) => st.kind === 'step' && g.steps.find((s) => s.id === st.stepId)?.label.lines.join('').startsWith('Strategia'));
    const c = cameraFor(g, focusOf(g, stops[i]!, revealedAt(d, stops, i)), view);
    const lane = (n: number) => g.lanes[n]!;
    expect(c.rows!.top).toBeLessThanOrEqual(lane(1).y);
    expect(c.rows!.bottom).toBeGreaterThanOrEqual(lane(2).y + lane(2).height);
  });

  test('widening takes whole neighbouring lanes, the smaller first, while they fit', () => {
    const l = g.lanes;
    const core = { top: l[1]!.y, bottom: l[1]!.y + l[1]!.height };
    expect(widenToWholeRows(g, core, core.bottom - core.top)).toEqual(core);
    const withSmaller = widenToWholeRows(g, core, core.bottom - core.top + Math.min(l[0]!.height, l[2]!.height));
    expect([l[0]!.y, core.top]).toContain(withSmaller.top);
    expect(withSmaller.bottom - withSmaller.top).toBeLessThanOrEqual(core.bottom - core.top + Math.min(l[0]!.height, l[2]!.height));
    expect(withSmaller).not.toEqual(core);
    // room for everything: from the phase headers to the last lane
    expect(widenToWholeRows(g, core, 1e6)).toEqual({ top: rowsBand(g).top, bottom: l.at(-1)!.y + l.at(-1)!.height });
  });
});

describe('stopContext', () => {
  const d = seed();
  test('a step says its phase and the phase’s dates; other stops say nothing more', () => {
    const byStep = stopsOf(d, 'step');
    const first = byStep.find((st) => st.kind === 'step')!;
    expect(stopContext(d, first)).toBe('Väliaikaishallinto (VATE) · 7/2021–2/2022');
    const late = byStep.filter((st) => st.kind === 'step').at(-1)!;
    expect(stopContext(d, late)).toBe('Hyvinvointialue ja sen tulevaisuuden sote-keskus · 1/2023 alkaen');
    for (const st of stopsOf(d, 'phase')) expect(stopContext(d, st)).toBe(null);
  });
});

describe('captureItems', () => {
  const d = seed();
  const stops = stopsOf(d, 'phase');
  test('at a phase: the phase first, then its steps', () => {
    const items = captureItems(d, stops[2], revealedAt(d, stops, 2));
    expect(items[0]!.target).toEqual({ kind: 'phase', id: 'aluevaltuusto' });
    expect(items.slice(1).every((i) => i.target.kind === 'step')).toBe(true);
    expect(items.map((i) => i.title)).toContain('Strategiatyöhön osallistuminen');
  });
  test('at the title: every phase and every step', () => {
    expect(captureItems(d, stops[0], revealedAt(d, stops, 0))).toHaveLength(d.phases.length + d.steps.length);
  });
});

describe('timer', () => {
  test('time left, rounded up to the second', () => {
    expect(timeLeftText(5 * 60_000)).toBe('5:00');
    expect(timeLeftText(1)).toBe('0:01');
    expect(timeLeftText(-5000)).toBe('0:00');
    expect(timeLeftText(61 * 60_000)).toBe('1:01:00');
  });
  test('typed minutes', () => {
    expect(parseMinutes('7')).toBe(7);
    expect(parseMinutes(' 2,5 ')).toBe(2.5);
    expect(parseMinutes('')).toBe(null);
    expect(parseMinutes('0')).toBe(null);
    expect(parseMinutes('x')).toBe(null);
    expect(parseMinutes('181')).toBe(null);
  });
});

describe('the keys on the opening card', () => {
  test.each(['fi', 'sv', 'en'] as const)('%s: every key a clicker or a person uses, PageDown and PageUp among them', (lang) => {
    const keys = presentMessages[lang].keys;
    for (const key of ['→', '↓', 'PageDown', '←', '↑', 'PageUp', 'Home', 'End', 'B', '.', 'Esc']) expect(keys, key).toContain(key);
    // next before previous, each with its own keys
    const next = keys.indexOf('PageDown');
    const previous = keys.indexOf('PageUp');
    expect(keys.indexOf('↓')).toBeLessThan(next);
    expect(next).toBeLessThan(keys.indexOf('←'));
    expect(keys.indexOf('↑')).toBeLessThan(previous);
    expect(keys).toMatch(/B (tai|eller|or) \. /);
  });
});
