/**
 * A large diagram on screen (issue 12; src/ui/canvas/StillLayer.tsx, liveSet.ts), in the production build:
 * 2,000 generated steps.
 * - Far out, React Flow holds no step: they are one picture, and the picture has each step's colour where
 *   the layout puts it.
 * - The step under the pointer becomes a live node (its name, a click selects it).
 * - While the wheel zooms nothing is mounted or unmounted; when the view rests the steps in view are live
 *   (at most LIVE_LIMIT) and the picture is drawn again at the new zoom, sharp (one canvas pixel per screen
 *   pixel), its step borders where the layout puts them (read from the canvas's pixels); the period marks of
 *   the steps in the picture are drawn in it too, and the backdrop's SVG holds only the live steps' marks.
 * - An edit is painted first and the picture drawn again after it: only where it changed, or whole where an
 *   edit changes much of it (a move).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { LIVE_LIMIT } from '../../src/ui/canvas/liveSet';
import { generateDiagram } from '../bench/generateDiagram';
import { launch, openPage, openThroughInput, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const diagram = generateDiagram(2000, 5);
const geometry = layoutDiagram(diagram);

const liveCount = (page: Page) => page.locator('.react-flow__node-step').count();
const transformOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((e) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(e).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
/** Waits until the view and the live set have come to rest. */
async function rested(page: Page) {
  await settledView(page);
  let last = -1;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(200);
    const now = await liveCount(page);
    if (now === last) return;
    last = now;
  }
}
/** The still picture's pixels (RGBA) at diagram points. */
const canvasPixels = (page: Page, points: { x: number; y: number }[]) =>
  page.locator('canvas.polku-still').evaluate((c: HTMLCanvasElement, points) => {
    const k = c.width / parseFloat(c.style.width);
    const left = parseFloat(c.style.left);
    const top = parseFloat(c.style.top);
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    return points.map((p) => {
      const i = (Math.floor((p.y - top) * k) * c.width + Math.floor((p.x - left) * k)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    });
  }, points);
const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tolerance = 24) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

