/**
 * The export benchmark (issue 5): Polku's own SVG, PNG 2× and PDF A4 export
 * next to html-to-image's `toPng` of the React Flow viewport (React Flow's
 * "Download image" example), for the default diagram and a generated
 * 1,000-step one, in the same run and the same browser, against the
 * production build served from a sub-folder. Writes
 * bench-results/export-latest.json and .md and prints the table.
 *
 * `npm run bench:export` (options: --rounds 5 --html-rounds 3 (0: Polku only)
 * --html-budget 180 --steps 1000 --no-profile; to time one thing on this busy
 * machine: --formats png (a comma list), --only generated|default, --build DIR
 * (serve a production build made earlier, e.g. of another commit, instead of
 * building), --out NAME (bench-results/NAME.json and .md instead of
 * export-latest), --full-resolution (the PNG at 2× even beyond the canvas
 * limits, drawn in bands)). About 20 minutes here, most of it html-to-image at 1,000
 * steps.
 *
 * Polku: export.html's `window.polkuExport` (what `npm run export` drives),
 * timed in the page with performance.now() around the call, after one
 * warm-up call per format. The call goes from the file's bytes to the
 * exported file's bytes (read, validate, layout, SVG, and for PNG the canvas
 * and the PNG chunks; for PDF jsPDF + svg2pdf), plus the export page's base64
 * of the result.
 *
 * html-to-image: the app's page with the same file opened through Open (as
 * test/bench/run.ts does), the window made tall enough that the whole diagram
 * is on screen at a zoom where steps are drawn in full (the app renders only
 * visible elements, and plain boxes below 36 %), then, as in
 * https://reactflow.dev/examples/misc/download-image, `toPng` of
 * `.react-flow__viewport` with a style transform. The bounds are the
 * diagram's page (0, 0, width, height: what Polku exports and what the app's
 * fit to view shows, not only the steps' bounds), and the image is that size
 * at pixelRatio 2, so getViewportForBounds(bounds, width, height, 1, 1, 0)
 * gives translate(0px, 0px) scale(1). Timed in the page around `toPng`, after
 * one warm-up call (html-to-image caches the fonts it fetched, as in an app
 * that exports twice).
 *
 * Per diagram, Polku runs first with only the export page open, then
 * html-to-image with only the app's page open (not interleaved: on 2 cores
 * one page's leftovers, such as freeing 100-megapixel canvases, would land in
 * the other's time). Blob.arrayBuffer() is stamped in the export page, so each
 * Polku call is also reported up to the page's own base64 of the result.
 *
 * Then, not in those figures: the stages of three Polku PNG calls (browser
 * APIs wrapped in the production build: where the SVG blob is made, image
 * decode, drawImage, toBlob, the blob's bytes; medians) and, unless
 * --no-profile, a CPU profile of a PNG and a PDF call in an unminified build
 * of the same sources, summed by the app's functions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { PageExport } from '../../src/app/exportPage';
import { readDiagramText } from '../../src/io/readDiagram';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import type { Diagram } from '../../src/model/types';
import type { ExportOptions } from '../../src/ui/export/exportDiagram';
import { serveStatic } from '../../scripts/staticServer.mjs';
import { launch, withoutFsAccess } from '../browser/browser';
import { generateDiagram } from './generateDiagram';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench-results');
const TMP = resolve(OUT, 'tmp');
const BUILD = resolve(TMP, 'export-build');
const PROFILE_BUILD = resolve(TMP, 'export-build-unminified');
const FILES = resolve(TMP, 'export');
const FIXTURE = resolve(ROOT, 'fixtures/osallisuuspolku.json');
const HTML_TO_IMAGE = resolve(ROOT, 'node_modules/html-to-image/dist/html-to-image.js');
const VIEWPORT = { width: 1600, height: 900 };
/** The app's toolbar above the canvas, and fit to view's padding (src/ui/canvas/fit.ts). */
const TOOLBAR = 56;
const FIT_PADDING = 0.02;
/** Below this zoom the app draws steps as plain boxes (src/ui/canvas/DiagramCanvas.tsx DETAIL_ZOOM). */
const DETAIL_ZOOM = 0.36;
const TARGET_RATIO = 5;
const TARGET_MS = 2000;
const SEED = 1;

type Format = 'svg' | 'png' | 'pdf';
const FORMATS: Format[] = ['svg', 'png', 'pdf'];
let OPTIONS: Record<Format, ExportOptions> = {
  svg: { format: 'svg', scale: 2, background: 'white', paper: 'A4', includeNotes: false, fullResolution: false },
  png: { format: 'png', scale: 2, background: 'white', paper: 'A4', includeNotes: false, fullResolution: false },
  pdf: { format: 'pdf', scale: 2, background: 'white', paper: 'A4', includeNotes: false, fullResolution: false },
};

