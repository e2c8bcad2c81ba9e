/** Dates typed as people write them, in the production build: saved as the format's YYYY-MM / YYYY-MM-DD, shown back in the person's form. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedJson, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = { steps: { id: string; start: string; end?: string }[]; phases: { id: string; start: string; end?: string }[] };
const step = async (page: Page, id: string) => (await savedJson<Doc>(page)).steps.find((s) => s.id === id)!;

describe('date fields (production build, Chromium)', () => {
  it('English: "1/2025" and "10.3.2025" in a step’s Starts/Ends are saved as 2025-01 and 2025-03-10, shown as 1/2025 and 10 Mar 2025, and Shift+→ announces the end so', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1366, height: 768 }, withoutFsAccess);
    await page.locator('.react-flow__node[data-id="aloitus"]').click();
    const panel = page.getByRole('complementary', { name: 'Step' });
    const start = panel.getByRole('textbox', { name: 'Starts' });
    const end = panel.getByRole('textbox', { name: 'Ends' });
    expect(await start.inputValue()).toBe('7/2021');
    await start.fill('1/2025');
    await start.press('Tab'); // left: read and shown back
    await end.fill('10.3.2025');
    await end.press('Enter');
    expect(await start.inputValue()).toBe('1/2025');
    expect(await end.inputValue()).toBe('10 Mar 2025');
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await step(page, 'aloitus')).toMatchObject({ start: '2025-01', end: '2025-03-10' });
    // Shift+→ on the step moves its end a month; what is announced is written as the field writes it
    await page.locator('.react-flow__node[data-id="aloitus"]').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => end.inputValue()).toBe('10 Apr 2025');
    expect((await page.getByRole('status').filter({ hasText: 'The step ends' }).innerText()).trim()).toBe('The step ends 10 Apr 2025.');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Finnish: Alkaa/Päättyy read 1/2025 and 10.3.2025; 31.2.2025 is refused at the field with the Finnish forms, and nothing is saved', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=fi`, { width: 1366, height: 768 }, withoutFsAccess);
    await page.locator('.react-flow__node[data-id="aloitus"]').click();
    const panel = page.getByRole('complementary', { name: 'Askel' });
    const start = panel.getByRole('textbox', { name: 'Alkaa' });
    const end = panel.getByRole('textbox', { name: 'Päättyy' });
    await start.fill('1/2025');
    await start.press('Enter');
    await end.fill('10.3.2025');
    await end.press('Tab');
    expect(await end.inputValue()).toBe('10.3.2025');
    expect(await step(page, 'aloitus')).toMatchObject({ start: '2025-01', end: '2025-03-10' });

    await end.fill('31.2.2025');
    await end.press('Enter');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.getByRole('alert').innerText()).toBe(
      'Päivämäärä ”31.2.2025” ei kelpaa: sitä päivää ei ole kalenterissa. Kirjoita esimerkiksi 3/2025, maaliskuu 2025 tai 10.3.2025.',
    );
    expect(await end.inputValue()).toBe('31.2.2025');
    expect(await step(page, 'aloitus')).toMatchObject({ start: '2025-01', end: '2025-03-10' });
    const axe = await new AxeBuilder({ page }).include('.polku-inspector-body').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Swedish: a phase’s end typed as "juni 2022" in the diagram panel is saved as 2022-06 and shown as 6/2022', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=sv`, { width: 1366, height: 768 }, withoutFsAccess);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Diagram' });
    const phase = panel.getByRole('group', { name: 'Fas 1' });
    const end = phase.getByRole('textbox', { name: 'Slutar' });
    await end.fill('juni 2022');
    await end.press('Enter');
    expect(await end.inputValue()).toBe('6/2022');
    const doc = await savedJson<Doc>(page);
    expect(doc.phases[0]!.end).toBe('2022-06');
    await context.close();
  });
});
