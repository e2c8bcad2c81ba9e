/** Debian Chromium through playwright-core, as the browser tests use it. */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchOptions } from '../../scripts/chromiumLaunch.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export type Watched = { page: Page; context: BrowserContext; consoleErrors: string[]; outsideRequests: string[] };

/**
 * A fresh page that records console errors, page errors and every request
 * that would leave this machine's server (nothing may).
 *
 * Its context blocks service workers: these tests are about the app, not about
 * working offline (offline.test.ts is, with contexts of its own). Allowed, the
 * worker would precache the whole build in the background of every test (on a
 * busy 2-core machine), and once active it takes over the page's requests
 * mid-test (clientsClaim), so what `request` events see would depend on when it
 * got there. (They pass with it too: guide.test.ts and persistence.test.ts were
 * run so, reloads included.)
 */
/** The title of the default diagram (fixtures/osallisuuspolku.json), as the app opens with it. */
export const DEFAULT_TITLE = 'Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa';

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1600, height: 900 },
  init?: (context: BrowserContext) => Promise<void>,
): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' });
  if (init) await init(context);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) outsideRequests.push(u);
  });
  await page.goto(url);
  await page.locator('.react-flow__node-step').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return { page, context, consoleErrors, outsideRequests };
}

/** Removes the File System Access pickers so Open/Save use the file input and download fallback. */
export async function withoutFsAccess(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    // @ts-expect-error removing browser APIs on purpose
    delete window.showOpenFilePicker;
    // @ts-expect-error removing browser APIs on purpose
    delete window.showSaveFilePicker;
  });
}

/** Saves with Ctrl+S (the download fallback) and gives the file's text. */
export async function savedText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return readFileSync((await (await download).path())!, 'utf8');
}

/** Saves with Ctrl+S and gives the parsed file. */
export async function savedJson<T = unknown>(page: Page): Promise<T> {
  return JSON.parse(await savedText(page)) as T;
}

/** Opens a file through the real file input (the picker fallback: the page needs `withoutFsAccess`). */
export async function openThroughInput(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(path);
}

/** Waits until the view has stopped moving (fitting and zooming animate). */
export async function settledView(page: Page): Promise<void> {
  const transform = () => page.locator('.react-flow__viewport').evaluate((e) => getComputedStyle(e).transform);
  let last = await transform();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const now = await transform();
    if (now === last) return;
    last = now;
  }
}

/**
 * Types a new title into step `id`'s panel and presses Enter (the words of the panel and field in the
 * page's language); `close` presses Escape after, closing the panel.
 */
export async function renameStep(page: Page, id: string, title: string, options: { panel?: string; field?: string; close?: boolean } = {}): Promise<void> {
  const { panel = 'Step', field: fieldName = 'Title', close = false } = options;
  await page.locator(`.react-flow__node[data-id="${id}"]`).click();
  const field = page.getByRole('complementary', { name: panel }).getByRole('textbox', { name: fieldName });
  await field.fill(title);
  await field.press('Enter');
  if (close) await page.keyboard.press('Escape');
}

/** The accessible name of step `id` on the canvas. */
export const stepLabel = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).getAttribute('aria-label');

/** The raw value under `key` in the app's IndexedDB ('polku' / 'autosave'); `put` writes one instead, `clear` empties the store first. */
export function storedValue(page: Page, key: string, put?: unknown, clear = false): Promise<unknown> {
  return page.evaluate(
    ({ key, put, write, clear }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('polku');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('autosave', write ? 'readwrite' : 'readonly');
          const store = tx.objectStore('autosave');
          if (clear) store.clear();
          const request = write ? store.put(put, key) : store.get(key);
          let value: unknown;
          request.onsuccess = () => (value = write ? undefined : request.result);
          tx.oncomplete = () => {
            db.close();
            resolve(value);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, put, write: put !== undefined, clear },
  );
}