type Output = { bytes: number; width: number | null; height: number | null };
type Call = Output & { ms: number };
type Stats = { median: number; max: number; min: number; samples: number[] };
type Case = { key: string; label: string; file: string; diagram: Diagram; width: number; height: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const stats = (xs: number[]): Stats => ({ median: median(xs), max: Math.max(...xs), min: Math.min(...xs), samples: xs });
const fmt = (v: number, d = 0) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function args(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    rounds: Number(get('rounds') ?? 5),
    htmlRounds: Number(get('html-rounds') ?? 3),
    /** seconds of measured html-to-image calls per diagram after its warm-up; at least one is always made */
    htmlBudget: Number(get('html-budget') ?? 180),
    steps: Number(get('steps') ?? 1000),
    profile: !argv.includes('--no-profile'),
    formats: (get('formats') ?? FORMATS.join(',')).split(',').filter((f): f is Format => (FORMATS as string[]).includes(f)),
    only: get('only') ?? null,
    build: get('build') ?? null,
    out: get('out') ?? 'export-latest',
    fullResolution: argv.includes('--full-resolution'),
  };
}

/* ---------- in the page ---------- */

type ExportWindow = {
  polkuExport: (b64: string, name: string, o: ExportOptions, lang: string) => Promise<PageExport>;
  __input: string;
  __name: string;
  __last: string;
  __stages: [string, number][];
  __ab: number[];
};
type AppWindow = {
  htmlToImage: { toPng: (node: HTMLElement, options: Record<string, unknown>) => Promise<string> };
  __last: string;
};

/** What the page hands back about base64 data: its length and its first bytes (the PNG header). */
type B64Info = { length: number; head: string; tail: string };

/** Bytes and PNG pixel size of base64 data, from its length and first 33 bytes. */
function describe(b: B64Info): Output {
  const pad = b.tail.endsWith('==') ? 2 : b.tail.endsWith('=') ? 1 : 0;
  const head = Buffer.from(b.head, 'base64');
  const png = head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return { bytes: (b.length * 3) / 4 - pad, width: png ? head.readUInt32BE(16) : null, height: png ? head.readUInt32BE(20) : null };
}

/** What goes wrong in a page: its uncaught errors, console errors and failed requests, as they happen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    // (the export page links no icon, so Chromium asks the server's root for /favicon.ico: not the page's doing)
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  return errors;
}

async function exportPage(browser: Browser, url: string): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${url}export.html`);
  await stampArrayBuffer(page);
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  return { page, context, errors };
}

async function setInput(page: Page, c: Case) {
  await page.evaluate(
    ([b64, name]) => {
      const w = window as unknown as ExportWindow;
      w.__input = b64!;
      w.__name = name!;
    },
    [readFileSync(c.file).toString('base64'), basename(c.file)],
  );
}

/**
 * Every Blob.arrayBuffer() and FileReader.readAsDataURL() call is stamped: the last one in a call is the
 * export page's own base64 of the result (src/app/exportPage.ts toBase64, through FileReader), so the time
 * up to it is the app's export from the file's bytes.
 */
async function stampArrayBuffer(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as ExportWindow;
    w.__ab = [];
    const arrayBuffer = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      w.__ab.push(performance.now());
      return arrayBuffer.call(this);
    };
    // the export page's base64 reads the result through FileReader
    const readAsDataURL = FileReader.prototype.readAsDataURL;
    FileReader.prototype.readAsDataURL = function (this: FileReader, blob: Blob) {
      w.__ab.push(performance.now());
      return readAsDataURL.call(this, blob);
    };
  });
}

async function polkuCall(page: Page, format: Format): Promise<Call & { beforeBase64Ms: number }> {
  const { ms, beforeBase64Ms, info } = await page.evaluate(async (options) => {
    const w = window as unknown as ExportWindow;
    w.__ab = [];
    const t0 = performance.now();
    const r = await w.polkuExport(w.__input, w.__name, options, 'en');
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(`polkuExport refused the file: ${r.problems.join('; ')}`);
    w.__last = r.base64;
    const beforeBase64Ms = (w.__ab.at(-1) ?? NaN) - t0;
    return { ms, beforeBase64Ms, info: { length: r.base64.length, head: r.base64.slice(0, 44), tail: r.base64.slice(-2) } };
  }, OPTIONS[format]);
  return { ms, beforeBase64Ms, ...describe(info) };
}

