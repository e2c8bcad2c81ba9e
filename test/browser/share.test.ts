/**
 * Share links in the production build: the dialog (the link, its length, the
 * notes tick-box, Copy, axe), a link opened in a second page of the same
 * browser (a new entry of My diagrams: the work open before stays stored),
 * and hostile links (a message within a second, nothing changed, the page
 * responsive).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { deflateRaw } from 'pako';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeBase64url } from '../../src/io/base64url';
import { readDiagramText } from '../../src/io/readDiagram';
import { encodeShareLink } from '../../src/io/shareLink';
import { launch, openPage, openThroughInput, renameStep, stepLabel, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const fixture = (file: string) => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');

/** The share link of a fixture on the test server, made by the app's own encoder. */
function linkOf(file: string, lang = 'en'): string {
  const read = readDiagramText(fixture(file));
  if (!read.ok) throw new Error(file);
  const link = encodeShareLink(read.diagram, { notes: false, base: `${base}?lang=${lang}` });
  if (!link.ok) throw new Error('too long');
  return link.url;
}
const linkWithText = (text: string) => `${base}?lang=en#polku=${encodeBase64url(deflateRaw(new TextEncoder().encode(text)))}`;



/** Opens a page at a share link and waits for the app to have drawn a diagram. */
async function openAt(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.react-flow__node-step').first().waitFor();
}

describe('the share-link dialog', () => {
  it('shows the link, its length and where the diagram travels; Copy puts the link on the clipboard; notes only when ticked', async () => {
    const { page, context, outsideRequests } = await openPage(browser, `${base}?lang=en`, undefined, async (c) => {
      await withoutFsAccess(c);
      await c.grantPermissions(['clipboard-read', 'clipboard-write']);
    });
    await openThroughInput(page, new URL('../../fixtures/valid/workshop.json', import.meta.url).pathname);
    await page.getByRole('status').filter({ hasText: 'workshop.json' }).waitFor();
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    await dialog.waitFor();
    await dialog.getByText('The diagram travels inside the link: it is not sent to any server.').waitFor();
    const field = dialog.getByRole('textbox', { name: 'Link' });
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#polku=[A-Za-z0-9_-]+$`));
    await dialog.getByText(`Length of the link: ${link.length.toLocaleString('en')} characters (at most 8,000).`).waitFor();

    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // the workshop notes travel only when ticked: the link grows, and it carries them
    await dialog.getByRole('checkbox', { name: 'Include workshop notes' }).check();
    const withNotes = await field.inputValue();
    expect(withNotes.length).toBeGreaterThan(link.length);
    const notesOf = async (url: string) => {
      const { decodeShareFragment } = await import('../../src/io/shareLink');
      const read = await decodeShareFragment(url.slice(url.indexOf('#')));
      return read.ok ? JSON.stringify(read.diagram).match(/"(comments|votes|notes)"/g)?.length ?? 0 : -1;
    };
    expect(await notesOf(link)).toBe(0);
    expect(await notesOf(withNotes)).toBeGreaterThan(0);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('refuses a diagram too large for a link, with advice to share the file', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    // the 12-year Satakunta path is about 2 KB packed: random text makes a diagram too large for any link
    const doc = JSON.parse(fixture('valid/minimal.json')) as Record<string, unknown>;
    const steps = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, lane: (doc['lanes'] as { id: string }[])[0]!.id, title: `${i} ${Math.random().toString(36)} ${Math.random().toString(36)}`, start: '2024-01' }));
    const path = '/tmp/share-too-long.json';
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, JSON.stringify({ ...doc, steps }));
    await openThroughInput(page, path);
    await page.getByRole('status').filter({ hasText: 'share-too-long.json' }).waitFor();
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    await dialog.getByRole('alert').filter({ hasText: /Polku makes links of at most 8,000 characters.*Share the diagram as a file/ }).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Link' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violation found by axe-core, in Finnish, Swedish and English', async () => {
    const button = { fi: 'Jaa linkki', sv: 'Dela länk', en: 'Share link' } as const;
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { page, context } = await openPage(browser, `${base}?lang=${lang}`, { width: 1366, height: 768 });
      await page.getByRole('button', { name: button[lang], exact: true }).click();
      const dialog = page.getByRole('dialog', { name: button[lang] });
      await dialog.waitFor();
      // focus is inside the dialog, on its first control
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
      const result = await new AxeBuilder({ page }).include('.polku-share').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(5);
      await page.screenshot({ path: `test-results/screenshots/share-${lang}-1366x768.png` });
      await context.close();
    }
  });
});

