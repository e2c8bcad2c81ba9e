/**
 * Issue 13: offline and installable (production build, Chromium, service workers allowed).
 *
 * Each test serves its own copy of the build (from /any/folder/, as the other tests do) with a server of its
 * own, so that it can take the server away (offline) or put a new version in its place (update) without
 * touching the build the other tests share.
 *
 * A new version is made as a real one would reach the host: the copy's index.html changes, and with it its
 * revision in sw.js's precache list, so sw.js differs byte for byte; `registration.update()` (what the browser
 * does by itself on a navigation, or the app when the page comes back into view) then installs it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/staticServer.mjs';
import { launch, openThroughInput, renameStep, withoutFsAccess } from './browser';

const root = resolve(import.meta.dirname, '../..');
// globalSetup has just built the production site here
const dist = resolve(root, 'dist');
const SWEDISH = join(root, 'fixtures/paths/osterbotten-organisationsforum-2025.json');
const SWEDISH_DIAGRAM = JSON.parse(readFileSync(SWEDISH, 'utf8')) as { title: string; steps: { id: string }[] };
const SWEDISH_TITLE = SWEDISH_DIAGRAM.title;
const SWEDISH_STEP = SWEDISH_DIAGRAM.steps[0]!.id;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A copy of the build, served by a server of its own. */
async function servedCopy(): Promise<{ dir: string; url: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), 'polku-offline-'));
  cpSync(dist, dir, { recursive: true });
  const { server, url } = (await serveStatic(dir)) as { server: Server; url: string };
  return { dir, url, server };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((r) => server.close(() => r()));
}

/** Every file of the build but the service worker's own scripts, relative to its folder. */
function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f))
    .sort();
}

/**
 * The first visit: the page loads, the service worker registers (once the diagram is drawn), installs —
 * its install ends when the precache is complete — activates and controls the page.
 */
async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow__node-step').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
  return page;
}

/** The paths (under the folder) the service worker's precache holds. */
function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const folder = new URL('./', location.href).pathname;
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)))).flat();
    return urls.map((u) => new URL(u).pathname.slice(folder.length)).sort();
  });
}

/** Fails offline storing in the browser while `window.polkuStorageFails` is true (as a full disk does). */
async function switchableStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as Window & { polkuStorageFails?: boolean }).polkuStorageFails) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}


const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/[\s\-‐]+/g, '');

