/**
 * The benchmark: Polku next to plain React Flow, the same diagrams, the same
 * browser, interleaved rounds, medians. Writes bench-results/latest.json and
 * prints a table. Run with `npm run bench` (options: --rounds 3 --sizes 50,500).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { launch, withoutFsAccess } from '../browser/browser';
import { measureEagerJs, type EagerJs } from '../browser/eagerJs';
import { serveStatic } from '../../scripts/staticServer.mjs';
import { generateDiagram } from './generateDiagram';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench-results');
const TMP = resolve(OUT, 'tmp');
const VIEWPORT = { width: 1600, height: 900 };
const FRAMES = 120;

type App = 'polku' | 'plain';
type FrameStats = { p50: number; p95: number; max: number; over20: number; busyPerFrame: number; frames: number };
type Sample = { firstRender: number; pan: FrameStats; zoom: FrameStats; drag: FrameStats; longestTask: number; heapMB: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function args(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    rounds: Number(get('rounds') ?? 3),
    sizes: (get('sizes') ?? '50,500,2000,5000').split(',').map(Number),
  };
}

/** The plain page's file: React Flow default nodes at the positions Polku's layout gives. */
function plainFile(n: number): string {
  const d = generateDiagram(n);
  const g = layoutDiagram(d);
  const title = new Map(d.steps.map((s) => [s.id, s.title]));
  return JSON.stringify({
    nodes: g.steps.map((s) => ({ id: s.id, x: s.x, y: s.y, label: title.get(s.id) })),
    edges: d.links.map((l) => ({ id: l.id, source: l.from, target: l.to })),
  });
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

/** Sends one input per frame and measures the frames that follow. */
async function frames(page: Page, cdp: CDPSession, input: (i: number) => Promise<void>): Promise<FrameStats> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      if (!w.__recording) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const before = await metrics(cdp);
  for (let i = 0; i < FRAMES; i++) {
    await input(i);
    await nextFrame(page);
  }
  const after = await metrics(cdp);
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const deltas = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? 0,
    over20: deltas.filter((d) => d > 20).length / Math.max(1, deltas.length),
    busyPerFrame: ((after.TaskDuration! - before.TaskDuration!) * 1000) / Math.max(1, deltas.length),
    frames: deltas.length,
  };
}

