/**
 * The keyboard at 5,000 steps (issue 12), in the production build:
 * - far out (a window tall enough for the whole diagram at the canvas's least
 *   zoom, 0.05; the diagram is 2,400 × 85,000 px) the steps are one picture and
 *   React Flow holds only the first on screen, where Tab enters (StillLayer.tsx); no positive tabindex anywhere;
 * - zoomed in, the steps React Flow holds (live) are in time order, the order
 *   Tab follows, wherever Find and Tab take the view;
 * - in a laptop's window, zoomed in, where only the steps on screen are drawn,
 *   Tab and Shift+Tab from 50 steps spread over time reach the next and the
 *   previous step in time order, drawn or not, and show it whole;
 * - Find step brings a step off screen into view, with the focus.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { findSteps } from '../../src/layout/findSteps';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { generateDiagram } from '../bench/generateDiagram';
import { launch, openPage, openThroughInput, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const STEPS = 5000;
const SAMPLES = 50;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const diagram = generateDiagram(STEPS, 7);
const laneIndex = new Map(diagram.lanes.map((l, i) => [l.id, i]));
/** Time order, as the app defines it (start, then lane order, then id); all starts here are months. */
const inTime = [...diagram.steps]
  .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || laneIndex.get(a.lane)! - laneIndex.get(b.lane)! || (a.id < b.id ? -1 : 1))
  .map((s) => s.id);
const titleOf = new Map(diagram.steps.map((s) => [s.id, s.title]));

const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'] ?? null);
/** The steps React Flow holds now (live DOM), in DOM order. */
const liveSteps = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.react-flow__node-step')].map((n) => n.dataset['id']!));
const isRendered = (page: Page, id: string) => page.evaluate((id) => document.querySelector(`.react-flow__node-step[data-id="${CSS.escape(id)}"]`) !== null, id);

/** Whether step `id` is drawn and wholly inside the canvas. */
const inView = (page: Page, id: string) =>
  page.evaluate((id) => {
    const node = document.querySelector(`.react-flow__node-step[data-id="${CSS.escape(id)}"]`);
    const pane = document.querySelector('.polku-canvas');
    if (!node || !pane) return false;
    const b = node.getBoundingClientRect();
    const p = pane.getBoundingClientRect();
    return b.width > 0 && b.left >= p.left - 0.5 && b.right <= p.right + 0.5 && b.top >= p.top - 0.5 && b.bottom <= p.bottom + 0.5;
  }, id);

/** From now on, the page notes when a key goes down and when a step gets the focus (ms, page clock). */
const recordFocus = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __keyAt: number; __focusAt: number };
    window.addEventListener('keydown', () => (w.__keyAt = performance.now()), true);
    window.addEventListener('focusin', (e) => {
      if (e.target instanceof HTMLElement && e.target.matches('.react-flow__node-step')) w.__focusAt = performance.now();
    });
  });
/** Milliseconds from the last key down to the last step focused. */
const keyToFocus = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __keyAt: number; __focusAt: number };
    return w.__focusAt - w.__keyAt;
  });

/** Waits until a step other than `from` has the focus, and gives it. */
async function nextFocused(page: Page, from: string): Promise<string> {
  await expect.poll(async () => { const id = await focusedId(page); return id !== null && id !== from; }, { timeout: 10_000 }).toBe(true);
  return (await focusedId(page))!;
}

