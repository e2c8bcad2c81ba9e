/**
 * A large diagram's arrows are routed in the background after an edit (issue 12: one edit paints at once;
 * layout/routeLater.ts, provisional.ts), in the production build: 2,000 generated steps, zoomed in.
 * - A step moved with → is drawn where it goes while the routing worker has not even loaded (the test
 *   holds its script back): arrows the move touched are drawn faint (provisional);
 * - once the worker answers, every arrow in view is drawn solid, along the route the full layout of the
 *   saved file gives it (the same geometry as every export), and the step where that layout puts it;
 * - where the worker cannot load (its script refused), the page routes the arrows itself: the same result.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDiagramText } from '../../src/io/readDiagram';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { generateDiagram } from '../bench/generateDiagram';
import { launch, openPage, openThroughInput, savedText, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const diagram = generateDiagram(2000, 5);

/** The live arrows: their ids, whether drawn faint, and their route. */
const liveArrows = (page: Page) =>
  page.locator('.react-flow__edge').evaluateAll((els) =>
    els.map((e) => {
      const path = e.querySelector('path.polku-route')!;
      return { id: e.getAttribute('data-id')!, faint: path.hasAttribute('opacity'), d: path.getAttribute('d')! };
    }),
  );
const transformOf = (page: Page, id: string) => page.locator(`.react-flow__node-step[data-id="${id}"]`).evaluate((e) => (e as HTMLElement).style.transform);

/** The page with the large diagram open, zoomed in where arrows run between live steps; `worker` handles the routing worker's script. */
async function openZoomedIn(worker: (route: Route) => Promise<void>) {
  const file = join(mkdtempSync(join(tmpdir(), 'polku-later-')), 'large.json');
  writeFileSync(file, writeDiagramText(diagram));
  const opened = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
  const { page, context } = opened;
  await context.route(/route\.worker-[^/]*\.js$/, worker);
  const drawn = await page.evaluate(() => performance.getEntriesByName('polku:drawn').length);
  await openThroughInput(page, file);
  await page.waitForFunction((n) => performance.getEntriesByName('polku:drawn').length > n, drawn, { timeout: 60_000 });
  await settledView(page);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -120);
  await settledView(page);
  await expect.poll(async () => (await liveArrows(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return opened;
}

/** Moves the source step of the first live arrow one unit right with the keyboard (its node shown where it goes); its id. */
async function moveAStep(page: Page): Promise<string> {
  const arrow = (await liveArrows(page))[0]!;
  expect(arrow.faint).toBe(false);
  const from = diagram.links.find((l) => l.id === arrow.id)!.from;
  await page.locator(`.react-flow__node-step[data-id="${from}"]`).focus();
  const before = await transformOf(page, from);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => transformOf(page, from)).not.toBe(before);
  return from;
}

/** Every live arrow solid and on the route the full layout of the saved file gives it, and step `id` where that layout puts it. */
async function routedAsSaved(page: Page, id: string) {
  await expect.poll(async () => (await liveArrows(page)).some((a) => a.faint), { timeout: 30_000 }).toBe(false);
  const saved = readDiagramText(await savedText(page));
  if (!saved.ok) throw new Error('the saved file does not open');
  const full = layoutDiagram(saved.diagram);
  const routes = new Map(full.links.map((l) => [l.id, l.path]));
  const shown = await liveArrows(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const a of shown) expect(a.d, a.id).toBe(routes.get(a.id));
  const step = full.steps.find((s) => s.id === id)!;
  const [x, y] = (await transformOf(page, id)).match(/-?[\d.]+/g)!.map(Number);
  expect(x).toBeCloseTo(step.x, 2);
  expect(y).toBeCloseTo(step.y, 2);
}

describe('a large diagram: arrows routed in the background (production build, Chromium)', () => {
  it('shows a moved step at once with the arrows it touched faint, then every arrow routed as the full layout routes it', async () => {
    // the routing worker's script is held back until the test lets it go
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    const { page, context, consoleErrors } = await openZoomedIn(async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    // → moves the step: shown where it goes while the worker has not answered, the arrows it touched faint
    // (the view follows the focused step; the steps and arrows in view are live)
    const moved = await moveAStep(page);
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    await expect.poll(async () => (await liveArrows(page)).some((a) => a.faint)).toBe(true);
    // the worker answers
    release();
    await routedAsSaved(page, moved);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('routes on the page where the worker cannot load: the same arrows', async () => {
    const refused: string[] = [];
    const { page, context } = await openZoomedIn(async (route) => {
      refused.push(route.request().url());
      await route.abort();
    });
    const moved = await moveAStep(page);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    await routedAsSaved(page, moved);
    await context.close();
  });
});