/** The app's page at a size where the whole diagram is on screen and drawn in full, with `file` opened. */
async function appPage(browser: Browser, url: string, c: Case): Promise<{ page: Page; context: BrowserContext; errors: string[]; zoom: number }> {
  const z = c.height > 4000 ? 0.5 : 1;
  const viewport = {
    width: Math.max(VIEWPORT.width, Math.ceil((c.width * z * (1 + 2 * FIT_PADDING)) + 40)),
    height: Math.max(VIEWPORT.height, Math.ceil((c.height * z * (1 + 2 * FIT_PADDING)) + TOOLBAR + 40)),
  };
  // bypassCSP: the page's CSP allows only its own scripts, and html-to-image is put in as an inline script;
  // no service worker: its precaching (once, in the background of a first visit) would run during the measurements
  const context = await browser.newContext({ viewport, bypassCSP: true, serviceWorkers: 'block' });
  await withoutFsAccess(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${url}?lang=en`);
  await page.waitForFunction(() => performance.getEntriesByName('polku:drawn').length > 0);
  const before = await page.evaluate(() => performance.getEntriesByName('polku:drawn').length);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(c.file);
  await page.waitForFunction((n) => performance.getEntriesByName('polku:drawn').length > n, before, { timeout: 180_000 });
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  await page.addScriptTag({ path: HTML_TO_IMAGE });
  const seen = await page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    const backdrop = document.querySelector('.polku-backdrop');
    return {
      toPng: typeof (window as unknown as AppWindow).htmlToImage?.toPng === 'function',
      zoom: Number(/scale\(([\d.]+)\)/.exec(vp?.style.transform ?? '')?.[1] ?? 0),
      far: document.querySelector('.polku-canvas.is-far') !== null,
      nodes: document.querySelectorAll('.react-flow__viewport .react-flow__node').length,
      width: Number(backdrop?.getAttribute('width')),
      height: Number(backdrop?.getAttribute('height')),
    };
  });
  const problems = [
    !seen.toPng && 'html-to-image did not load',
    seen.far && `the app draws plain boxes at zoom ${seen.zoom}`,
    seen.zoom < DETAIL_ZOOM && `zoom ${seen.zoom} is below ${DETAIL_ZOOM}`,
    seen.nodes !== c.diagram.steps.length && `${seen.nodes} of ${c.diagram.steps.length} steps are rendered`,
    (Math.abs(seen.width - c.width) > 0.5 || Math.abs(seen.height - c.height) > 0.5) &&
      `the screen's diagram is ${seen.width}×${seen.height}, Node's layout ${c.width}×${c.height}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`${c.label}: app page at ${viewport.width}×${viewport.height}: ${problems.join('; ')}`);
  console.log(`  app page ${viewport.width}×${viewport.height}, zoom ${seen.zoom.toFixed(2)}, ${seen.nodes} steps rendered`);
  return { page, context, errors, zoom: seen.zoom };
}

/** React Flow's download-image example: toPng of the viewport element with the transform for the bounds. */
async function htmlToImageCall(page: Page, c: Case, pixelRatio: number, skipAutoScale: boolean): Promise<Call> {
  const { ms, info } = await page.evaluate(
    async ([width, height, ratio, skip]) => {
      const w = window as unknown as AppWindow;
      // getViewportForBounds({ x: 0, y: 0, width, height }, width, height, 1, 1, 0)
      const viewport = { x: 0, y: 0, zoom: 1 };
      const node = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const t0 = performance.now();
      const dataUrl = await w.htmlToImage.toPng(node, {
        backgroundColor: '#ffffff',
        width,
        height,
        pixelRatio: ratio,
        ...(skip ? { skipAutoScale: true } : {}),
        style: {
          width: `${width as number}px`,
          height: `${height as number}px`,
          transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
        },
      });
      const ms = performance.now() - t0;
      const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
      w.__last = b64;
      return { ms, info: { length: b64.length, head: b64.slice(0, 44), tail: b64.slice(-2) } };
    },
    [c.width, c.height, pixelRatio, skipAutoScale] as const,
  );
  return { ms, ...describe(info) };
}

async function saveLast(page: Page, path: string) {
  const b64 = await page.evaluate(() => (window as unknown as { __last: string }).__last);
  writeFileSync(path, Buffer.from(b64, 'base64'));
}

/* ---------- stages of one Polku PNG call (browser APIs wrapped) ---------- */

async function wrapApis(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as ExportWindow;
    w.__stages = [];
    const mark = (name: string) => w.__stages.push([name, performance.now()]);
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (o: Blob | MediaSource) => {
      if (o instanceof Blob && o.type === 'image/svg+xml') mark('svgBlob');
      return createObjectURL(o);
    };
    const decode = HTMLImageElement.prototype.decode;
    HTMLImageElement.prototype.decode = function (this: HTMLImageElement) {
      mark('decode:start');
      return decode.call(this).finally(() => mark('decode:end'));
    };
    const drawImage = CanvasRenderingContext2D.prototype.drawImage;
    CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
      mark('draw:start');
      (drawImage as (...x: unknown[]) => void).apply(this, a);
      mark('draw:end');
    } as typeof drawImage;
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function (this: HTMLCanvasElement, cb: BlobCallback, ...rest: unknown[]) {
      mark('encode:start');
      (toBlob as (...x: unknown[]) => void).call(this, (b: Blob | null) => {
        mark('encode:end');
        cb(b);
      }, ...rest);
    };
    const arrayBuffer = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      mark('bytes:start');
      return arrayBuffer.call(this).finally(() => mark('bytes:end'));
    };
    // the export page's base64 (FileReader) starts after the PNG's bytes were read
    const readAsDataURL = FileReader.prototype.readAsDataURL;
    FileReader.prototype.readAsDataURL = function (this: FileReader, blob: Blob) {
      mark('bytes:start');
      return readAsDataURL.call(this, blob);
    };
  });
}

type Stage = { stage: string; ms: number };

