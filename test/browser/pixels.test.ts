/**
 * What was drawn, measured in the pixels (issue 12): for the seed and two real paths of other spans, four
 * pictures — the editor at zoom 1 (React Flow's viewport set to zoom 1 at a whole-pixel translation), present
 * mode at its last phase stop (every step revealed), its screen sized so that the camera comes to scale 1
 * (within 0.002; its fractional translation read from the DOM and the layout mapped through it), and
 * `rsvg-convert -z 1` of the exported SVG, and the app's own PNG export at 1× (the export's scene drawn with
 * Canvas 2D). In each:
 *
 * - every step's border is found in the pixels (the run of the border's colour across each side, its outer
 *   edge) within 1 px of the layout's box, each side on many scan lines (the median taken), scan lines where
 *   an arrow meets the side left out. (Measured: the editor draws the border inside the box, 1 px wide — a
 *   CSS border of 1.5 px at device scale 1 — while the SVG and present mode centre the 1.5 px stroke on the
 *   box's edge: its outer edge lies 0.66–0.76 px outside, within 1 px at scale 1, not at a camera of 1.35×.);
 * - every line of every step's title has its ink box (the pixels holding the text's colour over the box's
 *   fill) within 1 px (TEXT_TOLERANCE: rsvg's right ends more) of the font's own ink box of that line at the
 *   layout's place — the union of the glyph outlines of Arimo (the app's font files, read with opentype.js)
 *   at the advances the layout sums (checked against the layout's own table on the way). (Chromium's canvas
 *   `actualBoundingBox…` is no reference: it rounds each glyph's box outward to whole pixels, up to 1.3 px
 *   wider than the outlines at 15 px.);
 * - the pictures' ink boxes of each line agree with each other as closely.
 *
 * The app's layout is this test's own (layoutDiagram in Node, the diagram's hyphenation patterns loaded):
 * the exported SVG's step rectangles are checked to be its boxes first.
 *
 * Parts of a picture covered by something else are left out, each for its reason: React Flow's panels (the
 * overview map, the zoom buttons) in the editor; in present mode the pinned lane titles at the left, the bar
 * of controls at the bottom and the 4 px frame around the current phase.
 *
 * The worst deviations per picture are written to test-results/pixels.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { decode } from 'fast-png';
// @ts-expect-error opentype.js ships no types (scripts/gen-font-metrics.mjs reads the same files with it)
import opentype from 'opentype.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDiagramText } from '../../src/io/readDiagram';
import type { Geometry, StepGeometry } from '../../src/layout/geometry';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { stepBoxShape } from '../../src/scene/steps';
import { measureText } from '../../src/layout/text/measure';
import { loadPatterns } from '../../src/layout/text/patterns';
import { STEP_BORDER, STEP_RADIUS } from '../../src/scene/drawing';
import { launch, openPage, openThroughInput, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const SHOTS = join(root, 'test-results/screenshots/pixels');
const CASES = [
  'fixtures/osallisuuspolku.json',
  'fixtures/paths/pohjois-savo-jarjestoviikot-2025.json',
  'fixtures/paths/osterbotten-organisationsforum-2025.json',
];
/**
 * How far (pixels) a title line's ink may lie from the font's, per picture and side: 1 px, except the right end
 * of a line in rsvg's picture. librsvg 2.54 lays text out through Pango, which rounds each glyph's advance to
 * whole pixels (hinted metrics): its glyphs drift left along the line by the sum of the roundings (seen column
 * by column against the editor's), up to 2.26 px short at the seed's ends of line (test-results/pixels.md),
 * while the line's left, top and bottom stay within 1 px.
 */
