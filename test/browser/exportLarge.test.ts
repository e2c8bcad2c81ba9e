/**
 * Large PNG exports in the production build (issue 12): a 1,000-step diagram
 * shows a named progress bar that moves while its PNG is made, and "Full
 * resolution" gives a diagram beyond the canvas's limits its full pixel size
 * (drawn in tiles) instead of scaling it down. pngcheck checks both files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPngJson } from '../../src/io/export/png';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, pngSize } from '../../src/io/export/pngSize';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { generateDiagram } from '../bench/generateDiagram';
import { launch, openPage, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'polku-export-large-'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A generated diagram written to a file, and its page size in px. */
function generated(steps: number): { path: string; width: number; height: number } {
  const d = generateDiagram(steps, 1);
  const path = join(dir, `generated-${steps}.json`);
  writeFileSync(path, writeDiagramText(d));
  const g = layoutDiagram(d);
  return { path, width: g.width, height: g.height };
}

/** Opens the file (the app marks `polku:drawn` when the opened diagram is on screen), then the Export dialog. */
async function openFile(page: Page, path: string) {
  const before = await page.evaluate(() => performance.getEntriesByName('polku:drawn').length);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(path);
  await page.waitForFunction((n) => performance.getEntriesByName('polku:drawn').length > n, before, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
}

/** Every value the dialog's progress bar shows, sampled every 10 ms from now on. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: number[] };
    w.__progress = [];
    setInterval(() => {
      const bar = document.querySelector<HTMLProgressElement>('dialog progress');
      if (bar && w.__progress.at(-1) !== bar.value) w.__progress.push(bar.value);
    }, 10);
  });
}

async function exportPng(page: Page): Promise<{ path: string; bytes: Buffer; check: string }> {
  const download = page.waitForEvent('download', { timeout: 240_000 });
  await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export PNG', exact: true }).click();
  // the bar is named, so a screen reader says what is progressing
  await page.getByRole('progressbar', { name: 'PNG image progress' }).waitFor({ timeout: 60_000 });
  const d = await download;
  const path = join(dir, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  const check = execFileSync('pngcheck', ['-v', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { path, bytes: readFileSync(path), check };
}

describe('large PNG exports (production build, Chromium)', () => {
  it('a 1,000-step diagram: Export PNG shows a named progress bar that moves, then a valid PNG', async () => {
    const big = generated(1000);
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openFile(page, big.path);
    await recordProgress(page);
    const png = await exportPng(page);
    expect(png.check).toMatch(/No errors detected/);
    expect(png.check).toContain('chunk pHYs');
    expect(png.check).toContain('chunk iTXt');
    // 2× unless beyond a canvas's limits: scaled down then (no full resolution asked for)
    const size = pngSize(big.width, big.height, 2);
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([size.width, size.height]);
    expect(size.width * size.height).toBeGreaterThanOrEqual(60_000_000);
    const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(seen.some((v) => v > 0 && v < 100), `progress values seen: ${seen.join(', ')}`).toBe(true);
    // the bar goes away when the file is written, and the status says so
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0);
    // scaled down to fit a canvas: the status says so, and names the option that would not
    expect(await page.getByRole('dialog', { name: 'Export' }).getByRole('status').textContent()).toContain('Choose Full resolution');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);

  it('Full resolution: a diagram beyond the canvas limit comes out at its full pixel size, in tiles (pngcheck OK)', async () => {
    const tall = generated(700);
    const full = pngSize(tall.width, tall.height, 3, null);
    // beyond what one canvas may hold, so the scale would otherwise be lowered
    expect(full.height > MAX_CANVAS_SIDE || full.width * full.height > MAX_CANVAS_AREA).toBe(true);
    expect(pngSize(tall.width, tall.height, 3).scaledDown).toBe(true);
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openFile(page, tall.path);
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: '3× (print)' }).check();
    await dialog.getByRole('checkbox', { name: 'Full resolution' }).check();
    await recordProgress(page);
    const png = await exportPng(page);
    expect(png.check).toMatch(/No errors detected/);
    expect(png.check).toContain(`${full.width} x ${full.height} image, 24-bit RGB, non-interlaced`);
    expect(png.check).toContain('(288 dpi)');
    expect(readPngJson(new Uint8Array(png.bytes))).toContain('"steps"');
    const seen = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    // drawn and deflated band by band: the bar moves many times
    expect(seen.filter((v) => v > 0 && v < 100).length, `progress values seen: ${seen.join(', ')}`).toBeGreaterThan(3);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('status').filter({ hasText: 'made smaller' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});