describe(`the keyboard at ${STEPS.toLocaleString('en')} steps (production build, Chromium)`, () => {
  it('the DOM is in time order; Tab and Shift+Tab from 50 steps reach the next and previous, bringing them into view; Find brings a step into view', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'polku-large-keyboard-'));
    const file = join(dir, 'generated-5000.json');
    writeFileSync(file, writeDiagramText(diagram));
    const geometry = layoutDiagram(diagram);

    // A window tall enough for the whole diagram at the canvas's least zoom (0.05): every step is drawn.
    const tall = { width: 1600, height: Math.ceil(geometry.height * 0.05 * 1.1) };
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, tall, withoutFsAccess);
    const before = await page.evaluate(() => performance.getEntriesByName('polku:drawn').length);
    await openThroughInput(page, file);
    await page.waitForFunction((n) => performance.getEntriesByName('polku:drawn').length > n, before, { timeout: 120_000 });
    await settledView(page);

    // The whole diagram in view: the steps are one picture (the still layer) and React Flow holds only the
    // first on screen (where Tab enters) until the pointer, the focus or a selection is on another; nothing
    // jumps the queue: no element anywhere has a positive tabindex.
    const far = await page.evaluate(() => ({
      live: document.querySelectorAll('.react-flow__node-step').length,
      picture: document.querySelector<HTMLCanvasElement>('canvas.polku-still')?.width ?? 0,
      positive: [...document.querySelectorAll<HTMLElement>('[tabindex]')].filter((e) => e.tabIndex > 0).length,
    }));
    expect(far.live).toBe(1);
    expect(far.picture).toBeGreaterThan(100);
    expect(far.positive).toBe(0);

    // A laptop's window, zoomed in to where titles can be read: only the steps on screen are drawn.
    await page.setViewportSize({ width: 1600, height: 900 });
    const zoom = () => page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrixReadOnly(getComputedStyle(e).transform).a);
    for (let i = 0; i < 30 && (await zoom()) < 0.9; i++) {
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.waitForTimeout(200);
    }
    await settledView(page);
    expect(await zoom()).toBeGreaterThanOrEqual(0.9);
    const drawn = await liveSteps(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(STEPS / 20);
    // those drawn are in time order (the order Tab follows), and every one takes the focus
    const position = new Map(inTime.map((id, i) => [id, i]));
    const inOrder = (ids: string[]) => {
      const at = ids.map((id) => position.get(id)!);
      return at.every((a, i) => i === 0 || at[i - 1]! < a);
    };
    expect(inOrder(drawn)).toBe(true);
    expect(await page.locator('.react-flow__node-step:not([tabindex="0"])').count()).toBe(0);
    // where Find, Tab and Shift+Tab take the view, the steps drawn there are in time order too
    const seen = new Set(drawn);
    const checkOrder = async (where: string) => {
      const ids = await liveSteps(page);
      ids.forEach((id) => seen.add(id));
      expect(inOrder(ids), `live steps in time order ${where}`).toBe(true);
    };

    // 50 steps spread over time (not the first or the last: each has a next and a previous); Find step
    // lists a step among the first few when its whole title is typed (other titles may hold the same words)
    const samples: { k: number; listed: number }[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      for (let k = 1 + Math.round((i * (STEPS - 3)) / (SAMPLES - 1)); k < STEPS - 1; k++) {
        const listed = findSteps(diagram, geometry, titleOf.get(inTime[k]!)!).findIndex((f) => f.id === inTime[k]);
        if (listed >= 0 && listed < 4) {
          samples.push({ k, listed });
          break;
        }
      }
    }
    expect(new Set(samples.map((s) => s.k)).size).toBe(SAMPLES);

    await recordFocus(page);
    const dialog = page.getByRole('dialog', { name: 'Find step' });
    // ms from key to focus: Find's Enter, and Tab or Shift+Tab to a step drawn or not yet drawn (off screen)
    const times = { find: [] as number[], toDrawn: [] as number[], toHidden: [] as number[] };
    const offScreen = { sample: 0, next: 0, previous: 0 };
    for (const { k, listed } of samples) {
      const [previous, step, next] = [inTime[k - 1]!, inTime[k]!, inTime[k + 1]!];
      // Find step: /, the title, Enter — the step gets the focus, in view
      if (!(await isRendered(page, step))) offScreen.sample++;
      await page.keyboard.press('/');
      await dialog.waitFor();
      await page.keyboard.insertText(titleOf.get(step)!);
      const found = findSteps(diagram, geometry, titleOf.get(step)!).length;
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe(found === 1 ? '1 step' : `${found} steps`);
      // not the first listed: down into the list (on the first), and down to it
      if (listed > 0) for (let i = 0; i <= listed; i++) await page.keyboard.press('ArrowDown');
      const from = await focusedId(page);
      await page.keyboard.press('Enter');
      expect(await nextFocused(page, from ?? '')).toBe(step);
      times.find.push(await keyToFocus(page));
      expect(await inView(page, step), `${step} in view after Find`).toBe(true);
      await checkOrder(`after Find ${step}`);

      // Tab: the next step in time order, in view
      const nextHidden = !(await isRendered(page, next));
      if (nextHidden) offScreen.next++;
      await page.keyboard.press('Tab');
      expect(await nextFocused(page, step), `Tab from ${step} (#${k})`).toBe(next);
      times[nextHidden ? 'toHidden' : 'toDrawn'].push(await keyToFocus(page));
      expect(await inView(page, next), `${next} in view after Tab`).toBe(true);

      // Shift+Tab back to it, and again: the previous step in time order, in view
      await page.keyboard.press('Shift+Tab');
      expect(await nextFocused(page, next)).toBe(step);
      expect(await inView(page, step)).toBe(true);
      const previousHidden = !(await isRendered(page, previous));
      if (previousHidden) offScreen.previous++;
      await page.keyboard.press('Shift+Tab');
      expect(await nextFocused(page, step), `Shift+Tab from ${step} (#${k})`).toBe(previous);
      times[previousHidden ? 'toHidden' : 'toDrawn'].push(await keyToFocus(page));
      expect(await inView(page, previous), `${previous} in view after Shift+Tab`).toBe(true);
      await checkOrder(`after Shift+Tab to ${previous}`);
    }
    expect(seen.size).toBeGreaterThan(SAMPLES * 5);
    // most samples were off screen when Find was asked for them, and Tab and Shift+Tab reached steps off screen too
    expect(offScreen.sample).toBeGreaterThan(SAMPLES / 2);
    expect(offScreen.next).toBeGreaterThan(0);
    expect(offScreen.previous).toBeGreaterThan(0);

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const max = (xs: number[]) => Math.max(...xs);
    console.log(
      `[largeKeyboard] ${STEPS} steps, ${drawn.length} drawn zoomed in, ${seen.size} seen live in time order; off screen before: ${JSON.stringify(offScreen)}; ` +
        `key→focus ms (median/max): Find's Enter ${median(times.find).toFixed(0)}/${max(times.find).toFixed(0)}, ` +
        `Tab or Shift+Tab to a step drawn ${median(times.toDrawn).toFixed(0)}/${max(times.toDrawn).toFixed(0)}, ` +
        `off screen ${median(times.toHidden).toFixed(0)}/${max(times.toHidden).toFixed(0)}`,
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