const TEXT_TOLERANCE: Record<string, Partial<Record<Side, number>> & { all: number }> = {
  editor: { all: 1 },
  rsvg: { all: 1, right: 2.5 },
  present: { all: 1 },
  png: { all: 1 },
};
const textTolerance = (picture: string, side: Side) => TEXT_TOLERANCE[picture]![side] ?? TEXT_TOLERANCE[picture]!.all;
/** The screen present mode starts on (as test/browser/pictures.test.ts shows it); then sized for a camera at scale 1. */
const PRESENT_SCREEN = { width: 1280, height: 720 };
/** The editor's translation at zoom 1 (screen px, whole). */
const EDITOR_AT = { x: 40, y: 20 };

let browser: Browser;
const report: string[] = [];
const apartReport: string[] = [];
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  if (report.length === 0) return;
  writeFileSync(
    join(root, 'test-results/pixels.md'),
    [
      '# Drawn pixels against the layout',
      '',
      'test/browser/pixels.test.ts: the largest deviation, in the picture\'s pixels, of a step border\'s outer edge (median over its scan lines) and of a title line\'s ink box (any of its four sides), and the mean signed deviation of each side.',
      '',
      '| diagram | picture | scale | borders measured | border max | border mean L/R/T/B | lines measured | ink max | ink max L/R/T/B | ink mean L/R/T/B |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...report,
      '',
      'The largest difference between two pictures\' outer edges of one border (px), at most 1 px: all three draw the scene\'s box (scene/steps.ts).',
      '',
      '| diagram | pictures | border apart |',
      '|---|---|---|',
      ...apartReport,
      '',
    ].join('\n'),
  );
});

// ------------------------------------------------------------------ reading the pixels

type Box = { left: number; right: number; top: number; bottom: number };
type Side = 'left' | 'right' | 'top' | 'bottom';
/**
 * A decoded picture and where the diagram lies in it: pixel (x + scale × diagram x, y + scale × diagram y),
 * pixel i covering [i, i + 1); `covered`: boxes of it (pixels) that something else is drawn over.
 */
type Picture = { name: string; data: Uint8Array; width: number; height: number; channels: number; scale: number; x: number; y: number; covered: Box[] };
type RGB = readonly [number, number, number];

