#!/usr/bin/env node
/**
 * npm run export -- <diagram.json|.png|.svg> <out.svg|out.png|out.pdf> [options]
 *
 * Exports a diagram from the command line through the app's own export code
 * (src/ui/export/exportDiagram.ts) in headless Chromium, so the SVG is byte
 * for byte the one the app's Export SVG writes for the same diagram and
 * options. The production build it needs is made once and kept in
 * node_modules/.cache/polku-export (rebuilt when the sources change).
 *
 * Options:
 *   --scale 1|2|3                 PNG resolution (default 2)
 *   --background white|transparent  SVG and PNG (default white)
 *   --paper A4|A3                 PDF page, landscape (default A4)
 *   --include-notes               keep workshop comments, names, votes and notes
 *   --full-resolution             PNG at the scale asked for even beyond a canvas's limits (tiled)
 *   --lang fi|sv|en               language of messages (default fi)
 * Environment: CHROME_PATH (default /usr/bin/chromium); POLKU_BUILD: serve this
 * production build instead of building one (the tests pass their own).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchOptions } from './chromiumLaunch.mjs';
import { serveStatic } from './staticServer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules', '.cache', 'polku-export');
const stampFile = join(cacheDir, '.stamp');

const USAGE = 'usage: npm run export -- <diagram.json|.png|.svg> <out.svg|.png|.pdf> [--scale 1|2|3] [--background white|transparent] [--paper A4|A3] [--include-notes] [--full-resolution] [--lang fi|sv|en]';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        scale: { type: 'string', default: '2' },
        background: { type: 'string', default: 'white' },
        paper: { type: 'string', default: 'A4' },
        'include-notes': { type: 'boolean', default: false },
        'full-resolution': { type: 'boolean', default: false },
        lang: { type: 'string', default: 'fi' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return fail(`${e.message}\n${USAGE}`);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 2) fail(USAGE);
const [input, output] = positionals.map((p) => resolve(process.cwd(), p));
const format = extname(output).slice(1).toLowerCase();
if (!['svg', 'png', 'pdf'].includes(format)) fail(`${output}: the output must end in .svg, .png or .pdf\n${USAGE}`);
if (!['1', '2', '3'].includes(values.scale)) fail(`--scale must be 1, 2 or 3\n${USAGE}`);
if (!['white', 'transparent'].includes(values.background)) fail(`--background must be white or transparent\n${USAGE}`);
if (!['A4', 'A3'].includes(values.paper.toUpperCase())) fail(`--paper must be A4 or A3\n${USAGE}`);
if (!existsSync(input)) fail(`${input}: no such file`);

/** The newest modification time among the files the build is made of. */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) walk(join(p, f));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ['src', 'public', 'index.html', 'export.html', 'vite.config.ts', 'package-lock.json']) {
    const full = join(root, p);
    if (existsSync(full)) walk(full);
  }
  return newest;
}

async function ensureBuild() {
  if (process.env.POLKU_BUILD) return; // a production build made elsewhere (the browser tests' own)
  const newest = newestSource();
  if (existsSync(stampFile) && Number(readFileSync(stampFile, 'utf8')) >= newest && existsSync(join(cacheDir, 'export.html'))) return;
  process.stderr.write('Building Polku once for export (node_modules/.cache/polku-export)…\n');
  mkdirSync(cacheDir, { recursive: true });
  const { build } = await import('vite');
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts'), mode: 'production', build: { outDir: cacheDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  writeFileSync(stampFile, String(newest));
}

await ensureBuild();
const { chromium } = await import('playwright-core');
const { server, url } = await serveStatic(process.env.POLKU_BUILD ? resolve(process.env.POLKU_BUILD) : cacheDir);
const browser = await chromium.launch(launchOptions());
let exitCode = 0;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}export.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const options = {
    format,
    scale: Number(values.scale),
    background: values.background,
    paper: values.paper.toUpperCase(),
    includeNotes: values['include-notes'],
    fullResolution: values['full-resolution'],
  };
  const result = await page.evaluate(
    ([b64, name, o, lang]) => window.polkuExport(b64, name, o, lang),
    [readFileSync(input).toString('base64'), basename(input), options, values.lang],
  );
  if (!result.ok) {
    process.stderr.write(`${input}:\n${result.problems.map((p) => `  ${p}`).join('\n')}\n`);
    exitCode = 1;
  } else {
    writeFileSync(output, Buffer.from(result.base64, 'base64'));
    const note = result.scaledDownTo === null ? '' : ` (too large for ${values.scale}×: made at ${result.scaledDownTo.toFixed(2)}×)`;
    process.stdout.write(`${output}${note}\n`);
  }
  if (errors.length > 0) process.stderr.write(`${errors.join('\n')}\n`);
} catch (e) {
  process.stderr.write(`export failed: ${e instanceof Error ? e.message : String(e)}\n`);
  exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(exitCode);
