/**
 * "New from template" (Uusi mallista): the gallery opens each template by keyboard and by mouse,
 * saving it gives the template's file back byte for byte under `<id>.json`, over unsaved work it
 * asks first, axe finds nothing on it, and the templates load only when the gallery is opened.
 * Writes a screenshot of each template at 1600×900 under test-results/screenshots/templates/.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Entry = { id: string; file: string; title: Record<'fi' | 'sv' | 'en', string>; description: Record<'fi' | 'sv' | 'en', string> };
const index = JSON.parse(readFileSync('fixtures/templates/index.json', 'utf8')) as Entry[];
const fileOf = (e: Entry) => join('fixtures/templates', e.file);
const SHOTS = 'test-results/screenshots/templates';

/** What the canvas shows, as text: enough to tell whether the open diagram changed. */
const snapshot = (page: Page) =>
  page.evaluate(() =>
    [
      document.querySelector('.polku-backdrop')?.textContent ?? '',
      ...Array.from(document.querySelectorAll('.react-flow__node-step')).map((n) => n.getAttribute('aria-label')),
    ].join('|'),
  );

const gallery = (page: Page) => page.getByRole('dialog', { name: 'New from template' });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const by = el?.getAttribute('aria-labelledby');
    return by ? (document.getElementById(by)?.textContent ?? '') : (el?.textContent ?? '');
  });

/** The template is the open diagram: every step of it is drawn, and the toolbar says so. */
async function expectOpened(page: Page, entry: Entry) {
  await gallery(page).waitFor({ state: 'hidden' });
  await page.getByRole('status').filter({ hasText: `Opened template: ${entry.title.en}` }).waitFor();
  const diagram = JSON.parse(readFileSync(fileOf(entry), 'utf8')) as { steps: { id: string }[] };
  const drawn = await page.locator('.react-flow__node-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']));
  expect(drawn.sort()).toEqual(diagram.steps.map((s) => s.id).sort());
}

/** Ctrl+S (the download fallback): the file is the template's own, bytes and name. */
async function expectSavedAsTemplate(page: Page, entry: Entry) {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const d = await download;
  expect(d.suggestedFilename()).toBe(`${entry.id}.json`);
  expect(readFileSync((await d.path())!)).toEqual(readFileSync(fileOf(entry)));
}

