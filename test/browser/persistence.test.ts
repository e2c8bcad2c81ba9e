import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, renameStep, stepLabel, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());


async function newTab(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`${base}?lang=en`);
  await page.locator('.react-flow__node-step').first().waitFor();
  return page;
}

describe('no lost work (production build, Chromium)', () => {
  it('keeps an edit across closing the page without warning handlers, and says it is not saved to a file', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`);
    await renameStep(page, 'aloitus', 'Aloitus, muokattu');
    await page.getByText('not saved to a file').waitFor();
    await page.waitForTimeout(1100); // stored within a second
    await page.close({ runBeforeUnload: false });
    const again = await newTab(context);
    expect(await stepLabel(again, 'aloitus')).toMatch(/^Aloitus, muokattu/);
    await again.getByText('not saved to a file').waitFor();
    await context.close();
  });

  it('tells at once when the browser storage is full, and keeps the edit', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, async (c) => {
      await c.addInitScript(() => {
        IDBObjectStore.prototype.put = function put() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
    });
    await renameStep(page, 'aloitus', 'Muokkaus täydellä levyllä');
    await page.getByRole('status').filter({ hasText: /full/i }).waitFor({ timeout: 3000 });
    expect(await stepLabel(page, 'aloitus')).toMatch(/^Muokkaus täydellä levyllä/);
    await context.close();
  });

  it('tells the other tab, and keeps what the person last chose', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const a = await newTab(context);
    const b = await newTab(context);
    await renameStep(a, 'aloitus', 'Välilehti A');
    await b.getByRole('alert').filter({ hasText: 'another tab' }).waitFor({ timeout: 5000 });
    await renameStep(b, 'jaostot', 'Välilehti B');
    await a.getByRole('alert').filter({ hasText: 'another tab' }).waitFor({ timeout: 5000 });
    await b.waitForTimeout(1100);
    await a.close({ runBeforeUnload: false });
    await b.close({ runBeforeUnload: false });
    const c = await newTab(context);
    // B's edit was made after B was told of A's: that is the person's latest choice
    expect(await stepLabel(c, 'jaostot')).toMatch(/^Välilehti B/);
    await context.close();
  });

  it('asks before opening a file over work not saved to a file', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await renameStep(page, 'aloitus', 'Tallentamaton');
    const pick = async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open' }).click();
      await (await chooser).setFiles('fixtures/valid/minimal.json');
    };
    await pick();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await stepLabel(page, 'aloitus')).toMatch(/^Tallentamaton/);
    await pick();
    await dialog.getByRole('button', { name: 'Open anyway' }).click();
    await page.getByRole('status').filter({ hasText: 'Opened: minimal.json' }).waitFor();
    expect(await page.locator('.react-flow__node[data-id="aloitus"]').count()).toBe(0);
    await context.close();
  });
});