async function pngStages(page: Page): Promise<{ total: number; stages: Stage[] }> {
  const { total, marks, measures } = await page.evaluate(async (options) => {
    const w = window as unknown as ExportWindow;
    w.__stages = [];
    performance.clearMeasures();
    const t0 = performance.now();
    w.__stages.push(['call:start', t0]);
    await w.polkuExport(w.__input, w.__name, options, 'en');
    const t1 = performance.now();
    w.__stages.push(['call:end', t1]);
    const measures = performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('polku:png:'))
      .map((m) => [m.name.slice('polku:png:'.length), m.startTime, m.duration] as [string, number, number]);
    return { total: t1 - t0, marks: w.__stages, measures };
  }, OPTIONS.png);
  const span = (stage: string, a: number, b: number): Stage => ({ stage, ms: b - a });
  const start = marks[0]![1];
  const end = marks.at(-1)![1];
  const withOther = (list: Stage[], extra: Stage[] = []) => {
    const accounted = list.reduce((s, x) => s + (Number.isFinite(x.ms) ? x.ms : 0), 0);
    return [...list, { stage: 'other (gaps between the above)', ms: total - accounted }, ...extra];
  };
  if (measures.length > 0) {
    // the banded PNG (src/ui/export/rasterPng.ts) says where its time went
    const m = (name: string) => measures.find(([n]) => n === name) ?? [name, NaN, NaN];
    const [, rasterStart, rasterMs] = m('total');
    const ms = (name: string) => m(name)[2];
    return {
      total,
      stages: withOther(
        [
          span('read + validate + layout + the scene and the diagram JSON embedded (+ the fonts ready)', start, rasterStart),
          { stage: 'drawing the scene with Canvas 2D (whole canvas: the calls and rasterising; bands: the calls)', ms: ms('draw') },
          { stage: 'bands: getImageData (the rasterising happens here)', ms: ms('read') },
          { stage: 'whole canvas: canvas.toBlob (the browser\'s PNG encoder)', ms: ms('encode') },
          { stage: 'bands: main thread waiting for the deflating workers', ms: ms('wait') },
          { stage: 'PNG file from the pieces (pHYs + iTXt spliced in, or head + IDATs + tail → Blob)', ms: ms('file') },
          span("export page's base64 of the result (not part of the app's export)", rasterStart + rasterMs, end),
        ],
        [
          { stage: '(bands: in the workers, in parallel, summed: scanlines + Adler-32)', ms: ms('workers-filter') },
          { stage: '(bands: in the workers, in parallel, summed: deflate)', ms: ms('workers-deflate') },
        ],
      ).filter((x) => Number.isFinite(x.ms)),
    };
  }
  // a canvas.toBlob PNG (builds before issue 12): the wrapped browser APIs' marks
  /** the first mark called `name` at or after time `t` */
  const after = (name: string, t: number) => marks.find(([n, at]) => n === name && at >= t)?.[1] ?? NaN;
  const svgBlob = after('svgBlob', start);
  const encodeEnd = after('encode:end', svgBlob);
  const bytesEnd = after('bytes:end', encodeEnd);
  const base64Start = after('bytes:start', bytesEnd);
  return {
    total,
    stages: withOther([
      span('read + validate + layout + SVG string (and the diagram JSON embedded in it)', start, svgBlob),
      span('SVG blob → image decode (img.decode)', after('decode:start', svgBlob), after('decode:end', svgBlob)),
      span('canvas drawImage (the call; rasterising may be deferred to toBlob)', after('draw:start', svgBlob), after('draw:end', svgBlob)),
      span('canvas.toBlob (PNG encode, and any deferred rasterising)', after('encode:start', svgBlob), encodeEnd),
      span('PNG blob → bytes', after('bytes:start', encodeEnd), bytesEnd),
      span('diagram JSON again + PNG chunks inserted + Blob', bytesEnd, base64Start),
      span("export page's base64 of the result (not part of the app's export)", base64Start, after('call:end', start)),
    ]),
  };
}

/* ---------- CPU profile by the app's functions (unminified build) ---------- */

/** Innermost first: a sample counts for the innermost of these on its stack. */
const BUCKETS: [string, RegExp][] = [
  ['layout (layoutDiagram)', /^layoutDiagram$/],
  ['diagram JSON (writeDiagramText)', /^writeDiagramText$/],
  ['read + validate (readOpenedFile)', /^(readOpenedFile|readDiagramFile|readDiagramText)$/],
  ['privacy filter (withoutWorkshopNotes)', /^withoutWorkshopNotes$/],
  ['SVG string (buildSvg)', /^buildSvg$/],
  ['PNG chunks (addPngChunks)', /^addPngChunks$/],
  ['PDF: jsPDF + svg2pdf (svgToPdf)', /^svgToPdf$/],
  ['raster: JS side of decode, drawing and encoding (rasterPng, rasterWhole, rasterBands)', /^(rasterPng|rasterWhole|rasterBands|drawBand)$/],
  ["export page's base64 (toBase64)", /^toBase64$/],
];

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

type Summary = { buckets: { bucket: string; ms: number }[]; leaves: { fn: string; ms: number }[] };