describe('a large diagram: one picture and a few live steps (production build, Chromium)', () => {
  it('draws far-out steps as a picture, makes the step under the pointer live, and changes the live set only when the view rests', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'polku-still-')), 'large.json');
    writeFileSync(file, writeDiagramText(diagram));
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const drawn = await page.evaluate(() => performance.getEntriesByName('polku:drawn').length);
    await openThroughInput(page, file);
    await page.waitForFunction((n) => performance.getEntriesByName('polku:drawn').length > n, drawn, { timeout: 60_000 });
    await rested(page);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;

    // far out: one live step, the first in view in time order (where Tab enters the diagram); the picture
    // holds every step in view: at each step's middle the canvas is
    // opaque, in the step's fill or border colour (or an arrow's, where one runs over it); it is transparent
    // where there is no step and no arrow (the backdrop shows through)
    const t = await transformOf(page);
    const screen = (x: number, y: number) => ({ x: pane.x + t.x + x * t.zoom, y: pane.y + t.y + y * t.zoom });
    const visible = geometry.steps.filter((s) => {
      const a = screen(s.x, s.y);
      const b = screen(s.x + s.width, s.y + s.height);
      return a.x > pane.x + 2 && a.y > pane.y + 2 && b.x < pane.x + pane.width - 2 && b.y < pane.y + pane.height - 2;
    });
    expect(visible.length).toBeGreaterThan(200);
    const entry = await page.locator('.react-flow__node-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']!));
    const onScreen = { x: -t.x / t.zoom, y: -t.y / t.zoom, width: pane.width / t.zoom, height: pane.height / t.zoom };
    const entryStep = geometry.steps.find((s) => s.x < onScreen.x + onScreen.width && onScreen.x < s.x + s.width && s.y < onScreen.y + onScreen.height && onScreen.y < s.y + s.height)!;
    expect(entry).toEqual([entryStep.id]);
    const middles = await canvasPixels(page, visible.map((s) => ({ x: s.x + s.width / 2, y: s.y + s.height / 2 })));
    const colours = new Set(geometry.links.map((l) => l.color));
    const matched = visible.filter((s, i) => {
      const p = middles[i]!;
      return p[3]! > 128 && [s.fill, s.border, ...colours].some((c) => near(p.slice(0, 3), hex(c), 40));
    });
    expect(matched.length / visible.length).toBeGreaterThan(0.9);
    // where there is no step and no arrow (the lane titles' column, drawn by the backdrop) it is transparent
    const titles = geometry.lanes.map((l) => ({ x: l.header.x + l.header.width / 2, y: l.y + l.height / 2 })).filter((p) => screen(p.x, p.y).y > pane.y && screen(p.x, p.y).y < pane.y + pane.height);
    expect(titles.length).toBeGreaterThan(0);
    for (const p of await canvasPixels(page, titles)) expect(p[3]).toBe(0);

    // the step under the pointer becomes live: its node, with its name; a click selects it
    const step = visible[Math.floor(visible.length / 2)]!;
    const over = screen(step.x + step.width / 2, step.y + step.height / 2);
    await page.mouse.move(over.x, over.y);
    const node = page.locator(`.react-flow__node-step[data-id="${step.id}"]`);
    await node.waitFor();
    expect(await node.getAttribute('aria-label')).toContain(diagram.steps.find((s) => s.id === step.id)!.title.replace(/\u00ad/g, ''));
    await page.mouse.down();
    await page.mouse.up();
    await expect.poll(() => node.getAttribute('class')).toContain('selected');
    await page.keyboard.press('Escape');

    // a click on a step in the picture selects it even when it has not become live first (a touch has no hover)
    const other = visible[Math.floor(visible.length / 3)]!;
    const at2 = screen(other.x + other.width / 2, other.y + other.height / 2);
    await page.locator('.react-flow__pane').dispatchEvent('click', { clientX: at2.x, clientY: at2.y, detail: 1, bubbles: true });
    await expect.poll(() => page.locator(`.react-flow__node-step[data-id="${other.id}"]`).getAttribute('class')).toContain('selected');
    await page.keyboard.press('Escape');

    // the wheel zooms in: nothing is mounted or unmounted while it turns
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    // (a step under the pointer there becomes live first)
    await page.waitForTimeout(300);
    const before = await liveCount(page);
    const counts: number[] = [];
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, -80);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      counts.push(await liveCount(page));
    }
    expect(new Set(counts)).toEqual(new Set([before]));
    // at rest the view's steps are live, in time order, and the picture is drawn again at the new zoom
    await rested(page);
    const live = await liveCount(page);
    expect(live).toBeGreaterThan(0);
    expect(live).toBeLessThanOrEqual(LIVE_LIMIT + 2);
    const z = await transformOf(page);
    const picture = await page.locator('canvas.polku-still').evaluate((c: HTMLCanvasElement) => ({
      width: c.width,
      height: c.height,
      cssWidth: parseFloat(c.style.width),
      left: parseFloat(c.style.left),
      top: parseFloat(c.style.top),
    }));
    expect(z.zoom).toBeGreaterThan(1);
    expect(picture.width / picture.cssWidth).toBeCloseTo(z.zoom, 2);

    // the picture's borders where the layout puts them: a step in the picture (not live, inside the picture's
    // cover), read from the canvas — its left border's column is the border colour, the column 2 px left of the
    // box is not
    const liveIds = new Set(await page.locator('.react-flow__node-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']!)));
    const k = picture.width / picture.cssWidth;
    const inPicture = geometry.steps.filter(
      (s) =>
        !liveIds.has(s.id) &&
        s.x > picture.left + 4 &&
        s.y > picture.top + 4 &&
        (s.x + s.width - picture.left) * k < picture.width - 4 &&
        (s.y + s.height - picture.top) * k < picture.height - 4 &&
        s.width * k > 20 &&
        s.height * k > 12,
    );
    expect(inPicture.length).toBeGreaterThan(3);
    const checks = await page.locator('canvas.polku-still').evaluate(
      (c: HTMLCanvasElement, { steps, left, top, k }) => {
        const ctx = c.getContext('2d')!;
        const px = (x: number, y: number) => [...ctx.getImageData(Math.floor((x - left) * k), Math.floor((y - top) * k), 1, 1).data];
        return steps.map((s) => ({ id: s.id, border: s.border, inside: px(s.x + 0.75, s.y + s.height / 2), outside: px(s.x - 2 / k, s.y + s.height / 2) }));
      },
      { steps: inPicture.slice(0, 12).map((s) => ({ id: s.id, x: s.x, y: s.y, height: s.height, border: s.border })), left: picture.left, top: picture.top, k },
    );
    // the period marks: the backdrop (SVG elements) holds the live steps' only, the picture draws the others'
    // (at 10,000 steps they were 10,000 elements, re-rendered at every edit): a mark's middle, in the picture,
    // is its step's border colour
    const backdropMarks = await page.locator('.polku-backdrop [data-period]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
    expect(new Set(backdropMarks)).toEqual(liveIds);
    const marks = await page.locator('canvas.polku-still').evaluate(
      (c: HTMLCanvasElement, { steps, left, top, k }) => {
        const ctx = c.getContext('2d')!;
        return steps.map((s) => ({ id: s.id, border: s.border, at: [...ctx.getImageData(Math.floor((s.x - left) * k), Math.floor((s.y - top) * k), 1, 1).data] }));
      },
      { steps: inPicture.slice(0, 12).map((s) => ({ id: s.id, x: (s.period.x + s.period.x2) / 2, y: s.period.y, border: s.border })), left: picture.left, top: picture.top, k },
    );
    for (const m of marks) expect(near(m.at.slice(0, 3), hex(m.border), 60) && m.at[3]! > 200, `${m.id}: its period mark in the picture ${m.at} vs ${m.border}`).toBe(true);
    for (const c of checks) {
      expect(near(c.inside.slice(0, 3), hex(c.border), 60), `${c.id}: border at its left edge ${c.inside} vs ${c.border}`).toBe(true);
      expect(c.inside[3]).toBeGreaterThan(200);
      expect(near(c.outside.slice(0, 3), hex(c.border), 20) && c.outside[3]! > 200, `${c.id}: no border 2 px outside`).toBe(false);
    }
    // far out again: Tab from the step where the keyboard enters goes on in time order, to a step the picture
    // drew (it becomes live and takes the focus)
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await rested(page);
    // far out every step is in the picture, with its mark: none in the backdrop
    expect(await page.locator('.polku-backdrop [data-period]').count()).toBe(0);
    const t2 = await transformOf(page);
    const seen = { x: -t2.x / t2.zoom, y: -t2.y / t2.zoom, width: pane.width / t2.zoom, height: pane.height / t2.zoom };
    const firstOnScreen = geometry.steps.find((s) => s.x < seen.x + seen.width && seen.x < s.x + s.width && s.y < seen.y + seen.height && seen.y < s.y + s.height)!;
    await page.locator(`.react-flow__node-step[data-id="${firstOnScreen.id}"]`).focus();
    await page.keyboard.press('Tab');
    const tabbed = geometry.steps[geometry.steps.findIndex((s) => s.id === firstOnScreen.id) + 1]!;
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'])).toBe(tabbed.id);

    // an edit that moves nothing (a colour) draws the picture again only where it changed (stillChanges.ts):
    // the step has its new colour in the picture, and the whole picture is what a drawing from nothing at the
    // same view gives (read after the window has been narrowed and widened again, which draws it all again)
    await page.keyboard.press('Enter');
    const code = page.getByRole('textbox', { name: /colour code/ });
    await code.fill('#00ff00');
    const middle = { x: tabbed.x + tabbed.width / 2, y: tabbed.y + tabbed.height / 2 };
    // the picture is drawn again after the edit is painted: when the step's node has its new colour, the
    // picture has not yet been drawn there (the put-off drawing: the edit's own frame does not wait for it)
    const [oldMiddle] = await canvasPixels(page, [middle]);
    const whenRecoloured = page.evaluate(
      ({ id, middle }) =>
        new Promise<number[]>((resolve) => {
          const node = document.querySelector(`.react-flow__node-step[data-id="${id}"]`)!;
          const seen = new MutationObserver(() => {
            seen.disconnect();
            const c = document.querySelector<HTMLCanvasElement>('canvas.polku-still')!;
            const k = c.width / parseFloat(c.style.width);
            const at = [(middle.x - parseFloat(c.style.left)) * k, (middle.y - parseFloat(c.style.top)) * k].map(Math.floor) as [number, number];
            resolve([...c.getContext('2d')!.getImageData(at[0], at[1], 1, 1).data]);
          });
          seen.observe(node, { attributes: true, subtree: true });
        }),
      { id: tabbed.id, middle },
    );
    await code.press('Enter');
    expect(await whenRecoloured).toEqual(oldMiddle);
    await page.keyboard.press('Escape');
    await expect.poll(async () => near((await canvasPixels(page, [middle]))[0]!.slice(0, 3), [0, 255, 0], 30)).toBe(true);
    await page.waitForTimeout(400);
    const pictureNow = () => page.locator('canvas.polku-still').evaluate((c: HTMLCanvasElement) => ({ box: [c.style.left, c.style.top, c.width, c.height].join(' '), data: [...c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data] }));
    const edited = await pictureNow();
    // (the window narrowed and widened again: the view's size changes, the picture is drawn again, whole)
    const size = page.viewportSize()!;
    for (const width of [size.width - 200, size.width]) {
      await page.setViewportSize({ width, height: size.height });
      await rested(page);
      await page.waitForTimeout(400);
    }
    const whole = await pictureNow();
    expect(whole.box).toBe(edited.box);
    // (two drawings from nothing are equal to the pixel; the part drawn again may differ by the smoothing of
    // its shapes' edges — the test's readbacks move the canvas from the GPU to the CPU, whose anti-aliasing
    // differs a little — but nothing is missing, left over or in another colour: no pixel far off)
    let differing = 0;
    let farthest = 0;
    for (let i = 0; i < whole.data.length; i += 4) {
      const off = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(whole.data[i + c]! - edited.data[i + c]!)));
      if (off > 2) differing++;
      farthest = Math.max(farthest, off);
    }
    expect(differing, `pixels that differ from a drawing from nothing, of ${whole.data.length / 4}`).toBeLessThan(40);
    expect(farthest).toBeLessThanOrEqual(48);

    // an edit that changes much of the picture (a move: its lane's rows packed again, the lanes below moved)
    // is painted first — the moved step is React Flow's — and the picture is drawn again, whole, after it
    // (counted by its 'polku:still-drawn' marks: none yet when the moved step's node has moved)
    await page.locator(`.react-flow__node-step[data-id="${tabbed.id}"]`).focus();
    const drawings = () => page.evaluate(() => performance.getEntriesByName('polku:still-drawn').length);
    const order = await page.evaluate(
      (id) =>
        new Promise<{ before: number; whenMoved: number }>((resolve) => {
          const node = document.querySelector(`.react-flow__node-step[data-id="${id}"]`)!;
          const count = () => performance.getEntriesByName('polku:still-drawn').length;
          const before = count();
          const moved = new MutationObserver(() => {
            moved.disconnect();
            resolve({ before, whenMoved: count() });
          });
          moved.observe(node, { attributes: true, attributeFilter: ['style'] });
          node.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        }),
      tabbed.id,
    );
    expect(order.whenMoved).toBe(order.before);
    await expect.poll(drawings).toBeGreaterThan(order.before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
