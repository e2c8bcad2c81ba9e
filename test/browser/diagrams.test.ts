/**
 * Issue 13, Deliver 2, "Omat kaaviot / My diagrams" in the production build: two diagrams in one browser,
 * switching between them (nothing lost), rename, delete to the bin and restore; the first start after the
 * upgrade shows the old single autosave as the first entry, untouched; storage that cannot be made
 * persistent is told; axe finds nothing in the dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_TITLE, launch, openPage, openThroughInput, renameStep, stepLabel, storedValue, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const OTHER_FILE = 'fixtures/paths/pirkanmaa-vuosikello-2026.json';
const OTHER_TITLE = 'Järjestöyhteistyön vuosikello 2026';


async function openList(page: Page) {
  await page.getByRole('button', { name: 'My diagrams' }).click();
  const dialog = page.getByRole('dialog', { name: 'My diagrams' });
  await dialog.getByRole('list', { name: 'Diagrams' }).waitFor();
  return dialog;
}
const titles = (page: Page) =>
  page.getByRole('dialog', { name: 'My diagrams' }).getByRole('list', { name: 'Diagrams' }).getByRole('heading').allInnerTexts();


describe('My diagrams (production build, Chromium)', () => {
  it('keeps two diagrams: open a file as a new one, switch back, rename, delete and restore from the bin', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await renameStep(page, 'aloitus', 'Muokattu ennen avaamista', { close: true });
    await page.waitForTimeout(700); // stored (within a second)

    await openThroughInput(page, OTHER_FILE);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Open anyway' }).click();
    await page.locator('.react-flow__node[data-id="j-vuosikokoukset"]').waitFor();

    let dialog = await openList(page);
    expect((await titles(page)).sort()).toEqual([DEFAULT_TITLE, OTHER_TITLE].sort());
    await expect.poll(() => dialog.locator('.polku-diagrams-thumb img').count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => dialog.getByText(/Browser storage: .* MB used/).count()).toBe(1);

    // the first one is stored: switching asks nothing, and its last edit is there
    await dialog.getByRole('button', { name: `Open: ${DEFAULT_TITLE}` }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.react-flow__node[data-id="aloitus"]').waitFor();
    expect(await stepLabel(page, 'aloitus')).toMatch(/^Muokattu ennen avaamista/);

    dialog = await openList(page);
    await dialog.getByRole('button', { name: `Rename: ${OTHER_TITLE}` }).click();
    await dialog.getByRole('textbox', { name: 'New name' }).fill('Vuosikello, uusi nimi');
    await dialog.getByRole('button', { name: 'Save the name' }).click();
    await expect.poll(() => titles(page)).toContain('Vuosikello, uusi nimi');

    await dialog.getByRole('button', { name: 'Delete: Vuosikello, uusi nimi' }).click();
    const bin = dialog.getByRole('list', { name: 'Bin' });
    await bin.getByRole('heading', { name: 'Vuosikello, uusi nimi' }).waitFor();
    expect(await bin.innerText()).toContain('Deleted for good in 30 days');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true); // the focus stays in the dialog
    expect(await titles(page)).toEqual([DEFAULT_TITLE]);

    const axe = await new AxeBuilder({ page }).include('.polku-diagrams').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/diagrams-en-1600x900.png' });

    await bin.getByRole('button', { name: 'Restore: Vuosikello, uusi nimi' }).click();
    await expect.poll(() => titles(page)).toContain('Vuosikello, uusi nimi');
    await dialog.getByText('The bin is empty.').waitFor();

    // the renamed one opens with its new name and its own steps
    await dialog.getByRole('button', { name: 'Open: Vuosikello, uusi nimi' }).click();
    await page.locator('.react-flow__node[data-id="j-vuosikokoukset"]').waitFor();

    // the one shown can go to the bin too: the other one is shown instead, and it comes back from the bin
    dialog = await openList(page);
    await dialog.getByRole('button', { name: 'Delete: Vuosikello, uusi nimi' }).click();
    await page.locator('.react-flow__node[data-id="aloitus"]').waitFor();
    await dialog.getByRole('list', { name: 'Bin' }).getByRole('heading', { name: 'Vuosikello, uusi nimi' }).waitFor();
    expect(await titles(page)).toEqual([DEFAULT_TITLE]);
    expect(await dialog.getByRole('button', { name: `Delete: ${DEFAULT_TITLE}` }).count()).toBe(0); // the last one stays
    await dialog.getByRole('button', { name: 'Restore: Vuosikello, uusi nimi' }).click();
    await dialog.getByRole('button', { name: 'Open: Vuosikello, uusi nimi' }).click();
    await page.locator('.react-flow__node[data-id="j-vuosikokoukset"]').waitFor();
    await page.waitForTimeout(700);
    await page.reload();
    await page.locator('.react-flow__node[data-id="j-vuosikokoukset"]').waitFor(); // this tab's diagram, after a reload
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('on the first start after the upgrade shows the old single autosave as the first entry, and loses nothing', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`);
    const diagram = JSON.parse(readFileSync('fixtures/osallisuuspolku.json', 'utf8')) as { title: string; steps: { id: string; title: string }[] };
    diagram.title = 'Vanha tallennus';
    diagram.steps.find((s) => s.id === 'aloitus')!.title = 'Tallennettu vanhalla versiolla';
    const old = { diagram, fileName: 'vanha.json', savedToFile: false, savedAt: Date.UTC(2026, 10, 1, 12), tabId: 'old-build' };
    await storedValue(page, 'document', old, true); // what an earlier build kept: that single record and nothing else
    await page.reload();
    await page.locator('.react-flow__node[data-id="aloitus"]').waitFor();
    expect(await stepLabel(page, 'aloitus')).toMatch(/^Tallennettu vanhalla versiolla/);

    const dialog = await openList(page);
    expect(await titles(page)).toEqual(['Vanha tallennus']);
    expect(await dialog.getByRole('list', { name: 'Diagrams' }).innerText()).toContain('Changed Nov 1, 2026');
    expect(await storedValue(page, 'document')).toEqual(old); // nothing lost, nothing changed
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violation found by axe-core in the list, in Finnish and Swedish, on a laptop', async () => {
    for (const [lang, name, open] of [
      ['fi', 'Omat kaaviot', 'Avaa'],
      ['sv', 'Mina diagram', 'Öppna'],
    ] as const) {
      const { page, context } = await openPage(browser, `${base}?lang=${lang}`, { width: 1366, height: 768 }, withoutFsAccess);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: open, exact: true }).click();
      await (await chooser).setFiles(OTHER_FILE);
      await page.locator('.react-flow__node[data-id="j-vuosikokoukset"]').waitFor();
      await page.getByRole('button', { name, exact: true }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect.poll(() => dialog.locator('.polku-diagrams-thumb img').count(), { timeout: 10_000 }).toBe(2);
      await expect.poll(() => dialog.locator('.polku-diagrams-storage').count()).toBe(1);
      const result = await new AxeBuilder({ page }).include('.polku-diagrams').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(5);
      await page.screenshot({ path: `test-results/screenshots/diagrams-${lang}-1366x768.png` });
      await context.close();
    }
  });

  it('tells when the browser will not keep the diagrams persistently, and works on', async () => {
    for (const refusal of ['false', 'throw']) {
      const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, async (c) => {
        await c.addInitScript((refusal) => {
          navigator.storage.persisted = () => Promise.resolve(false);
          navigator.storage.persist = () => (refusal === 'throw' ? Promise.reject(new Error('refused by policy')) : Promise.resolve(false));
        }, refusal);
        await withoutFsAccess(c);
      });
      await openThroughInput(page, OTHER_FILE); // a second diagram: persistence is asked for
      await page.locator('.react-flow__node[data-id="j-vuosikokoukset"]').waitFor();
      const dialog = await openList(page);
      const told = refusal === 'throw' ? 'Persistent storage could not be asked for (refused by policy)' : 'The browser did not promise to keep the diagrams persistently';
      await dialog.getByText(told).waitFor();
      expect((await titles(page)).sort()).toEqual([DEFAULT_TITLE, OTHER_TITLE].sort());
      await dialog.getByRole('button', { name: `Open: ${DEFAULT_TITLE}` }).click();
      await page.locator('.react-flow__node[data-id="aloitus"]').waitFor();
      await context.close();
    }
  });
});