const rgbOf = (hex: string): RGB => {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const n = parseInt(h.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const dist = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** A pixel's colour (over white where it is not opaque), or null outside the picture. */
function pixel(p: Picture, X: number, Y: number): RGB | null {
  if (X < 0 || Y < 0 || X >= p.width || Y >= p.height) return null;
  const i = (Y * p.width + X) * p.channels;
  const a = p.channels === 4 || p.channels === 2 ? p.data[i + p.channels - 1]! / 255 : 1;
  const c = (v: number) => v * a + 255 * (1 - a);
  return p.channels < 3 ? [c(p.data[i]!), c(p.data[i]!), c(p.data[i]!)] : [c(p.data[i]!), c(p.data[i + 1]!), c(p.data[i + 2]!)];
}

/** How much of colour `to` a pixel holds over `from` (0–1): where it lies on the line between them. */
function share(p: RGB, from: RGB, to: RGB): number {
  const d = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
  const n = d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2;
  if (n === 0) return 0;
  return Math.min(1, Math.max(0, ((p[0] - from[0]) * d[0]! + (p[1] - from[1]) * d[1]! + (p[2] - from[2]) * d[2]!) / n));
}

const isCovered = (p: Picture, X: number, Y: number) => p.covered.some((b) => X + 1 > b.left && X < b.right && Y + 1 > b.top && Y < b.bottom);

/** Below this distance (RGB) between a border's colour and what lies outside it, a scan line cannot see the border. */
const MIN_CONTRAST = 48;
/** Diagram px either side of where an arrow meets a side that no scan line reads (its head is 2 × 6.3 px wide). */
const ARROW_CLEAR = 9;

/**
 * The outer edge of a step's border on one side (pixels), found on scan lines across the side every 1.5 diagram
 * px (clear of the rounded corners and of where arrows meet the side): on each, the pixel nearest the layout's
 * edge that holds at least 0.3 of the border's colour (a 1 px border at a fractional place is two pixels of
 * about half) (over the colour outside: of the pixels 2–8 px out, the one
 * least like the border), followed outward while at least 0.4 of it; the edge is that last pixel's outer side
 * less the part of it not covered. The median of the scan lines; skipped when no line could be read (covered
 * or without contrast).
 */
function borderEdge(pic: Picture, s: StepGeometry, side: Side, links: Geometry['links']): { skipped: true } | { skipped: false; edge: number; lines: number } {
  const across = side === 'left' || side === 'right'; // the scan runs along x
  const out = side === 'left' || side === 'top' ? -1 : 1;
  const edge = side === 'left' ? s.x : side === 'right' ? s.x + s.width : side === 'top' ? s.y : s.y + s.height;
  const E = across ? pic.x + pic.scale * edge : pic.y + pic.scale * edge;
  const k0 = Math.floor(E);
  const from = (across ? s.y : s.x) + STEP_RADIUS + 2;
  const to = (across ? s.y + s.height : s.x + s.width) - STEP_RADIUS - 2;
  const arrows = links
    .flatMap((l) => [l.start, l.end])
    .filter((pt) => Math.abs((across ? pt.x : pt.y) - edge) <= 4)
    .map((pt) => (across ? pt.y : pt.x));
  const C = rgbOf(s.border);
  const found: number[] = [];
  let readable = 0;
  for (let t = from; t <= to; t += 1.5) {
    if (arrows.some((a) => Math.abs(a - t) < ARROW_CLEAR)) continue;
    const along = Math.floor(across ? pic.y + pic.scale * t : pic.x + pic.scale * t);
    const at = (k: number) => (across ? pixel(pic, k, along) : pixel(pic, along, k));
    let covered = false;
    for (let k = k0 - 9; k <= k0 + 9; k++) if (across ? isCovered(pic, k, along) : isCovered(pic, along, k)) covered = true;
    if (covered) continue;
    const outside = [2, 3, 4, 5, 6, 7, 8]
      .map((d) => at(k0 + out * d))
      .filter((p): p is RGB => p !== null)
      .sort((a, b) => dist(b, C) - dist(a, C))[0];
    if (!outside || dist(outside, C) < MIN_CONTRAST) continue;
    readable++;
    const alpha = (k: number) => {
      const p = at(k);
      return p ? share(p, outside, C) : 0;
    };
    const seeds = [0, 1, -1, 2, -2, 3, -3, 4, -4].map((d) => k0 + d).filter((k) => alpha(k) >= 0.3);
    if (seeds.length === 0) continue;
    let k = seeds[0]!;
    for (let n = 0; n < 6 && alpha(k + out) >= 0.4; n++) k += out;
    found.push(out < 0 ? k + 1 - alpha(k) : k + alpha(k));
  }
  if (readable === 0) return { skipped: true };
  found.sort((a, b) => a - b);
  // fewer lines with a border than without: not found (NaN fails every comparison)
  const edgeAt = found.length * 2 >= readable ? found[Math.floor(found.length / 2)]! : Number.NaN;
  return { skipped: false, edge: edgeAt, lines: found.length };
}

/** Faint anti-aliasing below this share of the text's colour is not ink. */
const INK = 0.1;

/**
 * The ink box (pixels) of the text in `window` (pixel centres within it): the pixels holding some of the
 * text's colour over the box's fill; each side is the outermost pixel row or column with ink, less the part of
 * it not inked (its largest share). 'covered' when something else is drawn over the window, null without ink.
 */
function inkBox(pic: Picture, window: Box, fill: string, color: string): Box | null | 'covered' {
  const F = rgbOf(fill);
  const T = rgbOf(color);
  const c0 = Math.ceil(window.left - 0.5);
  const c1 = Math.floor(window.right - 0.5);
  const r0 = Math.ceil(window.top - 0.5);
  const r1 = Math.floor(window.bottom - 0.5);
  const cols = new Map<number, number>();
  const rows = new Map<number, number>();
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const p = pixel(pic, c, r);
      if (p === null || isCovered(pic, c, r)) return 'covered';
      const a = share(p, F, T);
      if (a < INK) continue;
      cols.set(c, Math.max(cols.get(c) ?? 0, a));
      rows.set(r, Math.max(rows.get(r) ?? 0, a));
    }
  }
  if (cols.size === 0) return null;
  const cs = [...cols.keys()].sort((a, b) => a - b);
  const rs = [...rows.keys()].sort((a, b) => a - b);
  const [l, r, t, b] = [cs[0]!, cs[cs.length - 1]!, rs[0]!, rs[rs.length - 1]!];
  return { left: l + 1 - cols.get(l)!, right: r + cols.get(r)!, top: t + 1 - rows.get(t)!, bottom: b + rows.get(b)! };
}

