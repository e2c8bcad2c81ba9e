/**
 * Issue 13, "no silent loss" (production build, Chromium):
 * - a render error (the test-only hook `?polku-test=crash`, docs/testing-hooks.md) shows the recovery screen
 *   with the error in words; Save writes the diagram from memory, and after Reload it is still in storage;
 * - a damaged stored record, and one of a newer format, are told in words, kept (not written over by the
 *   autosave) and can be downloaded exactly as stored.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, renameStep, stepLabel, storedValue, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());



type StoredDiagram = { title: string; steps: { id: string; title: string }[] };

describe('a render error (production build, Chromium)', () => {
  it('shows the recovery screen in words; Save writes the work from memory; it is still in storage after Reload', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en&polku-test=crash`, undefined, withoutFsAccess);
    page.on('dialog', (d) => void d.accept());
    await renameStep(page, 'aloitus', 'Ennen kaatumista'); // the hook makes this change's drawing fail

    const screen = page.getByRole('main', { name: 'Polku ran into an error' });
    await screen.waitFor({ timeout: 5000 });
    expect(await screen.getByText('Error: polku-test=crash: a render error made on purpose').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('.react-flow').count()).toBe(0); // the canvas is gone …

    // … but the document is not: Save writes it from memory
    const download = page.waitForEvent('download');
    await screen.getByRole('button', { name: 'Save as a file' }).click();
    const saved = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as StoredDiagram;
    expect(saved.steps.find((s) => s.id === 'aloitus')?.title).toBe('Ennen kaatumista');
    await screen.getByRole('status').filter({ hasText: 'Saved:' }).waitFor();

    // and the autosave (outside what crashed) stored it in the browser
    await expect
      .poll(async () => ((await storedValue(page, 'document')) as { diagram?: StoredDiagram } | undefined)?.diagram?.steps.find((s) => s.id === 'aloitus')?.title, { timeout: 3000 })
      .toBe('Ennen kaatumista');

    await screen.getByRole('button', { name: 'Reload the page' }).click();
    await page.locator('.react-flow__node-step').first().waitFor();
    expect(await stepLabel(page, 'aloitus')).toMatch(/^Ennen kaatumista/);
    expect(await page.getByRole('main', { name: 'Polku ran into an error' }).count()).toBe(0);
    await context.close();
  });
});

describe('a stored record that cannot be read (production build, Chromium)', () => {
  it('a damaged one is told in words, kept through the next autosaves and downloaded exactly as stored', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const stored = {
      diagram: { format: 'participation-path', version: 1, title: 'Vioittunut polku', lanes: 'not a list', steps: [{ id: 'a' }] },
      fileName: 'vioittunut.json',
      savedToFile: false,
      savedAt: 1_700_000_000_000,
      tabId: 'an-earlier-tab',
    };
    await storedValue(page, 'document', stored);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();

    const notice = page.getByRole('alert').filter({ hasText: 'The diagram stored in this browser could not be read: it is damaged.' });
    await notice.waitFor({ timeout: 5000 });
    const download = async () => {
      const event = page.waitForEvent('download');
      await notice.getByRole('button', { name: 'Download the stored diagram' }).click();
      const file = await event;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const first = await download();
    expect(first.name).toBe('Vioittunut polku (kept).json');
    expect(first.text).toBe(JSON.stringify(stored, null, 2));
    expect(JSON.parse(first.text)).toEqual(stored);

    // the app started fresh, and its autosave does not write over what was kept
    await renameStep(page, 'aloitus', 'Uusi työ');
    await page.waitForTimeout(1100);
    await notice.getByRole('button', { name: 'Close' }).click();
    expect(await notice.count()).toBe(0);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    expect(await stepLabel(page, 'aloitus')).toMatch(/^Uusi työ/);
    await notice.waitFor({ timeout: 5000 }); // told again until the person deletes it
    expect((await download()).text).toBe(JSON.stringify(stored, null, 2));

    // deleting asks first
    await notice.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(0);
    await context.close();
  });

  it('one of a newer format is told in Finnish with its version, and downloaded exactly as stored', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=fi`, undefined, withoutFsAccess);
    const stored = {
      diagram: { format: 'participation-path', version: 3, title: 'Tulevaisuuden polku', tracks: [{ id: 't1', nimi: 'Uusi rakenne' }] },
      fileName: null,
      savedToFile: false,
      savedAt: 1_900_000_000_000,
      tabId: 'a-newer-polku',
    };
    await storedValue(page, 'document', stored);
    await page.reload();
    await page.locator('.react-flow__node-step').first().waitFor();
    const notice = page.getByRole('alert').filter({
      hasText: 'Selaimeen tallennettua kaaviota ei voitu lukea: se on tehty Polun uudemmalla versiolla (muoto 3). Se on tallessa; voit ladata sen tiedostona.',
    });
    await notice.waitFor({ timeout: 5000 });
    const event = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Lataa tallennettu kaavio' }).click();
    const file = await event;
    expect(readFileSync((await file.path())!, 'utf8')).toBe(JSON.stringify(stored, null, 2));
    // the next autosave leaves it where it was kept
    await renameStep(page, 'aloitus', 'Tämän version työ', { panel: 'Askel', field: 'Otsikko' });
    await page.waitForTimeout(1100);
    const values = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          const open = indexedDB.open('polku');
          open.onsuccess = () => {
            const r = open.result.transaction('autosave').objectStore('autosave').getAll();
            r.onsuccess = () => resolve(r.result as unknown[]);
          };
        }),
    );
    expect(values).toContainEqual(expect.objectContaining({ value: stored, reason: { kind: 'newer', version: 3 } }));
    await context.close();
  });
});