function summarize(profile: CpuProfile): Summary {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const sums = new Map<string, number>();
  const add = (k: string, us: number) => sums.set(k, (sums.get(k) ?? 0) + us);
  const leaves = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    let id: number | undefined = profile.samples[i]!;
    const leaf = byId.get(id)!.callFrame.functionName;
    const leafName = leaf || '(anonymous)';
    leaves.set(leafName, (leaves.get(leafName) ?? 0) + us);
    let bucket: string | null = null;
    while (id !== undefined && bucket === null) {
      const name = byId.get(id)!.callFrame.functionName.replace(/\$\d+$/, '');
      bucket = BUCKETS.find(([, re]) => re.test(name))?.[0] ?? null;
      id = parent.get(id);
    }
    if (bucket === null) {
      if (leaf === '(idle)' || leaf === '(program)' || leaf === '(garbage collector)') bucket = leaf;
      else {
        // async continuations have no caller on the stack: name the chunk the code is in
        let chunk: string | null = null;
        for (let j = profile.samples[i]; j !== undefined && chunk === null; j = parent.get(j)) {
          const m = /assets\/([\w.]+?)-[\w-]{8}\.js$/.exec(byId.get(j)!.callFrame.url);
          if (m) chunk = m[1]!;
        }
        bucket =
          chunk === 'pdf'
            ? 'PDF: jsPDF + svg2pdf (async continuations, outside svgToPdf\'s stack)'
            : chunk
              ? `other code in the ${chunk} chunk`
              : 'other (page glue, native)';
      }
    }
    add(bucket, us);
  }
  return {
    buckets: [...sums].map(([bucket, us]) => ({ bucket, ms: us / 1000 })).sort((a, b) => b.ms - a.ms),
    leaves: [...leaves].map(([fn, us]) => ({ fn, ms: us / 1000 })).sort((a, b) => b.ms - a.ms).slice(0, 10),
  };
}

async function cpuProfile(browser: Browser, url: string, c: Case, format: Format): Promise<Summary & { total: number }> {
  const { page, context } = await exportPage(browser, url);
  try {
    await setInput(page, c);
    await polkuCall(page, format); // warm-up, as in the timed rounds
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const call = await polkuCall(page, format);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return { total: call.ms, ...summarize(profile) };
  } finally {
    await context.close();
  }
}

/* ---------- the run ---------- */

function cases(steps: number): Case[] {
  mkdirSync(FILES, { recursive: true });
  const read = readDiagramText(readFileSync(FIXTURE, 'utf8'));
  if (!read.ok) throw new Error(`${FIXTURE}: ${JSON.stringify(read.problems.slice(0, 3))}`);
  const generated = generateDiagram(steps, SEED);
  const genFile = resolve(FILES, `generated-${steps}.json`);
  writeFileSync(genFile, writeDiagramText(generated));
  return [
    { key: 'default', label: 'default (fixtures/osallisuuspolku.json)', file: FIXTURE, diagram: read.diagram },
    { key: `generated-${steps}`, label: `generated, ${fmt(steps)} steps (seed ${SEED})`, file: genFile, diagram: generated },
  ].map((c) => {
    const g = layoutDiagram(c.diagram);
    return { ...c, width: g.width, height: g.height };
  });
}

type Result = {
  key: string;
  label: string;
  steps: number;
  diagramPx: { width: number; height: number };
  /** the zoom of the app's page when html-to-image ran (steps drawn in full at ≥ 0.36) */
  appZoom: number | null;
  polku: Record<Format, Stats & { output: Output }>;
  /** the same calls up to the export page's own base64 of the result: the app's export from the file's bytes */
  polkuBeforeBase64: Record<Format, Stats>;
  htmlToImage: (Stats & { output: Output; warmUpMs: number; pixelRatio: number }) | { error: string };
  htmlToImageSamePixels?: (Stats & { output: Output; pixelRatio: number }) | { error: string };
  ratio: number | null;
  /** medians over `runs` calls, stage by stage */
  pngStages: { runs: number; total: number; stages: Stage[] };
  profile?: Partial<Record<Format, Summary & { total: number }>>;
  errors: string[];
};

const failed = (x: unknown): x is { error: string } => typeof x === 'object' && x !== null && 'error' in x;

const message = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/**
 * One diagram: first Polku alone in the browser (the export page), then html-to-image alone (the app's
 * page), so that neither page's work (a large page's raster, garbage of 100-megapixel canvases) runs in the
 * other's time on this 2-core machine.
 */