describe('opening a share link', () => {
  it('opens at once in a browser with no work of its own, and leaves the address bar', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    await openAt(page, linkOf('paths/pohjois-savo-jarjestoviikot-2025.json'));
    await page.locator('.react-flow__node[data-id="avajaiset"]').waitFor();
    expect(page.url()).not.toContain('#');
    await page.getByRole('status').filter({ hasText: 'Opened from a shared link as a new diagram: Pohjois-Savon järjestöviikot' }).waitFor();
    await context.close();
  });

  it('opens when pasted into the address bar of an open page (only the fragment changes)', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`);
    await page.goto(linkOf('paths/pohjois-savo-jarjestoviikot-2025.json'));
    await page.locator('.react-flow__node[data-id="avajaiset"]').waitFor();
    expect(page.url()).not.toContain('#');
    await context.close();
  });

  it('in a second page of the same browser: opens as a new entry of My diagrams; the work open before stays there and in its page', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const first = await context.newPage();
    await openAt(first, `${base}?lang=en`);
    await renameStep(first, 'aloitus', 'Oma muokkaus', { close: true });
    await first.getByText('not saved to a file').waitFor();
    await first.waitForTimeout(1100); // stored in the browser within a second
    const before = (await first.locator('.react-flow__node[data-id="aloitus"]').count()) > 0;
    expect(before).toBe(true);

    const link = linkOf('paths/pohjois-savo-jarjestoviikot-2025.json');
    const second = await context.newPage();
    await openAt(second, link);
    // no question: nothing is replaced
    await second.locator('.react-flow__node[data-id="avajaiset"]').waitFor();
    await second.getByRole('status').filter({ hasText: 'as a new diagram' }).waitFor();
    expect(await second.getByRole('alertdialog').count()).toBe(0);
    expect(second.url()).not.toContain('#');
    // the work open before is an entry of My diagrams, and opens from there as it was
    await second.getByRole('button', { name: 'My diagrams' }).click();
    const dialog = second.getByRole('dialog', { name: 'My diagrams' });
    const list = dialog.getByRole('list', { name: 'Diagrams' });
    await list.waitFor();
    const entries = await list.getByRole('heading').allInnerTexts();
    expect(entries).toHaveLength(2);
    const own = entries.find((t) => !/Pohjois-Savo|järjestöviik/i.test(t))!;
    await dialog.getByRole('button', { name: `Open: ${own}` }).click();
    await expect.poll(() => stepLabel(second, 'aloitus')).toMatch(/^Oma muokkaus/);
    // and the first page keeps its own work
    expect(await stepLabel(first, 'aloitus')).toMatch(/^Oma muokkaus/);
    await context.close();
  });

  it('a hostile link shows its message within a second, changes nothing, and the page stays responsive', async () => {
    const bomb = `${base}?lang=en#polku=${encodeBase64url(deflateRaw(new Uint8Array(40_000_000).fill(0x20), { level: 9 }))}`;
    const proto = fixture('invalid/proto-key.json');
    const future = fixture('valid/minimal.json').replace('"version": 1', '"version": 2');
    const cases: [string, string, RegExp][] = [
      ['bad base64', `${base}?lang=en#polku=not*base64!`, /damaged or cut short/],
      ['a decompression bomb', bomb, /unpacks to more than 20 MB/],
      ['prototype keys', linkWithText(proto), /The name "__proto__" is not allowed/],
      ['an unknown future version', linkWithText(future), /format version 2, which this Polku cannot open/],
      ['a valid link to an invalid diagram', linkWithText(fixture('invalid/unknown-lane.json')), /No lane "valmistelu"/],
    ];
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    // the moment a refusal opens, noted by the page itself
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (performance.getEntriesByName('test:drawn').length === 0 && document.querySelector('.react-flow__node-step')) performance.mark('test:drawn');
        if (document.querySelector('dialog[role="alertdialog"][open]')) {
          performance.mark('test:refused');
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
    });
    for (const [name, url, message] of cases) {
      const page = await context.newPage();
      await openAt(page, url);
      const dialog = page.getByRole('alertdialog', { name: 'The link could not be opened' });
      await dialog.waitFor({ timeout: 5000 });
      await dialog.getByText(message).waitFor();
      // a problem of the whole link names no place: no stray "place:" before it
      if (name === 'bad base64') expect(await dialog.locator('.polku-problem-where').count()).toBe(0);
      // from the moment the page shows a diagram to the message on screen (and, printed, from the model being ready)
      const [ms, fromModel] = await page.evaluate(() => {
        const at = (mark: string) => performance.getEntriesByName(mark)[0]!.startTime;
        return [at('test:refused') - at('test:drawn'), at('test:refused') - at('polku:model-ready')];
      });
      console.log(`${name}: message ${ms.toFixed(0)} ms after the diagram was drawn (${fromModel!.toFixed(0)} ms after the model was ready)`);
      expect(ms, name).toBeLessThan(1000);
      expect(page.url(), name).not.toContain('#');
      await dialog.getByRole('button', { name: 'Close' }).click();
      // the default diagram is open as it was, and the page answers at once
      expect(await stepLabel(page, 'aloitus')).toMatch(/^Toiminnan aloitus/);
      const answer = await page.evaluate(() => new Promise<number>((r) => { const t = performance.now(); requestAnimationFrame(() => r(performance.now() - t)); }));
      expect(answer, name).toBeLessThan(200);
      await page.close();
    }
    await context.close();
  });
});
