/**
 * Legible for any real path: the exported SVG as Chromium draws it, measured
 * (getBBox of every tspan, box, label and period mark; arrows sampled every
 * 4 px with getPointAtLength) and judged by test/helpers/legibility.ts, over
 * the seed, the four templates, the five real paths in fixtures/paths and
 * generated paths (fast-check, fixed seeds). Expected x of any date is
 * computed from day counts over the axis span the SVG names, never from the
 * layout's scale.
 *
 * Writes the faults per diagram to test-results/legibility.md (a table of
 * counts by kind, then every fault), and each generated diagram to
 * test-results/legibility/ so that a failure can be opened in Polku.
 */
import fc from 'fast-check';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Diagram } from '../../src/model/types';
import {
  FAULT_KINDS, faultTable, findFaults, truePeriod, xOfDay, type Box, type Fault, type Measured, type MeasuredText, type Occupant,
} from '../helpers/legibility';
import { anyPath, describeDiagram, isOrdinary, ordinaryPath } from '../helpers/legibleDiagrams';
import { launch } from './browser';

const base = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const results = join(root, 'test-results');

type Case = { name: string; about: string; text: string; ordinary: boolean };

const fixture = (path: string): Case => {
  const text = readFileSync(join(root, path), 'utf8');
  const d = JSON.parse(text) as Diagram;
  const ordinary = isOrdinary(d);
  return { name: basename(path, '.json'), about: `${describeDiagram(d)}${ordinary ? ', ordinary' : ''}`, text, ordinary };
};
const FIXTURES: Case[] = [
  'fixtures/osallisuuspolku.json',
  ...readdirSync(join(root, 'fixtures/templates')).filter((f) => f !== 'index.json').map((f) => `fixtures/templates/${f}`),
  ...readdirSync(join(root, 'fixtures/paths')).map((f) => `fixtures/paths/${f}`),
].map(fixture);
const generated = (prefix: string, diagrams: Diagram[], ordinary: boolean): Case[] =>
  diagrams.map((d, i) => ({ name: `${prefix}-${i + 1}`, about: describeDiagram(d), text: `${JSON.stringify(d, null, 2)}\n`, ordinary }));
const GENERATED = [
  ...generated('any', fc.sample(anyPath, { numRuns: 12, seed: 1111 }), false),
  ...generated('ordinary', fc.sample(ordinaryPath, { numRuns: 8, seed: 2222 }), true),
];

// ------------------------------------------------------------------ in the page

type RawText = { boxes: Box[]; lines: string[]; size: number[]; box: Box };
type Raw = {
  width: number;
  height: number;
  axis: Record<string, string | undefined>;
  steps: { id: string; box: Box | null; text: RawText }[];
  periods: { step: string | null; value: string; box: Box }[];
  links: { id: string; samples: { x: number; y: number }[] }[];
  linkLabels: { id: string; box: Box | null; text: RawText }[];
  axisTexts: RawText[];
  phaseTexts: RawText[];
  laneTexts: RawText[];
};