async function measureCase(browser: Browser, url: string, c: Case, o: ReturnType<typeof args>): Promise<Result> {
  console.log(`\n${c.label}: ${c.diagram.steps.length} steps, ${fmt(c.width)}×${fmt(c.height)} px`);
  const errors: string[] = [];

  // Polku
  const ex = await exportPage(browser, url);
  let polku: Result['polku'];
  let beforeBase64: Result['polkuBeforeBase64'];
  let stagesOfPng: Result['pngStages'];
  try {
    await setInput(ex.page, c);
    const samples: Record<Format, (Call & { beforeBase64Ms: number })[]> = { svg: [], png: [], pdf: [] };
    for (const f of o.formats) console.log(`  warm-up Polku ${f.toUpperCase()} ${fmt((await polkuCall(ex.page, f)).ms)} ms`);
    for (let round = 0; round < o.rounds; round++) {
      for (const f of o.formats) samples[f].push(await polkuCall(ex.page, f));
      console.log(`  round ${round + 1}: ${o.formats.map((f) => `Polku ${f.toUpperCase()} ${fmt(samples[f].at(-1)!.ms)}`).join(' / ')} ms`);
    }
    // formats not asked for: no samples (NaN in the tables)
    for (const f of FORMATS) if (samples[f].length === 0) samples[f].push({ ms: NaN, beforeBase64Ms: NaN, bytes: NaN, width: null, height: null });
    for (const f of o.formats) {
      await polkuCall(ex.page, f);
      await saveLast(ex.page, resolve(FILES, `${c.key}-polku.${f}`));
    }
    polku = Object.fromEntries(
      FORMATS.map((f) => {
        const last = samples[f].at(-1)!;
        return [f, { ...stats(samples[f].map((x) => x.ms)), output: { bytes: last.bytes, width: last.width, height: last.height } }];
      }),
    ) as Result['polku'];
    beforeBase64 = Object.fromEntries(FORMATS.map((f) => [f, stats(samples[f].map((x) => x.beforeBase64Ms))])) as Result['polkuBeforeBase64'];
    await wrapApis(ex.page);
    const runs: Awaited<ReturnType<typeof pngStages>>[] = [];
    for (let i = 0; i < Math.min(3, o.rounds); i++) runs.push(await pngStages(ex.page));
    stagesOfPng = {
      runs: runs.length,
      total: median(runs.map((x) => x.total)),
      stages: runs[0]!.stages.map((st, i) => ({ stage: st.stage, ms: median(runs.map((x) => x.stages[i]!.ms)) })),
    };
    console.log(`  PNG stages: ${stagesOfPng.stages.map((x) => `${x.stage.split(' (')[0]} ${fmt(x.ms)}`).join('; ')}`);
  } finally {
    errors.push(...ex.errors);
    await ex.context.close();
  }

  // html-to-image, as React Flow's example does it, on the app's page with the same file opened
  let htmlToImage: Result['htmlToImage'];
  let htmlToImageSamePixels: Result['htmlToImageSamePixels'];
  if (o.htmlRounds <= 0) {
    return finish(c, polku, beforeBase64, stagesOfPng, { error: 'not run (--html-rounds 0)' }, undefined, null, errors);
  }
  const app = await appPage(browser, url, c);
  try {
    let warm: Call | null = null;
    try {
      warm = await htmlToImageCall(app.page, c, 2, false);
      console.log(`  warm-up html-to-image toPng 2× ${fmt(warm.ms)} ms`);
    } catch (e) {
      htmlToImage = { error: message(e) };
      console.log(`  html-to-image failed: ${message(e)}`);
    }
    if (warm) {
      const calls: Call[] = [];
      let spent = 0;
      while (calls.length < o.htmlRounds && (calls.length === 0 || spent < o.htmlBudget * 1000)) {
        const call = await htmlToImageCall(app.page, c, 2, false);
        calls.push(call);
        spent += call.ms;
        console.log(`  round ${calls.length}: html-to-image ${fmt(call.ms)} ms`);
      }
      const last = calls.at(-1)!;
      await saveLast(app.page, resolve(FILES, `${c.key}-html-to-image.png`));
      htmlToImage = { ...stats(calls.map((x) => x.ms)), output: { bytes: last.bytes, width: last.width, height: last.height }, warmUpMs: warm.ms, pixelRatio: 2 };
      // html-to-image shrinks a canvas over 16,384 px a side; Polku keeps to Chromium's own limits.
      // Where the two images differ in size, also time html-to-image at Polku's pixel size.
      const p = polku.png.output;
      if (p.width !== null && (p.width !== last.width || p.height !== last.height)) {
        const ratio = p.width / c.width;
        try {
          const same: Call[] = [];
          let sameSpent = 0;
          while (same.length < Math.min(2, o.htmlRounds) && (same.length === 0 || sameSpent < o.htmlBudget * 500)) {
            const call = await htmlToImageCall(app.page, c, ratio, true);
            same.push(call);
            sameSpent += call.ms;
          }
          const l = same.at(-1)!;
          htmlToImageSamePixels = { ...stats(same.map((x) => x.ms)), output: { bytes: l.bytes, width: l.width, height: l.height }, pixelRatio: ratio };
          console.log(
            `  html-to-image at Polku's ${p.width}×${p.height} px (pixelRatio ${ratio.toFixed(3)}, skipAutoScale): ${same.map((x) => fmt(x.ms)).join(', ')} ms → ${l.width}×${l.height}`,
          );
          await saveLast(app.page, resolve(FILES, `${c.key}-html-to-image-same-pixels.png`));
        } catch (e) {
          htmlToImageSamePixels = { error: message(e) };
        }
      }
    }
  } finally {
    errors.push(...app.errors);
    await app.context.close();
  }
  return finish(c, polku, beforeBase64, stagesOfPng, htmlToImage!, htmlToImageSamePixels, app.zoom, errors);
}

