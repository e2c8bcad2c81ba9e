/**
 * Every arrow can be clicked (issue 11, deliver 3): in the seed and in two
 * templates, each arrow has a point outside every box where the arrow's own
 * interaction path is what lies under the pointer, and clicking there opens
 * that arrow's panel. Arrows between boxes that touch used to be a few px
 * long, hidden between the boxes.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, openThroughInput, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const VIEW = { width: 1600, height: 900 };
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Point = { x: number; y: number };

/**
 * For each arrow on the canvas, the screen points on its path, away from its ends, where
 * document.elementFromPoint is the arrow's own interaction path and no step box is.
 */
function candidatePoints(page: Page): Promise<Record<string, Point[]>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }[]> = {};
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const id = edge.getAttribute('data-id')!;
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-interaction');
      const ctm = path?.getScreenCTM();
      const points: { x: number; y: number }[] = [];
      if (path && ctm) {
        const length = path.getTotalLength();
        for (let i = 1; i < 100; i++) {
          const p = path.getPointAtLength((length * i) / 100);
          const x = ctm.a * p.x + ctm.c * p.y + ctm.e;
          const y = ctm.b * p.x + ctm.d * p.y + ctm.f;
          if (document.elementFromPoint(x, y) === path && !document.elementsFromPoint(x, y).some((e) => e.closest('.react-flow__node'))) points.push({ x, y });
        }
      }
      out[id] = points;
    }
    return out;
  });
}

/** The first of the points where, with the pointer there (a step's hover controls showing), the arrow's path is still on top. */
async function clickablePoint(page: Page, id: string, points: readonly Point[]): Promise<Point | null> {
  for (const p of points) {
    await page.mouse.move(p.x, p.y);
    const hit = await page.evaluate(({ x, y, id }) => document.elementFromPoint(x, y)?.closest('.react-flow__edge')?.getAttribute('data-id') === id, { ...p, id });
    if (hit) return p;
  }
  return null;
}

async function expectEveryArrowClickable(page: Page, arrows: number) {
  await settledView(page);
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(arrows);
  const ids = Object.keys(await candidatePoints(page));
  expect(ids).toHaveLength(arrows);
  for (const id of ids) {
    // measured again each time, the whole diagram in view: the panel that opens and closes may move the canvas
    await page.getByRole('button', { name: 'Fit to view' }).first().click();
    await settledView(page);
    const p = await clickablePoint(page, id, (await candidatePoints(page))[id] ?? []);
    expect(p, `${id}: no point outside the boxes where the pointer hits it`).not.toBeNull();
    await page.mouse.click(p!.x, p!.y);
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${id}"]`).getAttribute('class'), { message: id }).toContain('selected');
    // the arrow's panel, and closing it
    const panel = page.getByRole('button', { name: 'Close panel' });
    await panel.waitFor();
    await page.getByRole('button', { name: 'Reverse direction', exact: true }).waitFor();
    await panel.click();
  }
}

describe('arrows can be clicked outside every box (production build, Chromium, 1600×900)', () => {
  it('in the seed and two templates, each arrow has a point outside the boxes where it is what the pointer hits, and a click there selects it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, VIEW, withoutFsAccess);
    const count = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { links: unknown[] }).links.length;
    await expectEveryArrowClickable(page, count('fixtures/osallisuuspolku.json'));
    for (const file of ['fixtures/templates/vantaa-kerava-yhteistyoelin.json', 'fixtures/templates/keski-suomi-yhteistyomalli.json']) {
      await openThroughInput(page, file);
      await expectEveryArrowClickable(page, count(file));
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 300_000);
});