/** Sets React Flow's viewport through its own store, found from the canvas's React fiber (no control sets an exact zoom). */
async function setView(page: Page, x: number, y: number, zoom: number): Promise<void> {
  const found = await page.evaluate(
    (v) => {
      type Store = { getState?: () => { panZoom?: { setViewport: (v: object) => unknown } | null } };
      type Fiber = { memoizedProps?: { value?: Store } | null; return: Fiber | null };
      const el = document.querySelector('.react-flow') as unknown as Record<string, Fiber>;
      const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
      for (let f: Fiber | null = key ? el[key]! : null; f; f = f.return) {
        const panZoom = f.memoizedProps?.value?.getState?.()?.panZoom;
        if (panZoom) {
          void panZoom.setViewport(v);
          return true;
        }
      }
      return false;
    },
    { x, y, zoom },
  );
  expect(found, 'React Flow’s store').toBe(true);
}

const picture = (path: string, name: string, m: { scale: number; x: number; y: number }, covered: Box[]): Picture => {
  const png = decode(readFileSync(path));
  expect(png.depth).toBe(8);
  return { name, data: png.data as Uint8Array, width: png.width, height: png.height, channels: png.channels, ...m, covered };
};

/** Arimo as @fontsource/arimo ships it (the app's own font files), latin then latin-ext, by weight. */
type Glyph = { index: number; advanceWidth?: number; getPath: (x: number, y: number, size: number) => { getBoundingBox: () => { x1: number; y1: number; x2: number; y2: number } } };
type Font = { unitsPerEm: number; charToGlyph: (c: string) => Glyph };
const fontDir = dirname(createRequire(import.meta.url).resolve('@fontsource/arimo/package.json'));
const FONTS: Record<'regular' | 'bold', Font[]> = {
  regular: ['latin', 'latin-ext'].map((sub) => loadFont(sub, 400)),
  bold: ['latin', 'latin-ext'].map((sub) => loadFont(sub, 700)),
};
function loadFont(subset: string, weight: number): Font {
  const b = readFileSync(join(fontDir, 'files', `arimo-${subset}-${weight}-normal.woff`));
  return (opentype as { parse: (b: ArrayBuffer) => Font }).parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
}

/**
 * The font's ink box of a line drawn from x = 0 on baseline 0 (px; ascent up, descent down): the union of its
 * glyphs' outlines, each at the sum of the advances before it (kerning off, as the diagram draws).
 */
type FontInk = { advance: number; left: number; right: number; ascent: number; descent: number };
function fontInk(text: string, size: number, weight: 'regular' | 'bold'): FontInk {
  let x = 0;
  const ink = { advance: 0, left: Infinity, right: -Infinity, ascent: -Infinity, descent: -Infinity };
  for (const c of text) {
    if (/\p{Default_Ignorable_Code_Point}/u.test(c)) continue;
    const font = FONTS[weight].find((f) => f.charToGlyph(c).index !== 0) ?? FONTS[weight][0]!;
    const glyph = font.charToGlyph(c);
    const b = glyph.getPath(x, 0, size).getBoundingBox();
    if (b.x2 > b.x1) {
      ink.left = Math.min(ink.left, b.x1);
      ink.right = Math.max(ink.right, b.x2);
      ink.ascent = Math.max(ink.ascent, -b.y1);
      ink.descent = Math.max(ink.descent, b.y2);
    }
    x += ((glyph.advanceWidth ?? 0) * size) / font.unitsPerEm;
  }
  return { ...ink, advance: x };
}