/** Puts the SVG into this page and measures it: everything in the SVG's own coordinates (zoom 1). */
async function measureIn(page: Page, svgText: string): Promise<Raw> {
  return page.evaluate(async (source) => {
    document.getElementById('measured')?.remove();
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml').documentElement;
    const svg = document.importNode(parsed, true) as unknown as SVGSVGElement;
    svg.id = 'measured';
    document.body.append(svg);
    await document.fonts.ready;
    const toRoot = svg.getScreenCTM()!.inverse();
    const box = (el: SVGGraphicsElement) => {
      const b = el.getBBox();
      const m = toRoot.multiply(el.getScreenCTM()!);
      const ps = [new DOMPoint(b.x, b.y), new DOMPoint(b.x + b.width, b.y + b.height)].map((p) => p.matrixTransform(m));
      return { x: Math.min(ps[0]!.x, ps[1]!.x), y: Math.min(ps[0]!.y, ps[1]!.y), width: Math.abs(ps[1]!.x - ps[0]!.x), height: Math.abs(ps[1]!.y - ps[0]!.y) };
    };
    const textOf = (texts: SVGTextElement[]) => {
      const spans = texts.flatMap((t) => {
        const ts = [...t.querySelectorAll('tspan')];
        return ts.length > 0 ? ts : [t];
      });
      const boxes = spans.map((s) => box(s as unknown as SVGGraphicsElement));
      const left = Math.min(...boxes.map((b) => b.x));
      const top = Math.min(...boxes.map((b) => b.y));
      const union = boxes.length === 0 ? { x: 0, y: 0, width: 0, height: 0 } : {
        x: left, y: top, width: Math.max(...boxes.map((b) => b.x + b.width)) - left, height: Math.max(...boxes.map((b) => b.y + b.height)) - top,
      };
      return { boxes, lines: spans.map((s) => s.textContent ?? ''), size: spans.map((s) => parseFloat(getComputedStyle(s).fontSize)), box: union };
    };
    const part = (name: string) => svg.querySelector(`g[data-part="${name}"]`);
    const texts = (el: Element | null) => (el ? [...el.querySelectorAll('text')] : []).map((t) => textOf([t]));
    const directTexts = (g: Element) => [...g.children].filter((c): c is SVGTextElement => c.tagName === 'text');
    // the box: its first <rect> that is not a period mark, or else (a box that is its own period bar) its first <rect>
    const firstRect = (g: Element) => {
      const rects = [...g.children].filter((c) => c.tagName === 'rect');
      return (rects.find((c) => !c.hasAttribute('data-period')) ?? rects[0] ?? null) as SVGGraphicsElement | null;
    };
    const stepGroups = [...svg.querySelectorAll('g[data-step]:not([data-period])')];
    return {
      width: svg.width.baseVal.value,
      height: svg.height.baseVal.value,
      axis: { ...(part('axis') as HTMLElement | null)?.dataset },
      steps: stepGroups.map((g) => {
        const rect = firstRect(g);
        return { id: g.getAttribute('data-step')!, box: rect ? box(rect) : null, text: textOf(directTexts(g)) };
      }),
      periods: [...svg.querySelectorAll('[data-period]')].map((el) => ({
        step: el.getAttribute('data-step') ?? el.parentElement?.closest('[data-step]')?.getAttribute('data-step') ?? null,
        value: el.getAttribute('data-period')!,
        box: box(el as SVGGraphicsElement),
      })),
      links: [...svg.querySelectorAll('g[data-link]')].map((g) => {
        const path = g.querySelector('path');
        const samples: { x: number; y: number }[] = [];
        if (path) {
          const m = toRoot.multiply(path.getScreenCTM()!);
          const length = path.getTotalLength();
          for (let s = 0; s <= length; s += 4) samples.push(path.getPointAtLength(s).matrixTransform(m));
          samples.push(path.getPointAtLength(length).matrixTransform(m));
        }
        return { id: g.getAttribute('data-link')!, samples: samples.map((p) => ({ x: p.x, y: p.y })) };
      }),
      linkLabels: [...svg.querySelectorAll('g[data-link-label]')].map((g) => {
        const rect = firstRect(g);
        return { id: g.getAttribute('data-link-label')!, box: rect ? box(rect) : null, text: textOf(directTexts(g)) };
      }),
      axisTexts: texts(part('axis')),
      phaseTexts: texts(part('phases')),
      laneTexts: texts(part('lanes')),
    };
  }, svgText);
}

// ------------------------------------------------------------------ in node

const squash = (s: string) => s.replace(/[\s\u00ad\-‐]+/g, '');
const lines = (where: string, source: string | null, t: RawText): MeasuredText => ({
  where,
  source,
  lines: t.lines.map((text, i) => ({ text, box: t.boxes[i]!, size: t.size[i]! })),
});

