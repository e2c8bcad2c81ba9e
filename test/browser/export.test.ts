/**
 * Export in the production build: each button writes a file that readers
 * nobody here wrote accept (pngcheck, librsvg, poppler); PNG and SVG open
 * again as the same diagram; the SVG's step rectangles are the boxes on
 * screen; Copy image puts a PNG on the clipboard; workshop notes stay out
 * unless asked for; the command-line export writes the same SVG bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPngJson } from '../../src/io/export/png';
import { readSvgJson } from '../../src/io/export/svgMetadata';
import { launch, openPage, savedText, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const SEED = readFileSync(join(root, 'fixtures/osallisuuspolku.json'), 'utf8');
const WORKSHOP = join(root, 'fixtures/valid/workshop.json');
const dir = mkdtempSync(join(tmpdir(), 'polku-export-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function exportFile(page: Page, button: string): Promise<{ path: string; name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: button, exact: true }).click();
  const d = await download;
  const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { path, name: d.suggestedFilename(), bytes: readFileSync(path) };
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
}

/** Opens a file through the real file input (the picker fallback). */
async function openThroughInput(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(path);
}

const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/[\s\-‐]+/g, '');

describe('export (production build, Chromium)', () => {
  it('Export SVG, PNG and PDF each download a file the readers accept, with every step title', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openExportDialog(page);
    const titles = (JSON.parse(SEED) as { steps: { title: string }[] }).steps.map((s) => s.title);

    const svg = await exportFile(page, 'Export SVG');
    expect(svg.name).toBe('Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa.svg');
    run('rsvg-convert', ['-f', 'png', '-o', join(dir, 'rsvg.png'), svg.path]);
    expect(readFileSync(join(dir, 'rsvg.png')).subarray(1, 4).toString()).toBe('PNG');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).not.toContain('foreignObject');
    expect(svgText).not.toContain('<image');

    const png = await exportFile(page, 'Export PNG');
    const check = run('pngcheck', ['-v', png.path]);
    expect(check).toContain('pHYs');
    expect(check).toContain('iTXt');
    expect(check).toMatch(/No errors detected/);
    // 2× by default: the PNG is twice the SVG's size
    const width = Number(/width="([\d.]+)"/.exec(svgText)![1]);
    expect(png.bytes.readUInt32BE(16)).toBe(Math.ceil(width * 2));

    const pdf = await exportFile(page, 'Export PDF');
    const info = run('pdfinfo', [pdf.path]);
    expect(info).toMatch(/Page size:\s+842 x 595 pts \(A4\)/);
    const fonts = run('pdffonts', [pdf.path]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/Arimo.*\byes\b/);
    expect(run('pdfimages', ['-list', pdf.path]).split('\n').slice(2).filter(Boolean)).toEqual([]);
    const text = squash(run('pdftotext', [pdf.path, '-']));
    for (const t of titles) expect(text).toContain(squash(t));

    // A3 on request
    await page.getByRole('radio', { name: 'A3' }).check();
    const a3 = await exportFile(page, 'Export PDF');
    expect(run('pdfinfo', [a3.path])).toMatch(/Page size:\s+1191 x 842 pts \(A3\)/);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the PNG and the SVG open again as the same diagram; an image without Polku data is refused', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const original = await savedText(page);
    expect(original).toBe(SEED);
    await openExportDialog(page);
    const png = await exportFile(page, 'Export PNG');
    const svg = await exportFile(page, 'Export SVG');
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();

    for (const file of [png, svg]) {
      // something else first, so that opening the image really changes the diagram
      await page.getByRole('button', { name: 'New', exact: true }).click();
      const start = page.getByRole('alertdialog').getByRole('button', { name: 'Start new' });
      if (await start.isVisible()) await start.click();
      await page.getByRole('dialog', { name: 'Start your own path' }).getByRole('button', { name: 'Create diagram' }).click();
      await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(0);
      await openThroughInput(page, file.path);
      const replace = page.getByRole('alertdialog').getByRole('button', { name: /open/i });
      if (await replace.isVisible().catch(() => false)) await replace.click();
      await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(21);
      expect(await savedText(page)).toBe(SEED);
    }

    // rsvg's PNG of our SVG carries no diagram: refused with its own message, the open diagram kept
    const plain = join(dir, 'plain.png');
    run('rsvg-convert', ['-f', 'png', '-o', plain, svg.path]);
    await openThroughInput(page, plain);
    const alert = page.getByRole('alertdialog');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/PNG/);
    expect(await alert.innerText()).toMatch(/no Polku diagram/i);
    expect(await page.locator('.react-flow__node-step').count()).toBe(21);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('step rectangles in the SVG (to their border\'s outer edge) are the boxes on screen, within a pixel', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openExportDialog(page);
    const svg = (await exportFile(page, 'Export SVG')).bytes.toString('utf8');
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Close' }).click();
    const rects = new Map<string, number[]>();
    // the border's outer edge: the stroke is drawn inside the box
    for (const m of svg.matchAll(/<g data-step="([^"]+)"><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"[^>]* stroke-width="([\d.]+)"/g)) {
      const [x, y, w, h, stroke] = [2, 3, 4, 5, 6].map((i) => Number(m[i]));
      rects.set(m[1]!, [x! - stroke! / 2, y! - stroke! / 2, w! + stroke!, h! + stroke!]);
    }
    expect(rects.size).toBe(21);
    // the screen box in diagram coordinates, through the viewport's transform
    const onScreen = await page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const pane = document.querySelector<HTMLElement>('.react-flow')!.getBoundingClientRect();
      const m = new DOMMatrix(getComputedStyle(viewport).transform);
      return [...document.querySelectorAll<HTMLElement>('.react-flow__node-step')].map((n) => {
        const r = n.getBoundingClientRect();
        return {
          id: n.dataset['id']!,
          box: [(r.left - pane.left - m.e) / m.a, (r.top - pane.top - m.f) / m.a, r.width / m.a, r.height / m.a],
        };
      });
    });
    expect(onScreen.length).toBe(21);
    for (const { id, box } of onScreen) {
      const rect = rects.get(id)!;
      for (let i = 0; i < 4; i++) expect(Math.abs(box[i]! - rect[i]!)).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  it('Copy image puts a PNG on the clipboard', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, async (c) => {
      await withoutFsAccess(c);
      await c.grantPermissions(['clipboard-read', 'clipboard-write']);
    });
    await openExportDialog(page);
    await page.getByRole('button', { name: 'Copy image' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Export' }).getByRole('status').innerText()).toMatch(/copied/);
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
    expect(types).toContain('image/png');
    const size = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('image/png')).size;
    });
    expect(size).toBeGreaterThan(10_000);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('comments, names, votes and notes stay out of the images unless "Include workshop notes" is ticked; then the picture shows them', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openThroughInput(page, WORKSHOP);
    const replace = page.getByRole('alertdialog').getByRole('button', { name: /open/i });
    if (await replace.isVisible().catch(() => false)) await replace.click();
    const steps = (JSON.parse(readFileSync(WORKSHOP, 'utf8')) as { steps: unknown[] }).steps.length;
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(steps);
    await openExportDialog(page);
    const workshopText = readFileSync(WORKSHOP, 'utf8');
    expect(workshopText).toContain('"comments"');

    const png = readPngJson(new Uint8Array((await exportFile(page, 'Export PNG')).bytes))!;
    const svgFile = (await exportFile(page, 'Export SVG')).bytes.toString('utf8');
    const svg = readSvgJson(svgFile)!;
    for (const embedded of [png, svg]) {
      expect(embedded).toContain('"steps"');
      expect(embedded).not.toMatch(/"(comments|votes|notes)"/);
      expect(embedded).not.toContain('Matti');
    }
    expect(svgFile).not.toContain('Matti');

    await page.getByRole('checkbox', { name: 'Include workshop notes' }).check();
    const withNotes = readPngJson(new Uint8Array((await exportFile(page, 'Export PNG')).bytes))!;
    expect(withNotes).toMatch(/"comments"/);
    expect(withNotes).toContain('Matti');
    expect(JSON.parse(withNotes)).toEqual(JSON.parse(workshopText));
    // ticked, the picture shows the votes and comment counts and lists the comments with their names
    const svgWithNotes = (await exportFile(page, 'Export SVG')).bytes.toString('utf8');
    expect(svgWithNotes).toContain('data-part="workshop-marks"');
    expect(svgWithNotes).toContain('data-part="workshop-comments"');
    const pdfWithNotes = squash(run('pdftotext', [(await exportFile(page, 'Export PDF')).path, '-']));
    for (const t of ['Työpajan kommentit ja äänet', 'Vaihe oli liian lyhyt', 'Matti', '3 ääntä']) expect(pdfWithNotes).toContain(squash(t));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('hostile text stays text: escaped in the SVG, literal in the PDF, and the embedded diagram reads back exactly', async () => {
    const hostile = '</text><script>alert(1)</script> ]]> <img src=x onerror=alert(2)> & "q"';
    const seed = JSON.parse(SEED) as { title: string; steps: { title: string }[] };
    seed.title = hostile;
    seed.steps[0]!.title = '<b>lihava</b> ]]>';
    const file = join(dir, 'hostile.json');
    writeFileSync(file, `${JSON.stringify(seed, null, 2)}\n`);
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openThroughInput(page, file);
    const replace = page.getByRole('alertdialog').getByRole('button', { name: /open/i });
    if (await replace.isVisible().catch(() => false)) await replace.click();
    await expect.poll(() => page.locator('.react-flow__node-step').first().innerText()).toContain('<b>lihava</b>');
    await openExportDialog(page);
    const svg = (await exportFile(page, 'Export SVG')).bytes.toString('utf8');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(JSON.parse(readSvgJson(svg)!)).toEqual(seed);
    const pdf = await exportFile(page, 'Export PDF');
    const text = squash(run('pdftotext', [pdf.path, '-']));
    expect(text).toContain(squash('</text><script>alert(1)</script>'));
    expect(text).toContain(squash('<b>lihava</b> ]]>'));
    const png = readPngJson(new Uint8Array((await exportFile(page, 'Export PNG')).bytes))!;
    expect(JSON.parse(png)).toEqual(seed);
    expect(dialogs).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('npm run export writes the same SVG bytes as the app, and a PNG; a refused input writes nothing', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openExportDialog(page);
    const fromApp = (await exportFile(page, 'Export SVG')).bytes;
    await context.close();
    const env = { ...process.env, POLKU_BUILD: join(root, 'dist') };
    const cli = (out: string, ...extra: string[]) =>
      execFileSync(process.execPath, [join(root, 'scripts/export.mjs'), join(root, 'fixtures/osallisuuspolku.json'), out, ...extra], { env, encoding: 'utf8' });
    const svgOut = join(dir, 'cli.svg');
    cli(svgOut);
    expect(readFileSync(svgOut).equals(fromApp)).toBe(true);
    // a PNG through the command line, as a second format (each call starts a browser: the PDF path is the app's, tested above)
    const pngOut = join(dir, 'cli.png');
    cli(pngOut, '--scale', '1', '--background', 'transparent');
    expect(run('pngcheck', [pngOut])).toMatch(/OK/);
    // its page draws with the diagram font, Arimo, as the app does (not the machine's own sans serif)
    const exporter = await browser.newPage();
    await exporter.goto(`${base}export.html`);
    const drawnWith = await exporter.evaluate(async (json) => {
      const w = window as unknown as { polkuExport: (b64: string, name: string, o: object, lang: string) => Promise<{ ok: boolean }> };
      const result = await w.polkuExport(btoa(String.fromCharCode(...new TextEncoder().encode(json))), 'd.json', { format: 'png', scale: 1, background: 'white', paper: 'A4', includeNotes: false, fullResolution: false }, 'en');
      return { ok: result.ok, arimo: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Arimo' && f.status === 'loaded').map((f) => f.weight) };
    }, readFileSync(join(root, 'fixtures/osallisuuspolku.json'), 'utf8'));
    expect(drawnWith.ok).toBe(true);
    expect(new Set(drawnWith.arimo)).toEqual(new Set(['400', '700']));
    await exporter.close();
    // a refused input: the problems, exit 1, nothing written
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"participation-path","version":9}');
    let failed = '';
    try {
      execFileSync(process.execPath, [join(root, 'scripts/export.mjs'), bad, join(dir, 'never.svg'), '--lang', 'en'], { env, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      failed = String((e as { stderr?: string }).stderr);
    }
    expect(failed).toMatch(/version/i);
    expect(existsSync(join(dir, 'never.svg'))).toBe(false);
  });
});