type Line = { step: StepGeometry; index: number; text: string; x: number; baseline: number; ink: FontInk };

/** Each step's title lines with the font's ink box, in diagram px. */
function titleLines(g: Geometry): Line[] {
  const lines = g.steps.flatMap((s) =>
    s.label.lines.map((text, index) => ({ step: s, index, text, baseline: s.label.y + index * s.label.lineHeight })).filter((l) => l.text.trim() !== ''),
  );
  return lines.map((l) => {
    const b = l.step.label;
    const ink = fontInk(l.text, b.size, b.weight);
    // the layout's width of the line is the font's advance (kerning off)
    expect(Math.abs(ink.advance - measureText(l.text, { size: b.size, weight: b.weight })), `advance of ${JSON.stringify(l.text)}`).toBeLessThan(0.01);
    const x = b.anchor === 'middle' ? b.x - ink.advance / 2 : b.anchor === 'end' ? b.x - ink.advance : b.x;
    return { ...l, x, ink };
  });
}

/** The ink box the font gives a line at the layout's place, in diagram px. */
const expectedInk = (l: Line): Box => ({ left: l.x + l.ink.left, right: l.x + l.ink.right, top: l.baseline - l.ink.ascent, bottom: l.baseline + l.ink.descent });

type Measured = { borders: Map<string, number>; ink: Map<string, Box>; faults: string[] };

const unescapeXml = (t: string) => t.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

const SIDES: Side[] = ['left', 'right', 'top', 'bottom'];
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f2 = (v: number) => v.toFixed(2);