/** The measurements joined with the diagram's own text and dates. */
function measured(d: Diagram, raw: Raw): Measured {
  const a = raw.axis;
  const axis =
    a['axisStart'] && a['axisEnd'] && a['x0'] && a['x1'] ? { start: a['axisStart'], end: a['axisEnd'], x0: Number(a['x0']), x1: Number(a['x1']) } : null;
  const steps = d.steps.map((s) => {
    const drawn = raw.steps.find((r) => r.id === s.id);
    return {
      id: s.id,
      start: s.start,
      ...(s.end ? { end: s.end } : {}),
      box: drawn?.box ?? null,
      text: drawn ? lines(`step ${s.id}`, s.title, drawn.text) : { where: `step ${s.id}`, source: s.title, lines: [] },
      periods: raw.periods.filter((p) => p.step === s.id).map((p) => ({ value: p.value, box: p.box })),
    };
  });
  // a phase's or lane's title: the text block that spells it (none: not drawn)
  const titled = (kind: string, items: readonly { id: string; title: string }[], ts: RawText[]) =>
    items.map((it) => {
      const t = ts.find((x) => squash(it.title) === squash(x.lines.join('')));
      return t ? lines(`${kind} ${it.id}`, it.title, t) : { where: `${kind} ${it.id}`, source: it.title, lines: [] };
    });
  const occupant = (kind: Occupant['kind'], id: string, t: RawText): Occupant => ({ kind, id, label: t.lines.join(' '), box: t.box });
  return {
    width: raw.width,
    height: raw.height,
    axis,
    steps,
    links: d.links.map((l) => ({ id: l.id, from: l.from, to: l.to, samples: raw.links.find((r) => r.id === l.id)?.samples ?? [] })),
    linkLabels: raw.linkLabels.flatMap((r) => {
      const l = d.links.find((x) => x.id === r.id);
      return r.box && l ? [{ id: r.id, box: r.box, text: lines(`link ${r.id}`, l.title ?? null, r.text) }] : [];
    }),
    texts: [
      ...titled('phase', d.phases, raw.phaseTexts),
      ...titled('lane', d.lanes, raw.laneTexts),
      // an arrow's title with no label drawn
      ...d.links.filter((l) => l.title && !raw.linkLabels.some((r) => r.id === l.id)).map((l) => ({ where: `link ${l.id}`, source: l.title!, lines: [] })),
    ],
    occupants: [
      ...raw.axisTexts.map((t, i) => occupant('axis', String(i + 1), t)),
      ...raw.phaseTexts.map((t, i) => occupant('phase', String(i + 1), t)),
    ],
  };
}

// ------------------------------------------------------------------ the run

