/**
 * Help where it is looked for, and a real blank start (issue 10, Deliver 5 and 3),
 * in the production build at the 1366×768: "?", F1 and the Help button open
 * the help dialog (axe-clean, Escape gives the focus back); "New" through the start
 * dialog with the first month typed as "3/2025" and two phases saves no date before
 * it; an empty level says how to add a step and lets the double-click through; the
 * example is marked as one on first start and "Start your own" opens the start dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedJson, savedText, withoutFsAccess } from './browser';


const base = inject('baseUrl');
const LAPTOP = { width: 1366, height: 768 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = {
  title: string;
  axis?: { start?: string; end?: string };
  lanes: { id: string; title: string }[];
  phases: { title: string; start: string; end?: string }[];
  depth?: { levels: { at: string; title: string }[] };
  steps: { lane: string; start: string; title: string }[];
};

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') || el?.innerText || '';
  });

/** Every date anywhere in the saved file. */
const datesIn = (text: string) => [...text.matchAll(/"(\d{4}-\d{2}(?:-\d{2})?)"/g)].map((m) => m[1]!);

describe('help (production build, Chromium, 1366×768)', () => {
  it('"?" opens the help dialog, which axe finds nothing on; Escape closes it and gives the focus back', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP);
    await page.getByRole('button', { name: 'Fit to view' }).focus();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Help: keys and gestures' });
    await help.waitFor();
    // every group, and the keys as keys
    for (const group of ['Editing', 'Arrows', 'Moving and selecting', 'View', 'Presenting']) {
      await expect.poll(() => help.getByRole('heading', { name: group }).count()).toBe(1);
    }
    expect(await help.locator('kbd', { hasText: 'PageDown' }).count()).toBe(0);
    expect(await help.locator('kbd', { hasText: 'Page Down' }).count()).toBe(1);
    expect(await help.innerText()).toContain('Double-click an empty spot of a level');
    // all of it within the laptop's screen
    const box = (await help.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
    const axe = await new AxeBuilder({ page }).include('.polku-help').withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Fit to view');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the Help button and F1 open it too; "?" typed in a field is only text', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=fi`, LAPTOP);
    // the toolbar still fits and the button is there, in Finnish
    await page.getByRole('button', { name: 'Ohje', exact: true }).click();
    const help = page.getByRole('dialog', { name: 'Ohje: näppäimet ja eleet' });
    await help.waitFor();
    expect(await help.getByRole('heading', { name: 'Muokkaus' }).count()).toBe(1);
    await help.getByRole('button', { name: 'Sulje' }).click();
    await expect.poll(() => help.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Ohje');

    await page.keyboard.press('F1');
    await help.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    // in the find dialog's text field "?" is a character, not a command
    await page.keyboard.press('/');
    const query = page.getByRole('searchbox', { name: 'Askeleen nimi' });
    await query.waitFor();
    await page.keyboard.type('mitä?');
    expect(await query.inputValue()).toBe('mitä?');
    expect(await help.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('with the Help button the toolbar still fits in one row at 1600 px, in every language', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const { page, context } = await openPage(browser, `${base}?lang=${lang}`, { width: 1600, height: 900 });
      const rows = await page.evaluate(() => {
        const bar = document.querySelector('.polku-toolbar')!;
        const tops = [...bar.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.top + r.height / 2);
        return { spread: Math.max(...tops) - Math.min(...tops), height: bar.getBoundingClientRect().height };
      });
      expect(rows.height, lang).toBeLessThan(70);
      expect(rows.spread, lang).toBeLessThan(20);
      await context.close();
    }
    // at 1366 px it takes two rows, every command on screen
    const { page, context } = await openPage(browser, `${base}?lang=fi`, LAPTOP);
    const bar = (await page.locator('.polku-toolbar').boundingBox())!;
    expect(bar.height).toBeLessThan(110);
    for (const button of await page.locator('.polku-toolbar button').all()) {
      const b = (await button.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(LAPTOP.width);
    }
    await context.close();
  });
});

describe('the save status', () => {
  it('is read whole beside the commands at 1600 px after an edit, in every language (wrapped, never cut with …)', async () => {
    for (const lang of ['fi', 'sv', 'en']) {
      const { page, context } = await openPage(browser, `${base}?lang=${lang}`, { width: 1600, height: 900 });
      const first = page.locator('.react-flow__node-step').first();
      await first.focus();
      await page.keyboard.press('ArrowRight'); // an edit: stored in the browser, not saved to a file
      await page.keyboard.press('Escape');
      const status = page.locator('.polku-save-status');
      await expect.poll(() => status.textContent()).toMatch(/·/);
      const cut = await status.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      expect(cut, lang).toBe(false);
      expect((await page.locator('.polku-toolbar').boundingBox())!.height, lang).toBeLessThan(70);
      await context.close();
    }
  });
});

describe('a real blank start', () => {
  it('"New" with the first month typed as 3/2025 and two phases: the saved file has no date before it, and has the phases and a band that follows them', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Start your own path' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Diagram title' }).fill('Youth path 2025');
    const first = dialog.getByRole('textbox', { name: 'First month' });
    await first.fill('3/2025');
    await first.press('Tab');
    expect(await first.inputValue()).toBe('3/2025');
    for (const [n, name, start] of [
      [1, 'Preparation', '3/2025'],
      [2, 'Trials', '10.9.2025'],
    ] as const) {
      await dialog.getByRole('button', { name: 'Add phase' }).click();
      const row = dialog.getByRole('group', { name: `Phase ${n}` });
      const title = row.getByRole('textbox', { name: 'Name' });
      await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(name);
      const starts = row.getByRole('textbox', { name: 'Starts' });
      await starts.fill(start);
      await starts.press('Tab');
    }
    // the levels: the seed's, the last one removed
    await dialog.getByRole('button', { name: 'Remove level 4' }).click();
    const axe = await new AxeBuilder({ page }).include('.polku-start').withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create diagram' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(0);

    const text = await savedText(page);
    const doc = JSON.parse(text) as Doc;
    expect(doc.title).toBe('Youth path 2025');
    expect(doc.lanes.map((l) => l.title)).toEqual(['Participant level', 'Implementation level', 'Preparation level']);
    expect(doc.phases).toEqual([
      expect.objectContaining({ title: 'Preparation', start: '2025-03', end: '2025-09-09' }),
      expect.objectContaining({ title: 'Trials', start: '2025-09-10' }),
    ]);
    expect(doc.phases[1]).not.toHaveProperty('end');
    expect(doc.depth?.levels.map((l) => l.at)).toEqual(['2025-03', '2025-09-10']);
    expect(doc.axis?.start).toBe('2025-03');
    const dates = datesIn(text);
    expect(dates.length).toBeGreaterThan(4);
    expect(dates.filter((d) => d < '2025-03')).toEqual([]);
    // on screen too: the axis starts at the first month (no year before 2025)
    const years = await page.locator('.polku-backdrop .polku-axis text').allTextContents();
    expect(years.filter((y) => /^\d{4}$/.test(y))).toEqual(['2025', '2026']);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('an empty level shows the hint on screen only, and a double-click on it adds a step there', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=fi`, LAPTOP, withoutFsAccess);
    await page.getByRole('button', { name: 'Uusi', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Aloita oma polku' });
    await dialog.getByRole('button', { name: 'Luo kaavio' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const hints = page.getByText('Kaksoisnapsauta tasoa lisätäksesi askeleen');
    await expect.poll(() => hints.count()).toBe(4);
    for (const hint of await hints.all()) expect(await hint.isVisible()).toBe(true);

    // the second level's hint: a double-click right on its text lands on the lane
    const second = hints.nth(1);
    const box = (await second.boundingBox())!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole('complementary', { name: 'Askel' }).waitFor();
    await page.keyboard.press('Escape');
    const doc = await savedJson<Doc>(page);
    expect(doc.steps).toHaveLength(1);
    expect(doc.steps[0]!.lane).toBe(doc.lanes[1]!.id);
    // that level has a step now: its hint goes, the others stay
    await expect.poll(() => hints.count()).toBe(3);
    // a selection box dragged from the first level's hint (Shift+drag) takes the step below it
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.click(pane.x + 8, pane.y + 8); // the empty canvas: nothing selected
    await expect.poll(() => page.locator('.react-flow__node-step.selected').count()).toBe(0);
    const step = (await page.locator('.react-flow__node-step').first().boundingBox())!;
    const top = (await hints.first().boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(step.x - 20, top.y + top.height / 2);
    await page.mouse.down();
    await page.mouse.move(step.x + step.width + 20, step.y + step.height + 10, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => page.locator('.react-flow__node-step.selected').count()).toBe(1);
    // screen only: not in the diagram nor in what export draws
    expect(JSON.stringify(doc)).not.toContain('Kaksoisnapsauta');
    expect(await page.locator('.polku-backdrop').innerHTML()).not.toContain('Kaksoisnapsauta');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the example on first start', () => {
  it('is marked as an example; "Start your own" opens the start dialog; the first edit takes the mark away', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const mark = page.getByRole('region', { name: 'Example diagram' });
    await mark.waitFor();
    expect(await mark.innerText()).toContain('This is an example');
    // it covers no step
    const m = (await mark.boundingBox())!;
    for (const step of await page.locator('.react-flow__node-step').all()) {
      const s = (await step.boundingBox())!;
      const apart = s.x > m.x + m.width || s.x + s.width < m.x || s.y > m.y + m.height || s.y + s.height < m.y;
      expect(apart).toBe(true);
    }
    const axe = await new AxeBuilder({ page }).include('.polku-example').withTags(WCAG).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await mark.getByRole('button', { name: 'Start your own' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start your own path' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Start your own');

    // a reload before any change: still the untouched example
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    await mark.waitFor();

    // the first edit: the mark goes, also after a reload
    await page.locator('.react-flow__node-step').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => mark.count()).toBe(0);
    // kept by the browser before the reload
    await expect.poll(() => page.getByText('Saved in the browser').count(), { timeout: 5000 }).toBe(1);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    await page.waitForTimeout(300);
    expect(await mark.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
