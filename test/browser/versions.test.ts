/**
 * Issue 13, Deliver 3, "Versiot / Versions" in the production build: an edit keeps a version of the diagram
 * as it was; the version is previewed, restored (one undo step: Undo brings the edit back), saved as a file;
 * axe finds nothing in the dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_TITLE, launch, openPage, renameStep, stepLabel, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());



async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'My diagrams' }).click();
  const list = page.getByRole('dialog', { name: 'My diagrams' });
  await list.getByRole('button', { name: `Versions: ${DEFAULT_TITLE}` }).click();
  const dialog = page.getByRole('dialog', { name: `Versions: ${DEFAULT_TITLE}` });
  await dialog.getByRole('list', { name: 'Versions, newest first' }).waitFor();
  return dialog;
}

describe('Versions (production build, Chromium)', () => {
  it('keeps a version when editing; previews, saves and restores it, and Undo takes the restore back', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const original = await stepLabel(page, 'aloitus');
    await renameStep(page, 'aloitus', 'Muokattu versioita varten', { close: true });
    await expect.poll(() => stepLabel(page, 'aloitus')).toMatch(/^Muokattu versioita varten/);
    await page.waitForTimeout(1000); // stored (within a second), and the version of what it was before

    let dialog = await openVersions(page);
    const items = dialog.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem');
    expect(await items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('Kept while editing');
    expect(await items.first().innerText()).toContain('The oldest version kept');
    await dialog.getByText(/The versions take \d+ kB of 20 MB/).waitFor();

    await dialog.getByRole('button', { name: /^Preview the version of / }).click();
    const preview = dialog.getByRole('img', { name: /^The diagram as it was on / });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Save the version of .* as a file$/ }).click();
    expect((await download).suggestedFilename()).toMatch(/^Järjestöjen osallisuuspolku .* \d{4}-\d\d-\d\d \d\d\.\d\d\.json$/);
    const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { steps: { id: string; title: string }[] };
    expect(saved.steps.find((s) => s.id === 'aloitus')!.title).not.toBe('Muokattu versioita varten');

    const axe = await new AxeBuilder({ page }).include('.polku-versions').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/versions-en-1600x900.png' });

    await dialog.getByRole('button', { name: /^Restore the version of / }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => stepLabel(page, 'aloitus')).toBe(original);
    await page.getByText(/^The version of .* is restored\./).waitFor();

    // one undo step: the edit from before the restore comes back
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stepLabel(page, 'aloitus')).toMatch(/^Muokattu versioita varten/);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => stepLabel(page, 'aloitus')).toBe(original);

    // what was shown before the restore is a version too
    await page.waitForTimeout(1000);
    dialog = await openVersions(page);
    expect(await items.count()).toBe(2);
    expect(await items.first().innerText()).toContain('Before a version was restored');
    expect(await items.first().innerText()).toContain('No changes to the steps');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('speaks Finnish: "Versiot" in the row of the diagram shown, the reason and the space used', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=fi`);
    await page.locator('.react-flow__node[data-id="aloitus"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node[data-id="aloitus"]').count()).toBe(0);
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: 'Omat kaaviot' }).click();
    await page.getByRole('dialog', { name: 'Omat kaaviot' }).getByRole('button', { name: `Versiot: ${DEFAULT_TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: `Versiot: ${DEFAULT_TITLE}` });
    const item = dialog.getByRole('list', { name: 'Versiot, uusin ensin' }).getByRole('listitem');
    await item.first().waitFor();
    expect(await item.first().innerText()).toContain('Tallennettu muokatessa');
    await dialog.getByText(/^Versiot vievät \d+ kt \/ 20 Mt tämän selaimen tilasta\.$/).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/versions-fi-1600x900.png' });
    await dialog.getByRole('button', { name: /^Palauta versio / }).click();
    await page.locator('.react-flow__node[data-id="aloitus"]').waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.react-flow__node[data-id="aloitus"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