function finish(
  c: Case,
  polku: Result['polku'],
  polkuBeforeBase64: Result['polkuBeforeBase64'],
  pngStages: Result['pngStages'],
  htmlToImage: Result['htmlToImage'],
  htmlToImageSamePixels: Result['htmlToImageSamePixels'],
  appZoom: number | null,
  errors: string[],
): Result {
  return {
    key: c.key,
    label: c.label,
    steps: c.diagram.steps.length,
    diagramPx: { width: c.width, height: c.height },
    appZoom,
    polku,
    polkuBeforeBase64,
    htmlToImage,
    ...(htmlToImageSamePixels ? { htmlToImageSamePixels } : {}),
    ratio: failed(htmlToImage) ? null : htmlToImage.median / polku.png.median,
    pngStages,
    errors,
  };
}

function browserVersion(): string {
  try {
    return execFileSync(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[]) {
  const o = args(argv);
  if (o.fullResolution) OPTIONS = { ...OPTIONS, png: { ...OPTIONS.png, fullResolution: true } };
  mkdirSync(TMP, { recursive: true });
  process.env.NODE_ENV = 'production'; // React's production build, whatever ran this
  if (o.build === null) {
    console.log('Building the app (production) …');
    await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: BUILD, emptyOutDir: true } });
  } else console.log(`Serving the production build in ${o.build}`);
  if (o.profile) {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: PROFILE_BUILD, emptyOutDir: true, minify: false },
    });
  }
  const all = cases(o.steps).filter((c) => o.only === null || c.key.startsWith(o.only));
  const loadBefore = loadavg()[0]!;
  const site = await serveStatic(o.build ?? BUILD);
  const profileSite = o.profile ? await serveStatic(PROFILE_BUILD) : null;
  const browser = await launch();
  const results: Result[] = [];
  try {
    for (const c of all) results.push(await measureCase(browser, site.url, c, o));
    if (profileSite) {
      console.log('\nCPU profiles (unminified build) …');
      for (const [i, c] of all.entries()) {
        const profile: Result['profile'] = {};
        for (const f of ['png', 'pdf'] as const) profile[f] = await cpuProfile(browser, profileSite.url, c, f);
        results[i]!.profile = profile;
      }
    }
  } finally {
    await browser.close();
    site.server.close();
    profileSite?.server.close();
  }
  const h2iVersion = (JSON.parse(readFileSync(resolve(ROOT, 'node_modules/html-to-image/package.json'), 'utf8')) as { version: string }).version;
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium: browserVersion(), loadAverage1min: { start: loadBefore, end: loadavg()[0]! } },
    htmlToImage: h2iVersion,
    rounds: { polku: o.rounds, htmlToImageMax: o.htmlRounds, htmlToImageBudgetS: o.htmlBudget },
    targets: { ratioAtLeast: TARGET_RATIO, png2xUnderMsAt1000: TARGET_MS },
    results,
  };
  writeFileSync(resolve(OUT, `${o.out}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = markdown(result);
  writeFileSync(resolve(OUT, `${o.out}.md`), md);
  console.log(`\n${md}`);
  console.log(`Exported files of the last round: ${FILES}`);
}

/* ---------- the report ---------- */

function markdown(r: {
  date: string;
  machine: { cpus: number; chromium: string; loadAverage1min: { start: number; end: number } };
  htmlToImage: string;
  rounds: { polku: number; htmlToImageMax: number };
  results: Result[];
}): string {
  const ms = (s: Stats) => `${fmt(s.median)} (max ${fmt(s.max)})`;
  const px = (o: Output) => (o.width === null ? '' : ` (${o.width}×${o.height} px)`);
  const kb = (b: number) => `${fmt(b / 1024)} KB`;
  const lines = [
    `Export times in ms, median (max) of ${r.rounds.polku} rounds after one warm-up for Polku and of up to ${r.rounds.htmlToImageMax} for html-to-image ${r.htmlToImage} ` +
      `(React Flow's download-image example: \`toPng\` of \`.react-flow__viewport\`, pixelRatio 2), timed in the page; ` +
      `${r.machine.chromium}, headless, software rendering, ${r.machine.cpus} cores ` +
      `(1-minute load average ${fmt(r.machine.loadAverage1min.start, 1)} at the start, ${fmt(r.machine.loadAverage1min.end, 1)} at the end); ${r.date.slice(0, 10)}.`,
    '',
    '| diagram | steps | Polku SVG | Polku PNG 2× | Polku PDF A4 | html-to-image toPng 2× | ratio (toPng / Polku PNG) | ≥ 5× | PNG 2× < 2 s | target met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const x of r.results) {
    const h = x.htmlToImage;
    const big = x.steps >= 1000;
    const fast = x.polku.png.median < TARGET_MS;
    const enough = x.ratio !== null && x.ratio >= TARGET_RATIO;
    lines.push(
      `| ${x.label} | ${fmt(x.steps)} | ${ms(x.polku.svg)} | ${ms(x.polku.png)} | ${ms(x.polku.pdf)} | ` +
        `${failed(h) ? `failed: ${h.error}` : `${ms(h)}, n=${h.samples.length}`} | ${x.ratio === null ? '–' : `${fmt(x.ratio, 1)}×`} | ` +
        `${x.ratio === null ? '–' : enough ? 'yes' : 'no'} | ${big ? (fast ? 'yes' : 'no') : '(n/a)'} | ${x.ratio === null ? '–' : enough && (!big || fast) ? 'yes' : 'no'} |`,
    );
  }
  lines.push(
    '',
    "The same Polku calls up to the export page's own base64 of the result (what the app's Export does: file bytes → read, layout, export → Blob; median, ms):",
    '',
    '| diagram | SVG | PNG 2× | PDF A4 | ratio (toPng / this PNG) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...r.results.map((x) => {
      const b = x.polkuBeforeBase64;
      const h = x.htmlToImage;
      return `| ${x.label} | ${fmt(b.svg.median)} | ${fmt(b.png.median)} | ${fmt(b.pdf.median)} | ${failed(h) ? '–' : `${fmt(h.median / b.png.median, 1)}×`} |`;
    }),
  );
  lines.push('', 'Outputs (the last round\'s files):', '', '| diagram | diagram px | Polku SVG | Polku PNG 2× | Polku PDF A4 | html-to-image toPng 2× |', '| --- | --- | ---: | ---: | ---: | ---: |');
  for (const x of r.results) {
    const h = x.htmlToImage;
    lines.push(
      `| ${x.label} | ${fmt(x.diagramPx.width)}×${fmt(x.diagramPx.height)} | ${kb(x.polku.svg.output.bytes)} | ${kb(x.polku.png.output.bytes)}${px(x.polku.png.output)} | ` +
        `${kb(x.polku.pdf.output.bytes)} | ${failed(h) ? '–' : `${kb(h.output.bytes)}${px(h.output)}`} |`,
    );
  }
  const same = r.results.filter((x) => x.htmlToImageSamePixels);
  if (same.length > 0) {
    lines.push(
      '',
      "Where the images differ in size (html-to-image shrinks a canvas over 16,384 px a side to fit; Polku's PNG keeps to Chromium's 32,767 px side and 16,384² area, " +
        'so a tall diagram comes out under 2×): html-to-image at Polku\'s pixel size (`skipAutoScale`):',
      '',
      '| diagram | Polku PNG px | html-to-image px | html-to-image ms | ratio |',
      '| --- | --- | --- | ---: | ---: |',
    );
    for (const x of same) {
      const s = x.htmlToImageSamePixels!;
      const p = x.polku.png.output;
      lines.push(
        failed(s)
          ? `| ${x.label} | ${p.width}×${p.height} | failed: ${s.error} | | |`
          : `| ${x.label} | ${p.width}×${p.height} | ${s.output.width}×${s.output.height} (pixelRatio ${s.pixelRatio.toFixed(3)}) | ${ms(s)}, n=${s.samples.length} | ${fmt(s.median / x.polku.png.median, 1)}× |`,
      );
    }
  }
  lines.push('', `Where the time of a Polku PNG 2× call goes (production build, browser APIs wrapped, wall clock, median of ${r.results[0]!.pngStages.runs} calls, stage by stage, ms):`, '');
  const stageNames = r.results[0]!.pngStages.stages.map((s) => s.stage);
  lines.push(`| stage | ${r.results.map((x) => x.label).join(' | ')} |`, `| --- | ${r.results.map(() => '---:').join(' | ')} |`);
  const inTotal = stageNames.filter((n) => !n.startsWith('('));
  for (const [i, name] of stageNames.entries()) {
    if (inTotal.includes(name)) lines.push(`| ${name} | ${r.results.map((x) => fmt(x.pngStages.stages[i]!.ms)).join(' | ')} |`);
  }
  lines.push(`| **total** | ${r.results.map((x) => fmt(x.pngStages.total)).join(' | ')} |`);
  for (const [i, name] of stageNames.entries()) {
    if (!inTotal.includes(name)) lines.push(`| ${name} | ${r.results.map((x) => fmt(x.pngStages.stages[i]!.ms)).join(' | ')} |`);
  }
  for (const x of r.results.filter((y) => y.profile)) {
    for (const f of ['png', 'pdf'] as const) {
      const p = x.profile![f];
      if (!p) continue;
      lines.push(
        '',
        `CPU profile of one ${f.toUpperCase()} call, ${x.label} (unminified build of the same sources, ${fmt(p.total)} ms; sampled main-thread time by the innermost of the app's functions on the stack, ms):`,
        '',
        '| where | ms |',
        '| --- | ---: |',
        ...p.buckets.filter((b) => b.ms >= 1).map((b) => `| ${b.bucket} | ${fmt(b.ms)} |`),
        '',
        `Self time by function, top ${p.leaves.length} (native calls appear under their DOM names; "(program)" is the browser's own work outside JS, e.g. PNG encoding in idle tasks):`,
        '',
        '| function | ms |',
        '| --- | ---: |',
        ...p.leaves.map((l) => `| ${l.fn} | ${fmt(l.ms)} |`),
      );
    }
  }
  const errs = r.results.flatMap((x) => x.errors.map((e) => `${x.key}: ${e}`));
  if (errs.length > 0) lines.push('', 'Page errors:', '', ...errs.map((e) => `- ${e}`));
  lines.push('');
  return lines.join('\n');
}
