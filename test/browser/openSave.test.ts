import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const invalid = readdirSync('fixtures/invalid')
  .filter((f) => f.endsWith('.json'))
  .sort();

/** What the canvas shows, as text: enough to tell whether the open diagram changed. */
const snapshot = (page: Page) =>
  page.evaluate(() =>
    [
      document.querySelector('.polku-backdrop')?.textContent ?? '',
      ...Array.from(document.querySelectorAll('.react-flow__node-step')).map((n) => n.getAttribute('aria-label')),
    ].join('|'),
  );

async function openThroughPicker(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open' }).click();
  await (await chooser).setFiles(path);
}

describe('Open and Save (file input and download fallback)', () => {
  it('refuses each invalid fixture in an alert dialog and keeps the open diagram', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const before = await snapshot(page);
    expect(invalid.length).toBeGreaterThan(10);
    for (const file of invalid) {
      await openThroughPicker(page, join('fixtures/invalid', file));
      const dialog = page.getByRole('alertdialog', { name: 'The file could not be opened' });
      await dialog.waitFor();
      expect(await dialog.getByRole('listitem').count(), file).toBeGreaterThan(0);
      expect(await dialog.innerText()).toContain(file);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await snapshot(page), file).toBe(before);
    }
    await context.close();
  });

  it('lists the problems in Finnish with the default language', async () => {
    const { page, context } = await openPage(browser, base, undefined, withoutFsAccess);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Avaa' }).click();
    await (await chooser).setFiles('fixtures/invalid/unknown-lane.json');
    const dialog = page.getByRole('alertdialog', { name: 'Tiedostoa ei voitu avata' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/steps\[\d+\]\.lane/);
    await context.close();
  });

  it('opens a valid file through the picker and saves it as a .json named after the title, equal to the file', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const path = 'fixtures/valid/minimal.json';
    const original = JSON.parse(readFileSync(path, 'utf8'));
    await openThroughPicker(page, path);
    await page.getByRole('status').filter({ hasText: 'Opened: minimal.json' }).waitFor();
    expect(await page.locator('.react-flow__node-step').count()).toBe(original.steps.length);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('minimal.json');
    const saved = JSON.parse(readFileSync((await d.path())!, 'utf8'));
    expect(saved).toEqual({ phases: [], legend: [], links: [], ...original });
    await context.close();
  });

  it('saves the default diagram under its title', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toBe('Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa.json');
    const text = readFileSync((await d.path())!, 'utf8');
    // The fixture is kept in the canonical writing order, so saving it unchanged gives the same bytes.
    expect(text).toBe(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
    await context.close();
  });

  it('opens a file dropped on the canvas, and refuses a bad one dropped there', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`);
    const drop = async (name: string, text: string) => {
      const dt = await page.evaluateHandle(
        ([n, t]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], n, { type: 'application/json' }));
          return dt;
        },
        [name, text] as const,
      );
      await page.dispatchEvent('.polku-main', 'dragover', { dataTransfer: dt });
      await page.dispatchEvent('.polku-main', 'drop', { dataTransfer: dt });
    };
    const before = await snapshot(page);
    await drop('bad.json', readFileSync('fixtures/invalid/self-link.json', 'utf8'));
    await page.getByRole('alertdialog').waitFor();
    expect(await snapshot(page)).toBe(before);
    await page.getByRole('button', { name: 'Close' }).click();

    await drop('minimal.json', readFileSync('fixtures/valid/minimal.json', 'utf8'));
    await page.getByRole('status').filter({ hasText: 'Opened: minimal.json' }).waitFor();
    expect(await snapshot(page)).not.toBe(before);
    await context.close();
  });
});