describe('New from template (production build, Chromium)', () => {
  it('opens each template by keyboard (Tab, arrows, Enter), and saving it gives its file back byte for byte', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    mkdirSync(SHOTS, { recursive: true });
    // how the keyboard reaches card i from the first card (3 cards a row at 1600×900)
    const reach: Record<number, string[]> = { 0: [], 1: ['ArrowRight'], 2: ['Tab', 'Tab'], 3: ['ArrowDown'], 4: ['End'] };
    for (const [i, entry] of index.entries()) {
      const button = page.getByRole('button', { name: 'Templates', exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await gallery(page).waitFor();
      expect(await focusedName(page)).toBe(index[0]!.title.en);
      for (const key of reach[i]!) await page.keyboard.press(key);
      expect(await focusedName(page), `card ${i}`).toBe(entry.title.en);
      await page.keyboard.press('Enter');
      await expectOpened(page, entry);
      // back where it was opened from
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Templates');
      await settledView(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: join(SHOTS, `${entry.id}-1600x900.png`) });
      await expectSavedAsTemplate(page, entry);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens each template by mouse, and saving it gives its file back byte for byte', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    // the last first, so that each one replaces another template
    for (const entry of [...index].reverse()) {
      await page.getByRole('button', { name: 'Templates', exact: true }).click();
      await gallery(page).getByRole('button', { name: entry.title.en, exact: true }).click();
      await expectOpened(page, entry);
      await expectSavedAsTemplate(page, entry);
    }
    await context.close();
  });

  it('asks first over unsaved work: Cancel leaves the diagram as it was; Open anyway opens the template', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await page.locator('.react-flow__node[data-id="aloitus"]').click();
    const field = page.getByRole('complementary', { name: 'Step' }).getByRole('textbox', { name: 'Title' });
    await field.fill('Tallentamaton muutos');
    await field.press('Enter');
    await page.getByText('not saved to a file').waitFor();
    const before = await snapshot(page);
    expect(before).toContain('Tallentamaton muutos');

    const entry = index[2]!;
    const choose = async () => {
      await page.getByRole('button', { name: 'Templates', exact: true }).click();
      await gallery(page).getByRole('button', { name: entry.title.en, exact: true }).click();
      return page.getByRole('alertdialog', { name: 'Open another diagram?' });
    };
    const question = await choose();
    await question.waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'hidden' });
    // the gallery is still there, on the card that was chosen; Escape closes it
    expect(await gallery(page).isVisible()).toBe(true);
    expect(await focusedName(page)).toBe(entry.title.en);
    await page.keyboard.press('Escape');
    await gallery(page).waitFor({ state: 'hidden' });
    expect(await snapshot(page)).toBe(before);
    expect(await page.getByText('not saved to a file').isVisible()).toBe(true);

    await choose();
    await question.getByRole('button', { name: 'Open anyway' }).click();
    await expectOpened(page, entry);
    expect(await snapshot(page)).not.toContain('Tallentamaton muutos');
    // a fresh history: nothing to undo into the old diagram
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('loads the gallery and the templates only when the gallery is opened, and shows a preview of each drawn by the export SVG', async () => {
    const requests: string[] = [];
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, async (c) => {
      c.on('request', (r) => requests.push(r.url()));
    });
    const own = index.filter((e) => !e.file.startsWith('../'));
    const loaded = () => own.filter((e) => requests.some((u) => u.includes(`/${e.id}-`)));
    expect(requests.filter((u) => u.includes('TemplateGallery'))).toEqual([]);
    expect(loaded()).toEqual([]);

    await page.getByRole('button', { name: 'Templates', exact: true }).click();
    await gallery(page).waitFor();
    const images = gallery(page).locator('img');
    await expect.poll(() => images.count(), { timeout: 10_000 }).toBe(index.length);
    expect(loaded().map((e) => e.id)).toEqual(own.map((e) => e.id));
    // the gallery's own code came with it, not with the app
    expect(requests.filter((u) => /\/TemplateGallery-[^/]*\.js$/.test(u))).toHaveLength(1);

    const previews = await images.evaluateAll((els) =>
      Promise.all(
        (els as HTMLImageElement[]).map(async (img) => {
          await img.decode();
          const svg = await (await fetch(img.src)).text();
          return { src: img.src.slice(0, 5), width: img.naturalWidth, title: /<title id="polku-title">([^<]*)<\/title>/.exec(svg)?.[1] ?? '' };
        }),
      ),
    );
    const titles = index.map((e) => (JSON.parse(readFileSync(fileOf(e), 'utf8')) as { title: string }).title.replace(/\u00ad/g, ''));
    expect(previews.map((p) => p.title)).toEqual(titles);
    for (const p of previews) {
      expect(p.src).toBe('blob:');
      expect(p.width).toBeGreaterThan(300);
    }
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violation found by axe-core in the gallery, in Finnish, Swedish and English', async () => {
    const heading = { fi: 'Uusi mallista', sv: 'Ny från mall', en: 'New from template' } as const;
    const button = { fi: 'Mallit', sv: 'Mallar', en: 'Templates' } as const;
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { page, context } = await openPage(browser, `${base}?lang=${lang}`, { width: 1366, height: 768 });
      await page.getByRole('button', { name: button[lang], exact: true }).click();
      const dialog = page.getByRole('dialog', { name: heading[lang] });
      await dialog.waitFor();
      await expect.poll(() => dialog.locator('img').count(), { timeout: 10_000 }).toBe(index.length);
      for (const e of index) await dialog.getByRole('button', { name: e.title[lang], exact: true }).waitFor();
      const result = await new AxeBuilder({ page }).include('.polku-gallery').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = result.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(5);
      await page.screenshot({ path: `test-results/screenshots/gallery-${lang}-1366x768.png` });
      await context.close();
    }
  });
});