/** Measures one picture and asserts each border and each line within 1 px; gives what it found (diagram px) for comparing pictures. */
function measure(pic: Picture, g: Geometry, lines: Line[], file: string): Measured {
  const borders = new Map<string, number>();
  const ink = new Map<string, Box>();
  const faults: string[] = [];
  const borderDev: Record<Side, number[]> = { left: [], right: [], top: [], bottom: [] };
  const inkDev: Record<Side, number[]> = { left: [], right: [], top: [], bottom: [] };
  const X = (x: number) => pic.x + pic.scale * x;
  const Y = (y: number) => pic.y + pic.scale * y;
  for (const s of g.steps) {
    for (const side of SIDES) {
      const found = borderEdge(pic, s, side, g.links);
      if (found.skipped) continue;
      const expected = side === 'left' ? X(s.x) : side === 'right' ? X(s.x + s.width) : side === 'top' ? Y(s.y) : Y(s.y + s.height);
      const dev = found.edge - expected;
      if (!(Math.abs(dev) <= 1)) faults.push(`step ${s.id} ${side} border: found ${f2(found.edge)}, layout ${f2(expected)} (${found.lines} scan lines)`);
      borderDev[side].push(dev);
      borders.set(`${s.id}:${side}`, (found.edge - (side === 'left' || side === 'right' ? pic.x : pic.y)) / pic.scale);
    }
  }
  for (const l of lines) {
    const e = expectedInk(l);
    const want: Box = { left: X(e.left), right: X(e.right), top: Y(e.top), bottom: Y(e.bottom) };
    const s = l.step;
    const inside: Box = { left: X(s.x + 2 * STEP_BORDER), right: X(s.x + s.width - 2 * STEP_BORDER), top: Y(s.y + 2 * STEP_BORDER), bottom: Y(s.y + s.height - 2 * STEP_BORDER) };
    // the lines above and below: the search stops half-way to their ink
    const above = l.index > 0 ? Y(l.baseline - s.label.lineHeight + l.ink.descent) : inside.top;
    const below = l.index < s.label.lines.length - 1 ? Y(l.baseline + s.label.lineHeight - l.ink.ascent) : inside.bottom;
    const found = inkBox(pic, {
      left: Math.max(inside.left, want.left - 3),
      right: Math.min(inside.right, want.right + 3),
      top: Math.max(inside.top, (want.top + above) / 2, want.top - 3),
      bottom: Math.min(inside.bottom, (want.bottom + below) / 2, want.bottom + 3),
    }, s.fill, s.label.color);
    if (found === 'covered') continue;
    const where = `step ${s.id} line ${l.index + 1} ${JSON.stringify(l.text)}`;
    if (found === null) {
      faults.push(`${where}: no ink`);
      continue;
    }
    for (const side of SIDES) {
      const dev = found[side] - want[side];
      inkDev[side].push(dev);
      if (!(Math.abs(dev) <= textTolerance(pic.name, side))) faults.push(`${where} ${side}: ink at ${f2(found[side])}, the font's at ${f2(want[side])}`);
    }
    ink.set(`${s.id}:${l.index}`, { left: (found.left - pic.x) / pic.scale, right: (found.right - pic.x) / pic.scale, top: (found.top - pic.y) / pic.scale, bottom: (found.bottom - pic.y) / pic.scale });
  }
  const all = (d: Record<Side, number[]>) => SIDES.flatMap((k) => d[k]);
  const max = (d: Record<Side, number[]>) => Math.max(...all(d).map(Math.abs));
  const maxes = (d: Record<Side, number[]>) => SIDES.map((k) => f2(Math.max(...d[k].map(Math.abs)))).join(' / ');
  report.push(
    `| ${file} | ${pic.name} | ${f2(pic.scale)} | ${all(borderDev).length} | ${f2(max(borderDev))} | ${SIDES.map((k) => f2(mean(borderDev[k]))).join(' / ')} | ${inkDev.left.length} | ${f2(max(inkDev))} | ${maxes(inkDev)} | ${SIDES.map((k) => f2(mean(inkDev[k]))).join(' / ')} |`,
  );
  // most of the picture was measured: a picture that hides its steps does not pass by skipping them
  const sides = g.steps.length * 4;
  // (present mode shows one phase's column of the diagram: a fifth of it at least)
  const part = pic.name === 'present' ? 0.2 : 0.8;
  if (all(borderDev).length < part * sides) faults.push(`${all(borderDev).length} of ${sides} borders measured`);
  if (inkDev.left.length < part * lines.length) faults.push(`${inkDev.left.length} of ${lines.length} lines measured`);
  return { borders, ink, faults: faults.map((f) => `${pic.name}: ${f}`) };
}