let browser: Browser;
let page: Page;
const report: { name: string; about: string; faults: Fault[] }[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(`${base}export.html`);
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  // the app's own Arimo (as the screen and text-metrics.test.ts load it), so the SVG is drawn with the font it was laid out for
  const require = createRequire(import.meta.url);
  const fontDir = resolve(require.resolve('@fontsource/arimo/package.json'), '..');
  const ranges = JSON.parse(readFileSync(join(fontDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const faces: string[] = [];
  for (const weight of [400, 700])
    for (const subset of ['latin', 'latin-ext']) {
      const data = readFileSync(join(fontDir, 'files', `arimo-${subset}-${weight}-normal.woff2`)).toString('base64');
      faces.push(`@font-face{font-family:Arimo;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges[subset]}}`);
    }
  await page.addStyleTag({ content: `${faces.join('\n')} body{margin:0}` });
  await page.evaluate(async () => {
    await Promise.all(['400 14px Arimo', '700 14px Arimo'].map((f) => document.fonts.load(f, 'Aä€Ąő')));
  });
});

afterAll(async () => {
  await browser?.close();
  if (report.length === 0) return; // a run of the self-check alone keeps the last table
  mkdirSync(join(results, 'legibility'), { recursive: true });
  const order = [...FIXTURES, ...GENERATED].map((c) => c.name);
  report.sort((p, q) => order.indexOf(p.name) - order.indexOf(q.name));
  const details = report
    .filter((r) => r.faults.length > 0)
    .map((r) => [`### ${r.name} (${r.about})`, '', ...r.faults.map((f) => `- ${f.kind} · ${f.where}: ${f.detail}`), ''].join('\n'));
  const md = [
    '# Legibility of exported diagrams',
    '',
    `Faults per diagram (test/browser/legibility.test.ts, ${new Date().toISOString().slice(0, 10)}). Kinds: see test/helpers/legibility.ts. `,
    '`ratio` and `small-text` are judged only for ordinary paths (≤ 40 steps, ≤ 6 lanes, ≤ 3 at once in a lane).',
    '',
    faultTable(report.map((r) => ({ name: `${r.name} (${r.about})`, faults: r.faults })), FAULT_KINDS),
    '',
    '## Every fault',
    '',
    ...details,
  ].join('\n');
  writeFileSync(join(results, 'legibility.md'), md);
  console.log(faultTable(report.map((r) => ({ name: r.name, faults: r.faults })), FAULT_KINDS));
});

/** The faults, one short line each, at most 12 per kind, for the assertion message. */
function compact(faults: readonly Fault[]): string[] {
  const out: string[] = [];
  for (const kind of FAULT_KINDS) {
    const mine = faults.filter((f) => f.kind === kind);
    out.push(...mine.slice(0, 12).map((f) => `${f.kind} · ${f.where}: ${f.detail}`));
    if (mine.length > 12) out.push(`${kind}: … and ${mine.length - 12} more`);
  }
  return out;
}

async function exportedSvg(c: Case): Promise<string> {
  const result = await page.evaluate(
    ([b64, name]) =>
      (window as unknown as { polkuExport: (b: string, n: string, o: object, l: string) => Promise<{ ok: boolean; base64?: string; problems?: string[] }> }).polkuExport(
        b64, name, { format: 'svg', scale: 1, background: 'white', paper: 'A4', includeNotes: false }, 'en'),
    [Buffer.from(c.text).toString('base64'), `${c.name}.json`] as const,
  );
  expect(result.problems ?? []).toEqual([]);
  return Buffer.from(result.base64!, 'base64').toString('utf8');
}

async function judge(c: Case): Promise<Fault[]> {
  const d = JSON.parse(c.text) as Diagram;
  const faults = findFaults(measured(d, await measureIn(page, await exportedSvg(c))), { ordinary: c.ordinary });
  report.push({ name: c.name, about: c.about, faults });
  return faults;
}

describe('the measuring itself, on the seed’s SVG with faults put in and taken out', () => {
  it('finds a period mark in place and one off by 5 px, text moved out of its box, a step moved onto another, the axis span missing', async () => {
    const c = FIXTURES[0]!;
    const d = JSON.parse(c.text) as Diagram;
    // the export's own period marks taken out: the check must find them missing, then put back by hand
    const exported = await exportedSvg(c);
    const svg = exported.replace(/<(rect|polygon|path)\b[^>]*\bdata-period="[^"]*"[^>]*\/>/g, '');
    expect(svg.length).toBeLessThan(exported.length);
    const rect = (id: string) => {
      const m = new RegExp(`<g data-step="${id}"><rect x="([\\d.-]+)" y="([\\d.-]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(svg)!;
      return { x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) };
    };
    const axisOf = /data-axis-start="([\d-]+)" data-axis-end="([\d-]+)" data-x0="([\d.]+)" data-x1="([\d.]+)"/.exec(svg)!;
    const axis = { start: axisOf[1]!, end: axisOf[2]!, x0: Number(axisOf[3]), x1: Number(axisOf[4]) };
    const [a, b, moved, target] = [d.steps[0]!, d.steps[1]!, d.steps[2]!, d.steps[5]!];
    const mark = (id: string, first: string, last: string, shift: number) => {
      const x0 = xOfDay(axis, first) + shift;
      const x1 = xOfDay(axis, new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) + shift;
      return `<rect data-period="${first}/${last}" data-step="${id}" x="${x0}" y="${rect(id).y}" width="${x1 - x0}" height="4"/>`;
    };
    const pa = truePeriod(a.start, a.end);
    const pb = truePeriod(b.start, b.end);
    const [from, to] = [rect(moved.id), rect(target.id)];
    const tampered = svg
      .replace('<g data-part="steps">', `<g data-part="steps">${mark(a.id, pa.first, pa.last, 0)}${mark(b.id, pb.first, pb.last, 5)}`)
      .replace(new RegExp(`(<g data-step="${d.steps[3]!.id}"><rect[^>]*/>)<text`), '$1<text transform="translate(0 300)"')
      .replace(`<g data-step="${moved.id}">`, `<g data-step="${moved.id}" transform="translate(${to.x - from.x + 10} ${to.y - from.y + 5})">`)
      .replace(/ data-axis-start="[^"]*"/, '');
    const before = findFaults(measured(d, await measureIn(page, svg)), { ordinary: false });
    const after = findFaults(measured(d, await measureIn(page, tampered)), { ordinary: false });
    const about = (faults: Fault[], kind: Fault['kind'], where: string) => faults.filter((f) => f.kind === kind && f.where.startsWith(where)).map((f) => f.detail);
    expect(about(before, 'period', `step ${a.id}`)).toEqual([`no data-period mark for ${pa.first}/${pa.last}`]);
    expect(about(before, 'axis', 'axis')).toEqual([]);
    // without the axis span the marks cannot be placed: re-measure the period marks with the span
    const placed = findFaults(measured(d, await measureIn(page, tampered.replace('<g data-part="axis"', `<g data-part="axis" data-axis-start="${axis.start}"`))), { ordinary: false });
    expect(about(placed, 'period', `step ${a.id}`)).toEqual([]);
    expect(about(placed, 'period', `step ${b.id}`)).toEqual([expect.stringMatching(/^the bar of .* runs .*, the dates /)]);
    expect(about(after, 'axis', 'axis')).toHaveLength(1);
    expect(about(after, 'outside', `step ${d.steps[3]!.id}`).length).toBeGreaterThan(0);
    expect(about(before, 'outside', `step ${d.steps[3]!.id}`)).toEqual([]);
    const onTarget = (faults: Fault[]) =>
      faults.filter((f) => f.kind === 'overlap' && (f.where === `step ${target.id}` || f.detail.includes(`and step ${target.id} "`)));
    expect(onTarget(before)).toEqual([]);
    expect(onTarget(after).some((f) => f.where === `step ${moved.id}` || f.detail.includes(`and step ${moved.id} "`))).toBe(true);
  });
});

describe('legible exports (production build, Chromium)', () => {
  it.each(FIXTURES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    expect(compact(await judge(c))).toEqual([]);
  });

  // Generated paths: every fault kind asserted, the page's shape (width/height 1.4–2.2) and the step text
  // (≥ 12 px fitted to 1920×1080) for the ordinary ones — the densest (ordinary-5, ordinary-8: 6 lanes of long
  // steps three deep, 27–29 arrows with titles) were 10.1 and 9.5 px before 15 px step text, flatter arrow
  // labels and per-channel track clearances.
  it.each(GENERATED.map((c) => [`${c.name}: ${c.about}`, c] as const))('generated %s', async (_, c) => {
    mkdirSync(join(results, 'legibility'), { recursive: true });
    writeFileSync(join(results, 'legibility', `${c.name}.json`), c.text);
    expect(compact(await judge(c))).toEqual([]);
  });
});