async function measure(browser: Browser, app: App, url: string, file: string): Promise<Sample> {
  // no service worker: its precaching (once, in the background of a first visit) would run during the measurements
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  if (app === 'polku') await withoutFsAccess(context);
  await context.addInitScript(() => {
    const w = window as unknown as { __openStart: number; __longest: number };
    w.__longest = 0;
    document.addEventListener('change', () => (w.__openStart = performance.now()), true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(app === 'polku' ? `${url}?lang=en` : url);
  const mark = app === 'polku' ? 'polku:drawn' : 'plain:drawn';
  if (app === 'polku') await page.waitForFunction(() => performance.getEntriesByName('polku:drawn').length > 0);
  else await page.locator('input[type=file]').waitFor({ state: 'attached' });
  const marksBefore = await page.evaluate((m) => performance.getEntriesByName(m).length, mark);
  await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));

  if (app === 'polku') {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open' }).click();
    await (await chooser).setFiles(file);
  } else {
    await page.locator('input[type=file]').setInputFiles(file);
  }
  await page.waitForFunction(([m, n]) => performance.getEntriesByName(m as string).length > (n as number), [mark, marksBefore], {
    timeout: 180_000,
  });
  const firstRender = await page.evaluate(
    (m) => performance.getEntriesByName(m).at(-1)!.startTime - (window as unknown as { __openStart: number }).__openStart,
    mark,
  );

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  // Pan across the diagram: press on the empty pane (not on a node, which would drag it) and drag.
  const start = await page.evaluate((b) => {
    for (let y = b.y + 20; y < b.y + b.height - 20; y += 13)
      for (let x = b.x + 20; x < b.x + b.width * 0.6; x += 17)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  }, box);
  if (!start) throw new Error(`${app}: no empty spot on the pane to start a pan`);
  const transform = () => page.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform);
  const before = await transform();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const pan = await frames(page, cdp, (i) =>
    page.mouse.move(start.x + (i < FRAMES / 2 ? i : FRAMES - i) * 6, start.y + (i < FRAMES / 2 ? i : FRAMES - i) * 2),
  );
  const during = await transform();
  await page.mouse.up();
  if (during === before) throw new Error(`${app}: the drag did not pan the view`);
  // Zoom with the wheel: in for half the frames, out for the other half.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const zoom = await frames(page, cdp, (i) => page.mouse.wheel(0, i < FRAMES / 2 ? -60 : 60));
  // Drag one step: fit again, press on the first visible step, move it one input per frame.
  await page.keyboard.press('Escape');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  const findTarget = () => page.evaluate((b) => {
    for (const el of Array.from(document.querySelectorAll('.react-flow__node'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 4 && r.left > b.x + 40 && r.top > b.y + 40 && r.right < b.x + b.width - 200 && r.bottom < b.y + b.height - 200)
        return { x: r.left + Math.min(8, r.width / 2), y: r.top + Math.min(6, r.height / 2) };
    }
    return null;
  }, box);
  let target = await findTarget();
  // A large diagram draws its steps as one picture and makes the step under the pointer live
  // (src/ui/canvas/StillLayer.tsx): point at the picture until a step is under the pointer, as a person does.
  for (let y = box.y + 60; !target && y < box.y + box.height - 220; y += 7)
    for (let x = box.x + 60; !target && x < box.x + box.width - 220; x += 9) {
      await page.mouse.move(x, y);
      await nextFrame(page);
      await nextFrame(page);
      if (await page.evaluate(([px, py]) => !!document.elementFromPoint(px!, py!)?.closest('.react-flow__node'), [x, y])) target = { x, y };
    }
  if (!target) throw new Error(`${app}: no step to drag`);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  const drag = await frames(page, cdp, (i) => page.mouse.move(target.x + (i < FRAMES / 2 ? i : FRAMES - i) * 3, target.y + (i < FRAMES / 2 ? i : FRAMES - i)));
  await page.mouse.up();
  const m = await metrics(cdp);
  const longestTask = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await context.close();
  return { firstRender, pan, zoom, drag, longestTask, heapMB: m.JSHeapUsedSize! / 1e6 };
}

type NodeOpen = { read: number; layout: number; total: number; edit: { colour: number; title: number; move: number } };

function nodeOpen(file: string): NodeOpen {
  const out = execFileSync(process.execPath, [resolve(ROOT, 'scripts/bench-node.mjs'), file], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

/**
 * Eager JS: what the browser fetches until the default diagram is drawn and a step is focusable, measured as
 * the bundle check (test/browser/bundle.test.ts) does it; eager CSS: what index.html links; lazy: every other
 * chunk. gzip -9 sizes in KB.
 */
async function bundleSizes(eagerJs: EagerJs) {
  const dist = resolve(ROOT, 'dist');
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!));
  const gz = (f: string) => gzipSync(readFileSync(resolve(dist, f)), { level: 9 }).length / 1024;
  const assets = readdirSync(resolve(dist, 'assets')).map((f) => `assets/${f}`);
  const fetched = new Set(eagerJs.files.map((f) => `assets/${f.file}`));
  const lazy = assets.filter((f) => f.endsWith('.js') && !fetched.has(f));
  return {
    eagerJsKB: eagerJs.gzip / 1024,
    eagerJsFiles: eagerJs.files.map((f) => ({ file: f.file, gzipKB: f.gzip / 1024 })),
    eagerCssKB: [...referenced].filter((f) => f.endsWith('.css')).reduce((s, f) => s + gz(f), 0),
    lazy: lazy.map((f) => ({ file: f, gzipKB: gz(f), rawKB: statSync(resolve(dist, f)).size / 1024 })),
  };
}

const fmt = (v: number, d = 1) => v.toFixed(d);
const ratio = (a: number, b: number) => (b > 0 ? fmt(a / b, 2) : '–');

export async function main(argv: string[]) {
  const { rounds, sizes } = args(argv);
  mkdirSync(TMP, { recursive: true });
  console.log('Building the app and the plain React Flow page …');
  process.env.NODE_ENV = 'production'; // React's production build, whatever ran this
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(ROOT, 'test/bench/vite.plain.config.ts') });
  const files = new Map<number, { polku: string; plain: string }>();
  for (const n of sizes) {
    const polku = resolve(TMP, `polku-${n}.json`);
    const plain = resolve(TMP, `plain-${n}.json`);
    writeFileSync(polku, writeDiagramText(generateDiagram(n)));
    writeFileSync(plain, plainFile(n));
    files.set(n, { polku, plain });
  }
  const app = await serveStatic(resolve(ROOT, 'dist'));
  const plain = await serveStatic(resolve(TMP, 'plain'));
  const browser = await launch();
  const eagerJs = await measureEagerJs(browser, app.url);
  const samples = new Map<string, Sample[]>();
  const nodeSamples = new Map<number, NodeOpen[]>();
  try {
    for (let round = 0; round < rounds; round++) {
      for (const n of sizes) {
        const order: App[] = round % 2 ? ['plain', 'polku'] : ['polku', 'plain'];
        for (const which of order) {
          const s = await measure(browser, which, which === 'polku' ? app.url : plain.url, files.get(n)![which]);
          samples.set(`${which}:${n}`, [...(samples.get(`${which}:${n}`) ?? []), s]);
          console.log(
            `round ${round + 1} ${which.padEnd(5)} N=${String(n).padStart(4)}  first render ${fmt(s.firstRender, 0)} ms  ` +
              `pan p95 ${fmt(s.pan.p95)} ms (${fmt(s.pan.over20 * 100, 0)}% > 20 ms)  zoom p95 ${fmt(s.zoom.p95)} ms (${fmt(s.zoom.over20 * 100, 0)}%)  ` +
              `drag p95 ${fmt(s.drag.p95)} ms (${fmt(s.drag.over20 * 100, 0)}%)`,
          );
        }
        nodeSamples.set(n, [...(nodeSamples.get(n) ?? []), nodeOpen(files.get(n)!.polku)]);
      }
    }
  } finally {
    await browser.close();
    app.server.close();
    plain.server.close();
  }

  const med = (which: App, n: number, pick: (s: Sample) => number) => median(samples.get(`${which}:${n}`)!.map(pick));
  const rows = sizes.map((n) => {
    const frameRow = (k: 'pan' | 'zoom' | 'drag') =>
      Object.fromEntries(
        (['p50', 'p95', 'max', 'over20', 'busyPerFrame'] as const).map((f) => [
          f,
          { polku: med('polku', n, (s) => s[k][f]), plain: med('plain', n, (s) => s[k][f]) },
        ]),
      );
    return {
      n,
      firstRender: { polku: med('polku', n, (s) => s.firstRender), plain: med('plain', n, (s) => s.firstRender) },
      pan: frameRow('pan'),
      zoom: frameRow('zoom'),
      drag: frameRow('drag'),
      longestTask: { polku: med('polku', n, (s) => s.longestTask), plain: med('plain', n, (s) => s.longestTask) },
      heapMB: { polku: med('polku', n, (s) => s.heapMB), plain: med('plain', n, (s) => s.heapMB) },
      nodeOpen: {
        read: median(nodeSamples.get(n)!.map((s) => s.read)),
        layout: median(nodeSamples.get(n)!.map((s) => s.layout)),
        total: median(nodeSamples.get(n)!.map((s) => s.total)),
      },
      nodeEdit: {
        colour: median(nodeSamples.get(n)!.map((s) => s.edit.colour)),
        title: median(nodeSamples.get(n)!.map((s) => s.edit.title)),
        move: median(nodeSamples.get(n)!.map((s) => s.edit.move)),
      },
    };
  });
  const bundle = await bundleSizes(eagerJs);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, chromium: browserVersion() },
    viewport: VIEWPORT,
    rounds,
    framesPerInteraction: FRAMES,
    rows,
    bundle,
  };
  writeFileSync(resolve(OUT, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  const table = markdownTable(rows, bundle, rounds);
  writeFileSync(resolve(OUT, 'latest.md'), table);
  console.log(`\n${table}`);
}

function browserVersion(): string {
  try {
    return execFileSync(process.env.CHROME_PATH || 'chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

type Row = {
  n: number;
  firstRender: { polku: number; plain: number };
  pan: Record<string, { polku: number; plain: number }>;
  zoom: Record<string, { polku: number; plain: number }>;
  drag: Record<string, { polku: number; plain: number }>;
  longestTask: { polku: number; plain: number };
  heapMB: { polku: number; plain: number };
  nodeOpen: { read: number; layout: number; total: number };
  /** the layout again after one edit (scripts/bench-node.mjs): a colour, one letter of a title, a step a month on */
  nodeEdit: { colour: number; title: number; move: number };
};

function markdownTable(rows: Row[], bundle: Awaited<ReturnType<typeof bundleSizes>>, rounds: number): string {
  const lines = [
    `Medians of ${rounds} interleaved rounds, Chromium headless (software rendering) at 1600×900; Polku / plain React Flow.`,
    '',
    '| N | first render ms (ratio) | pan p50 / p95 / max ms | pan frames > 20 ms | pan busy ms/frame | zoom p50 / p95 / max ms | zoom frames > 20 ms | zoom busy ms/frame | drag p50 / p95 / max ms | drag frames > 20 ms | longest task ms | JS heap MB | Node open+validate+layout ms | Node layout after an edit: colour / title / move ms |',
    '| ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const pp = (x: { polku: number; plain: number }, d = 1) => `${fmt(x.polku, d)} / ${fmt(x.plain, d)}`;
    const triple = (k: Record<string, { polku: number; plain: number }>, who: 'polku' | 'plain') =>
      `${fmt(k.p50![who])}/${fmt(k.p95![who])}/${fmt(k.max![who], 0)}`;
    lines.push(
      `| ${r.n} | ${pp(r.firstRender, 0)} (${ratio(r.firstRender.polku, r.firstRender.plain)}) | ${triple(r.pan, 'polku')} vs ${triple(r.pan, 'plain')} | ` +
        `${fmt(r.pan.over20!.polku * 100, 0)}% / ${fmt(r.pan.over20!.plain * 100, 0)}% | ${pp(r.pan.busyPerFrame!)} | ` +
        `${triple(r.zoom, 'polku')} vs ${triple(r.zoom, 'plain')} | ${fmt(r.zoom.over20!.polku * 100, 0)}% / ${fmt(r.zoom.over20!.plain * 100, 0)}% | ` +
        `${pp(r.zoom.busyPerFrame!)} | ${triple(r.drag, 'polku')} vs ${triple(r.drag, 'plain')} | ` +
        `${fmt(r.drag.over20!.polku * 100, 0)}% / ${fmt(r.drag.over20!.plain * 100, 0)}% | ${pp(r.longestTask, 0)} | ${pp(r.heapMB)} | ${fmt(r.nodeOpen.total, 0)} (read ${fmt(r.nodeOpen.read, 0)} + layout ${fmt(r.nodeOpen.layout, 0)}) | ${fmt(r.nodeEdit.colour, 0)} / ${fmt(r.nodeEdit.title, 0)} / ${fmt(r.nodeEdit.move, 0)} |`,
    );
  }
  lines.push(
    '',
    `Eager JS ${fmt(bundle.eagerJsKB)} KB gzip -9 until the default diagram is drawn (` +
      bundle.eagerJsFiles.map((f) => `${f.file} ${fmt(f.gzipKB)} KB`).join(', ') +
      `; + CSS ${fmt(bundle.eagerCssKB)} KB); loaded on demand: ` +
      bundle.lazy.map((l) => `${l.file.replace(/^assets\//, '')} ${fmt(l.gzipKB)} KB`).join(', ') +
      '.',
    '',
  );
  return lines.join('\n');
}
