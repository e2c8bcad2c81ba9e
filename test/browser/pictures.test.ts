/**
 * The pictures a coordinator puts on a slide (issue 11): for the seed, the four templates and the five paths of
 * other spans, the editor at 1600×900, present mode at 1280×720 with every step revealed, and the exported PNG —
 * written under test-results/screenshots/pictures/ to be looked at. Each PNG passes pngcheck, and for the paths of
 * up to 40 steps it is a landscape picture (width/height 1.4–2.2) whose step text is at least 12 px fitted to 1920×1080.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, openThroughInput, settledView, withoutFsAccess } from './browser';
import { STYLE } from '../../src/layout/style';

const base = inject('baseUrl');
const SHOTS = 'test-results/screenshots/pictures';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => browser?.close());

const files = [
  'fixtures/osallisuuspolku.json',
  ...readdirSync('fixtures/templates')
    .filter((f) => f !== 'index.json')
    .map((f) => join('fixtures/templates', f)),
  ...readdirSync('fixtures/paths').map((f) => join('fixtures/paths', f)),
];

type Doc = { steps: unknown[]; lanes: unknown[] };
const nameOf = (file: string) => file.replace(/^.*\//, '').replace(/\.json$/, '');

async function openFile(page: Page, path: string, steps: number) {
  await openThroughInput(page, path);
  await expect.poll(() => page.locator('.react-flow__node-step').count()).toBeGreaterThan(Math.min(steps, 5) - 1);
}

describe.each(files)('the picture of %s (production build, Chromium)', (file) => {
  it('in the editor, in present mode and as a PNG', async () => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Doc;
    const name = nameOf(file);
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1600, height: 900 }, withoutFsAccess);
    await openFile(page, file, doc.steps.length);
    await settledView(page);
    await page.screenshot({ path: join(SHOTS, `${name}-editor-1600x900.png`) });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export PNG', exact: true }).click();
    const png = join(SHOTS, `${name}.png`);
    await (await download).saveAs(png);
    expect(execFileSync('pngcheck', [png], { encoding: 'utf8' })).toMatch(/^OK:/);
    const bytes = readFileSync(png);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    if (doc.steps.length <= 40 && doc.lanes.length <= 6) {
      expect(width / height, `${name}: width/height`).toBeGreaterThanOrEqual(1.4);
      expect(width / height, `${name}: width/height`).toBeLessThanOrEqual(2.2);
      // exported at 2×: the step text (STYLE.step.size), fitted to 1920×1080
      const fit = Math.min(1920 / (width / 2), 1080 / (height / 2));
      expect(STYLE.step.size * fit, `${name}: step text fitted to 1920×1080`).toBeGreaterThanOrEqual(12);
    }
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /^Presentation:/ });
    await dialog.waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.polku-present-step[data-revealed="false"]').count()).toBe(0);
    expect(await page.locator('.polku-present-step').count()).toBe(doc.steps.length);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(SHOTS, `${name}-present-1280x720.png`) });
    await page.keyboard.press('Escape');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