describe('what each output drew, in its pixels (production build, Chromium, rsvg-convert)', () => {
  it.each(CASES)('%s: step borders and title lines within 1 px in the editor, present mode, the SVG and the PNG', async (file) => {
    const read = readDiagramText(readFileSync(join(root, file), 'utf8'));
    if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.problems)}`);
    const d = read.diagram;
    await loadPatterns(d.language ?? 'fi');
    const g = layoutDiagram(d);
    const name = file.replace(/^.*\//, '').replace(/\.json$/, '');
    // room for the whole diagram at zoom 1 beside the toolbar (React Flow draws only the steps in view)
    // (at least 2300 px wide: the toolbar then stands on one row of whole pixels)
    const view = { width: Math.max(2300, Math.ceil(g.width) + 2 * EDITOR_AT.x), height: Math.ceil(g.height) + 2 * EDITOR_AT.y + 80 };
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, view, withoutFsAccess);
    await openThroughInput(page, join(root, file));
    const replace = page.getByRole('alertdialog').getByRole('button', { name: /open/i });
    if (await replace.isVisible().catch(() => false)) await replace.click();
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(d.steps.length);
    await settledView(page);

    // the SVG first: its step rectangles say the app laid out the boxes this test did …
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export SVG', exact: true }).click();
    const svgPath = join(SHOTS, `${name}.svg`);
    await (await download).saveAs(svgPath);
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
    const svg = readFileSync(svgPath, 'utf8');
    const rects = [...svg.matchAll(/<g data-step="([^"]+)"><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)];
    expect(rects.map((m) => [m[1], ...[2, 3, 4, 5].map((i) => Number(m[i]))])).toEqual(
      g.steps.map((s) => stepBoxShape(s)).map((r, i) => [g.steps[i]!.id, ...[r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100)]),
    );
    // … and its lines (what each step's <tspan>s say, as drawnText writes them)
    const spans = [...svg.matchAll(/<g data-step="([^"]+)"><rect[^>]*\/>(?:<text[^>]*>(.*?)<\/text>)?/g)].map((m) => [
      m[1],
      [...(m[2] ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => unescapeXml(t[1]!)),
    ]);
    expect(spans).toEqual(g.steps.map((s) => [s.id, s.label.lines.map((l) => l.replace(/\u00ad/g, '')).filter((l) => l.trim() !== '')]));
    const rsvgPng = join(SHOTS, `${name}-rsvg.png`);
    execFileSync('rsvg-convert', ['-z', '1', '-o', rsvgPng, svgPath]);
    // the app's own PNG at 1× (the same scene drawn with Canvas 2D, src/ui/export/rasterPng.ts)
    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('radio', { name: '1× (screen)' }).check();
    await exportDialog.getByRole('button', { name: 'Export PNG', exact: true }).click();
    const appPng = join(SHOTS, `${name}-png.png`);
    await (await pngDownload).saveAs(appPng);
    await exportDialog.getByRole('button', { name: 'Close' }).click();
    const lines = titleLines(g);

    // the editor at zoom 1, nothing selected or hovered
    await page.mouse.move(0, 0);
    // the pane's own place may be fractional (the toolbar's height): the translation makes the diagram's whole
    const pane = await page.evaluate(() => {
      const r = document.querySelector('.react-flow')!.getBoundingClientRect();
      return { left: r.left, top: r.top };
    });
    await setView(page, EDITOR_AT.x + Math.ceil(pane.left) - pane.left, EDITOR_AT.y + Math.ceil(pane.top) - pane.top, 1);
    await settledView(page);
    const editorAt = await page.evaluate(() => {
      const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const panels = [...document.querySelectorAll('.react-flow__panel')].map((p) => p.getBoundingClientRect());
      return { scale: m.a, x: pane.left + m.e, y: pane.top + m.f, covered: panels.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })) };
    });
    expect(editorAt.scale).toBe(1);
    expect([editorAt.x % 1, editorAt.y % 1]).toEqual([0, 0]);
    const editorPng = join(SHOTS, `${name}-editor.png`);
    await page.screenshot({ path: editorPng });

    // present mode at its last phase: everything revealed, the camera still once its glide is over
    await page.setViewportSize(PRESENT_SCREEN);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('dialog', { name: /^Presentation:/ }).waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.polku-present-step[data-revealed="false"]').count()).toBe(0);
    const camera = () =>
      page.evaluate(() => {
        const m = new DOMMatrix(getComputedStyle(document.querySelector('.polku-present-camera')!).transform);
        const stage = document.querySelector('svg.polku-present-svg')!.getBoundingClientRect();
        const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        const covered = [...document.querySelectorAll('.polku-present-pinned, .polku-present-bar')].map((e) => box(e.getBoundingClientRect()));
        // the frame's 4 px stroke (scaled), either side of its outline
        for (const f of document.querySelectorAll('.polku-present-frame')) {
          const r = f.getBoundingClientRect();
          const w = 2 * m.a + 1;
          covered.push(
            { left: r.left - w, right: r.left + w, top: r.top - w, bottom: r.bottom + w },
            { left: r.right - w, right: r.right + w, top: r.top - w, bottom: r.bottom + w },
            { left: r.left - w, right: r.right + w, top: r.top - w, bottom: r.top + w },
            { left: r.left - w, right: r.right + w, top: r.bottom - w, bottom: r.bottom + w },
          );
        }
        // outside the stage nothing of the diagram shows
        covered.push(
          { left: -1e6, right: stage.left, top: -1e6, bottom: 1e6 },
          { left: stage.right, right: 1e6, top: -1e6, bottom: 1e6 },
          { left: -1e6, right: 1e6, top: -1e6, bottom: stage.top },
          { left: -1e6, right: 1e6, top: stage.bottom, bottom: 1e6 },
        );
        return { scale: m.a, x: stage.left + m.e, y: stage.top + m.f, stage: { width: stage.width, height: stage.height }, covered };
      });
    const still = async () => {
      let at = await camera();
      await expect.poll(async () => {
        const before = at;
        await page.waitForTimeout(200);
        at = await camera();
        return [at.scale, at.x, at.y].join() === [before.scale, before.x, before.y].join();
      }).toBe(true);
      return at;
    };
    // the screen made the size at which the stop's camera comes to scale 1: the camera fits the column into the
    // stage less a margin (10 px each side), so the stage grows (or shrinks) by 1/scale (whole pixels: a hair over 1)
    let presentAt = await still();
    for (let i = 0; i < 3 && Math.abs(presentAt.scale - 1) > 0.002; i++) {
      const size = page.viewportSize()!;
      const grow = (stage: number) => Math.ceil(20 + (stage - 20) / presentAt.scale) - stage;
      await page.setViewportSize({ width: size.width + grow(presentAt.stage.width), height: size.height + grow(presentAt.stage.height) });
      presentAt = await still();
    }
    expect(presentAt.scale).toBeCloseTo(1, 2);
    const presentPng = join(SHOTS, `${name}-present.png`);
    await page.screenshot({ path: presentPng });
    expect(consoleErrors).toEqual([]);
    await context.close();

    const editor = measure(picture(editorPng, 'editor', editorAt, editorAt.covered), g, lines, name);
    const rsvg = measure(picture(rsvgPng, 'rsvg', { scale: 1, x: 0, y: 0 }, []), g, lines, name);
    const present = measure(picture(presentPng, 'present', presentAt, presentAt.covered), g, lines, name);
    const png = measure(picture(appPng, 'png', { scale: 1, x: 0, y: 0 }, []), g, lines, name);

    // the three drew each line in the same place (diagram px; present mode's camera is at scale 1 within
    // 0.002, so they are its pixels too), as closely as each is held to the layout, and each border within
    // 1 px of where the others drew it (one drawing, scene/steps.ts; the largest gap is in test-results/pixels.md).
    const apart: string[] = [];
    const pictures = { editor, rsvg, present, png };
    for (const [p, q] of [['editor', 'rsvg'], ['editor', 'present'], ['present', 'rsvg'], ['png', 'editor'], ['png', 'rsvg']] as const) {
      const [a, b] = [pictures[p], pictures[q]];
      let borderApart = 0;
      for (const [key, edge] of a.borders) {
        const other = b.borders.get(key);
        if (other !== undefined) borderApart = Math.max(borderApart, Math.abs(edge - other));
      }
      apartReport.push(`| ${name} | ${p} – ${q} | ${f2(borderApart)} |`);
      if (!(borderApart <= 1)) apart.push(`borders ${p} – ${q}: ${f2(borderApart)} px apart`);
      for (const [key, box] of a.ink) {
        const other = b.ink.get(key);
        if (!other) continue;
        for (const side of SIDES) {
          const tolerance = Math.max(textTolerance(p, side), textTolerance(q, side));
          if (!(Math.abs(box[side] - other[side]) <= tolerance)) apart.push(`line ${key} ${side}: ${p} ${f2(box[side])}, ${q} ${f2(other[side])}`);
        }
      }
    }
    expect([...editor.faults, ...rsvg.faults, ...present.faults, ...png.faults, ...apart]).toEqual([]);
  });
});