describe('offline and installable (production build, Chromium)', () => {
  it('after the first visit: reload, the first switch to sv and en, opening a Swedish diagram and the first PDF export work with the network off', async () => {
    const { dir, url, server } = await servedCopy();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
    try {
      await withoutFsAccess(context);
      // the first visit only loads the page (in Finnish: nothing of Swedish, English, Open or export is asked for)
      const page = await firstVisit(context, url);
      // the whole build is kept (the service worker's scripts are the worker itself)
      expect(await precached(page)).toEqual(builtFiles(dir));

      // the network off: the browser offline, and the host gone as well
      await context.setOffline(true);
      await stop(server);
      const errors: string[] = [];
      const failed: string[] = [];
      const responses: Response[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      let leaving = false;
      page.on('requestfailed', (r) => {
        if (!(leaving && r.failure()?.errorText === 'net::ERR_ABORTED' && !r.isNavigationRequest())) failed.push(r.url());
      });
      page.on('response', (r) => responses.push(r));

      await page.reload();
      await page.locator('.react-flow__node-step').first().waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('fi');

      await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
      await page.getByRole('button', { name: 'Öppna', exact: true }).waitFor();
      await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
      await page.getByRole('button', { name: 'Open', exact: true }).waitFor();

      await openThroughInput(page, SWEDISH);
      await page.getByRole('status').filter({ hasText: 'osterbotten-organisationsforum-2025.json' }).waitFor();
      await page.locator(`.react-flow__node[data-id="${SWEDISH_STEP}"]`).waitFor();

      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export PDF', exact: true }).click();
      const pdf = join(dir, 'offline.pdf');
      await (await download).saveAs(pdf);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(squash(text)).toContain(squash(SWEDISH_TITLE));
      // the PDF's fonts are Arimo, embedded (fetched from the precache, not the host)
      expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/Arimo/);

      // nothing failed up to here; leaving the page then may cut off a chunk still loading (net::ERR_ABORTED
      // for a lazy part of the page left, e.g. a hint): that is the navigation, not the network
      expect(failed).toEqual([]);
      leaving = true;
      // the app's address with a query is the app too (index.html from the precache)
      await page.goto(`${url}?lang=sv`);
      await page.getByRole('button', { name: 'Öppna', exact: true }).waitFor();

      // all of it came from the service worker: nothing failed, nothing reached a network
      const files = responses.map((r) => new URL(r.url()).pathname.split('/').pop()!);
      for (const part of [/^pdf-.*\.js$/, /^sv-.*\.js$/, /^en-.*\.js$/, /^openFile-.*\.js$/, /^ExportDialog-.*\.js$/, /^Arimo_400Regular-.*\.ttf$/]) {
        expect(files.some((f) => part.test(f)), String(part)).toBe(true);
      }
      // (the Swedish words and the Swedish hyphenation patterns are two chunks, both named sv-…)
      expect(new Set(files.filter((f) => /^sv-.*\.js$/.test(f))).size).toBe(2);
      // (blob: URLs are the page's own: the PNG band worker, the download)
      expect(responses.filter((r) => !r.fromServiceWorker() && !/^(blob|data):/.test(r.url())).map((r) => r.url())).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      if (server.listening) await stop(server);
    }
  });

  it('is installable: a manifest Chromium accepts, its start, scope and file handlers in the folder the site is served from', async () => {
    const { url, server } = await servedCopy();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    try {
      const page = await firstVisit(context, url);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      // (a Playwright context is an incognito profile, where Chromium installs nothing: the app's own part is all else)
      expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
      const { url: manifestUrl, errors, manifest: read } = (await cdp.send('Page.getAppManifest', {})) as unknown as {
        url: string;
        errors: { message: string }[];
        manifest?: { name: string; startUrl: string; scope: string; display: string; icons: { url: string; sizes: string }[] };
      };
      expect(errors.map((e) => e.message)).toEqual([]);
      expect(manifestUrl).toBe(`${url}manifest.webmanifest`);
      expect(read?.name).toBe('Polku – järjestöjen osallisuuspolku');
      expect(read?.display).toBe('kStandalone');
      // the folder the site is served from, whatever it is: the app's start, its scope and the worker's
      expect(read?.startUrl).toBe(url);
      expect(read?.scope).toBe(url);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(url);
      expect(read?.icons.map((i) => i.sizes)).toContain('512x512');
      // (Chromium's DevTools leave out what it read of lang and file_handlers: those from the built file)
      const built = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
        short_name: string;
        lang: string;
        file_handlers: { action: string; accept: Record<string, string[]> }[];
      };
      expect([built.short_name, built.lang]).toEqual(['Polku', 'fi']);
      expect(built.file_handlers).toEqual([
        { action: './', accept: { 'application/json': ['.json'], 'image/png': ['.png'], 'image/svg+xml': ['.svg'] } },
      ]);
    } finally {
      await context.close();
      await stop(server);
    }
  });

  it('offers a new version with a status, and never reloads by itself: Update waits while changes are not stored in the browser and while presenting', async () => {
    const { dir, url, server } = await servedCopy();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    try {
      await switchableStorage(context);
      const page = await firstVisit(context, `${url}?lang=en`);
      await page.evaluate(() => ((window as Window & { sameDocument?: boolean }).sameDocument = true));
      const sameDocument = () => page.evaluate(() => (window as Window & { sameDocument?: boolean }).sameDocument === true);

      // a change the browser cannot store (storage full): the only copy of it is this page
      await page.evaluate(() => ((window as Window & { polkuStorageFails?: boolean }).polkuStorageFails = true));
      await renameStep(page, 'aloitus', 'Muutos ennen päivitystä');
      await page.getByRole('status').filter({ hasText: /full/i }).waitFor({ timeout: 5000 });

      // a new version on the host: index.html changes, and so does its revision in sw.js
      const index = readFileSync(join(dir, 'index.html'), 'utf8');
      const next = index.replace('<head>', '<head>\n    <meta name="polku-version" content="next" />');
      const md5 = (s: string) => createHash('md5').update(s).digest('hex');
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
      expect(sw).toContain(`{url:"index.html",revision:"${md5(index)}"}`);
      writeFileSync(join(dir, 'index.html'), next);
      writeFileSync(join(dir, 'sw.js'), sw.replace(md5(index), md5(next)));
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())!.update();
      });

      const banner = page.getByRole('status').filter({ hasText: 'A new version is available' });
      await banner.waitFor({ timeout: 30_000 });
      const update = banner.getByRole('button', { name: 'Update' });
      expect(await update.isDisabled()).toBe(true);
      await banner.getByText('not stored in the browser').waitFor();
      // the new version waits; the page stays as it is, with the change
      await page.waitForTimeout(1500);
      expect(await sameDocument()).toBe(true);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null)).toBe(true);
      expect(await page.locator('.react-flow__node[data-id="aloitus"]').getAttribute('aria-label')).toMatch(/^Muutos ennen päivitystä/);

      // stored again: Update may be pressed …
      await page.evaluate(() => ((window as Window & { polkuStorageFails?: boolean }).polkuStorageFails = false));
      await renameStep(page, 'aloitus', 'Tallessa selaimessa');
      await page.getByText('Saved in the browser', { exact: true }).waitFor({ timeout: 5000 });
      await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('.polku-update button')?.disabled === false);

      // … but not while presenting (the banner is under present mode: read it from the DOM)
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.getByRole('dialog').first().waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('.polku-update button')?.disabled === true);
      expect(await page.locator('.polku-update').textContent()).toContain('presentation has ended');
      await page.waitForTimeout(1000);
      expect(await sameDocument()).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').first().waitFor({ state: 'detached' });

      // pressed: the new version takes over, and the page reloads into it, the change kept
      await update.waitFor();
      expect(await update.isEnabled()).toBe(true);
      const reloaded = page.waitForEvent('load');
      await update.click();
      await reloaded;
      await page.locator('.react-flow__node-step').first().waitFor();
      expect(await sameDocument()).toBe(false);
      expect(await page.locator('meta[name="polku-version"]').getAttribute('content')).toBe('next');
      expect(await page.locator('.react-flow__node[data-id="aloitus"]').getAttribute('aria-label')).toMatch(/^Tallessa selaimessa/);
      expect(await page.getByText('A new version is available').count()).toBe(0);
    } finally {
      await context.close();
      await stop(server);
    }
  });

  it('a file the operating system opens with the app (launchQueue) opens through Open, asking first over unsaved work', async () => {
    const { url, server } = await servedCopy();
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
    try {
      // the File Handling API as Chromium gives it to an installed app: launchQueue.setConsumer, FileSystemFileHandles
      // (Chromium has a launchQueue of its own, which only an installed app's launch feeds: replaced here)
      await context.addInitScript(() => {
        const w = window as Window & { launched?: (params: unknown) => void };
        Object.defineProperty(window, 'launchQueue', {
          configurable: true,
          value: { setConsumer: (consumer: (params: unknown) => void) => (w.launched = consumer) },
        });
      });
      const page = await context.newPage();
      await page.goto(`${url}?lang=en`);
      await page.locator('.react-flow__node-step').first().waitFor();
      await renameStep(page, 'aloitus', 'Tallentamaton muutos');
      // (the consumer is set once the diagram is drawn: App.tsx AfterDrawn)
      await page.waitForFunction(() => 'launched' in window);
      const launch = () =>
        page.evaluate((text) => {
          const file = new File([text], 'osterbotten-organisationsforum-2025.json', { type: 'application/json' });
          const handle = { kind: 'file', name: file.name, getFile: () => Promise.resolve(file) };
          (window as Window & { launched?: (params: unknown) => void }).launched!({ files: [handle] });
        }, readFileSync(SWEDISH, 'utf8'));

      // unsaved work: asked first; "Cancel" keeps it
      await launch();
      const question = page.getByRole('alertdialog', { name: 'Open another diagram?' });
      await question.getByRole('button', { name: 'Cancel' }).click();
      expect(await page.locator('.react-flow__node[data-id="aloitus"]').getAttribute('aria-label')).toMatch(/^Tallentamaton muutos/);

      await launch();
      await question.getByRole('button', { name: 'Open anyway' }).click();
      await page.getByRole('status').filter({ hasText: 'osterbotten-organisationsforum-2025.json' }).waitFor();
      await page.locator(`.react-flow__node[data-id="${SWEDISH_STEP}"]`).waitFor();
      expect(await page.locator('.react-flow__node[data-id="aloitus"]').count()).toBe(0);
    } finally {
      await context.close();
      await stop(server);
    }
  });
});
