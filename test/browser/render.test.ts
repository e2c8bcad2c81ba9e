import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';

const base = inject('baseUrl');
const seed = JSON.parse(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
const squash = (s: string) => s.replace(/[\s\u00ad-]/g, '');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  mkdirSync('test-results/screenshots', { recursive: true });
});
afterAll(() => browser?.close());

describe('the editor with the default diagram (production build, Chromium)', () => {
  it('loads from a sub-folder with no console error and no request leaving this machine', async () => {
    const w = await openPage(browser, `${base}?lang=en`);
    await w.page.getByRole('button', { name: 'Fit to view' }).click();
    await w.page.mouse.wheel(0, 200);
    await w.page.waitForTimeout(300);
    expect(w.consoleErrors).toEqual([]);
    expect(w.outsideRequests).toEqual([]);
    await w.context.close();
  });

  it('shows every title of seed 000, readable, at fit to view on 1600×900', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, { width: 1600, height: 900 });
    const viewport = page.viewportSize()!;
    for (const step of seed.steps) {
      const node = page.locator(`.react-flow__node[data-id="${step.id}"]`);
      await expect(node.isVisible()).resolves.toBe(true);
      const box = (await node.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(squash(await node.innerText())).toBe(squash(step.title));
    }
    const drawn = squash(await page.locator('.polku-backdrop').evaluate((el) => el.textContent ?? ''));
    const texts = [
      seed.title,
      seed.source,
      ...seed.lanes.map((l: { title: string }) => l.title),
      ...seed.phases.map((p: { title: string }) => p.title),
      seed.depth.title,
      ...seed.depth.levels.map((l: { title: string }) => l.title),
      ...seed.legend.map((l: { title: string }) => l.title),
    ];
    for (const t of texts) expect(drawn).toContain(squash(t));

    // Step titles are at least 11 px on screen.
    const px = await page.locator('.polku-step text').first().evaluate((el) => {
      const text = el as SVGTextElement;
      return parseFloat(text.getAttribute('font-size')!) * text.getScreenCTM()!.a;
    });
    expect(px).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: 'test-results/screenshots/editor-1600x900.png' });
    await context.close();
  });

  it('stays usable on 1366×768: the whole diagram fits and the commands are reachable', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, { width: 1366, height: 768 });
    for (const name of ['Open', 'Save', 'Fit to view']) await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    const last = (await page.locator('.react-flow__node-step').last().boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: 'test-results/screenshots/editor-1366x768.png' });
    await context.close();
  });

  it('shows the minimap only while zoomed in (less than 60 % of the diagram in view), and plain boxes when zoomed far out', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`);
    const minimap = page.getByRole('img', { name: 'Mini map' });
    expect(await minimap.count()).toBe(0);
    // one step in: most of the diagram is still in view, no map over it
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(300);
    expect(await minimap.count()).toBe(0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await minimap.waitFor();
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await minimap.waitFor({ state: 'detached' });
    const firstLine = page.locator('.polku-step text').first();
    expect(await firstLine.isVisible()).toBe(true);
    const zoom = () => page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
    for (let i = 0; i < 12 && (await zoom()) >= 0.3; i++) {
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.waitForTimeout(250);
    }
    expect(await zoom()).toBeLessThan(0.36);
    expect(await firstLine.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.waitForTimeout(300);
    expect(await firstLine.isVisible()).toBe(true);
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violation found by axe-core', async () => {
    for (const lang of ['fi', 'en']) {
      const { page, context } = await openPage(browser, `${base}?lang=${lang}`);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      await context.close();
    }
  });

  it('has no WCAG 2.1 A/AA violation in the step panel, the diagram panel, the export dialog, the find step dialog and present mode', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=fi`);
    const check = async (what: string) => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = result.violations.map((v) => `${what} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    };
    await page.locator('.react-flow__node[data-id="aloitus"]').click();
    await page.getByRole('complementary', { name: 'Askel' }).waitFor();
    await check('step panel');
    await page.getByRole('button', { name: 'Kaavio', exact: true }).click();
    await page.getByRole('complementary', { name: 'Kaavio' }).waitFor();
    await check('diagram panel');
    await page.getByRole('button', { name: 'Vie kuvana', exact: true }).click();
    await page.getByRole('dialog', { name: 'Vie kuvana' }).waitFor();
    await check('export dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Etsi askel', exact: true }).click();
    await page.getByRole('dialog', { name: 'Etsi askel' }).getByRole('searchbox', { name: 'Askeleen nimi' }).fill('osa');
    await check('find step dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Esitä', exact: true }).click();
    await page.getByRole('dialog').getByRole('status').first().waitFor();
    await page.keyboard.press('PageDown');
    await check('present mode');
    await context.close();
  });

  it('speaks Finnish by default, Swedish and English on request, and <html lang> follows', async () => {
    const { page, context } = await openPage(browser, base);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await expect(page.getByRole('button', { name: 'Avaa' }).isVisible()).resolves.toBe(true);
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    // Swedish words load on demand (a chunk of their own), then the UI switches
    await page.getByRole('button', { name: 'Öppna' }).waitFor();
    expect(await page.getByRole('button', { name: 'Avaa' }).count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.goto(`${base}?lang=en`);
    await page.getByRole('button', { name: 'Open' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
