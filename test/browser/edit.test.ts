import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDiagramText } from '../../src/io/writeDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { xOfTime } from '../../src/layout/place';
import { generateDiagram } from '../bench/generateDiagram';
import { launch, openPage, openThroughInput, savedJson, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = {
  steps: { id: string; lane: string; start: string; end?: string; title: string }[];
  links: { id: string; from: string; to: string; title?: string }[];
};
const saved = (page: Page) => savedJson<Doc>(page);
const stepOf = (doc: Doc, id: string) => doc.steps.find((s) => s.id === id)!;

describe('editing on the time axis (production build, Chromium)', () => {
  it('drags a step one month right and one lane down; undo and redo it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, async (c) => {
      await withoutFsAccess(c);
    });
    const box = async (id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    const strategia = await box('strategia'); // 2022-03, Toimeenpanon taso
    const integraatio = await box('integraatio'); // 2022-05, same lane
    const below = await box('aluevaltuusto-kausi'); // Valmistelun taso
    const month = (integraatio.x - strategia.x) / 2;

    await page.mouse.move(strategia.x + 10, strategia.y + 10);
    await page.mouse.down();
    const steps = 12;
    const dx = month * 1.3;
    const dy = below.y + below.height / 2 - (strategia.y + strategia.height / 2);
    for (let i = 1; i <= steps; i++) await page.mouse.move(strategia.x + 10 + (dx * i) / steps, strategia.y + 10 + (dy * i) / steps);
    await page.mouse.up();

    const after = stepOf(await saved(page), 'strategia');
    expect(after).toMatchObject({ start: '2022-04', lane: 'valmistelu' });

    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    expect(await redo.isDisabled()).toBe(true);
    await undo.click(); // the whole drag is one step
    expect(stepOf(await saved(page), 'strategia')).toMatchObject({ start: '2022-03', lane: 'toimeenpano' });
    expect(await undo.isDisabled()).toBe(true);
    await redo.click();
    expect(stepOf(await saved(page), 'strategia')).toMatchObject({ start: '2022-04', lane: 'valmistelu' });
    // Escape during a drag puts the step back, and the rest of the drag moves nothing
    const moved = await box('strategia');
    await page.mouse.move(moved.x + 10, moved.y + 10);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(moved.x + 10 + (dx * i) / steps, moved.y + 10);
    await expect.poll(async () => (await box('strategia')).x).toBeGreaterThan(moved.x + month / 2);
    await page.keyboard.press('Escape');
    await page.mouse.move(moved.x + 10 + 2 * dx, moved.y + 10);
    await page.mouse.up();
    expect(stepOf(await saved(page), 'strategia')).toMatchObject({ start: '2022-04', lane: 'valmistelu' });
    expect((await box('strategia')).x).toBeCloseTo(moved.x, 0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('in a large diagram a drag is a preview that follows the pointer, snapped to months; the model moves once, at the drop; Escape puts it back', async () => {
    const d = generateDiagram(800, 3);
    const file = join(mkdtempSync(join(tmpdir(), 'polku-drag-')), 'large.json');
    writeFileSync(file, writeDiagramText(d));
    const g = layoutDiagram(d);
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const drawn = await page.evaluate(() => performance.getEntriesByName('polku:drawn').length);
    await openThroughInput(page, file);
    await page.waitForFunction((n) => performance.getEntriesByName('polku:drawn').length > n, drawn, { timeout: 60_000 });
    // zoomed in enough that a month is a handful of pixels
    // (each click's zoom ends before the next: a click during one zooms from where it is)
    for (let i = 0; i < 14; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await settledView(page);
    }
    const zoom = await page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
    expect((xOfTime(g, Date.UTC(2025, 1, 1)) - xOfTime(g, Date.UTC(2025, 0, 1))) * zoom).toBeGreaterThan(8);
    // a step with an arrow, wholly on screen, not at the axis's end (so three months on is still on the axis)
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const candidates = await page.evaluate(
      (b) =>
        [...document.querySelectorAll<HTMLElement>('.react-flow__node-step')]
          .map((el) => ({ id: el.dataset['id']!, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.left > b.x + 40 && r.top > b.y + 40 && r.right < b.x + b.width - 300 && r.bottom < b.y + b.height - 60)
          .map(({ id, r }) => ({ id, x: r.left, y: r.top })),
      pane,
    );
    const drawnEdges = new Set(await page.locator('.react-flow__edge').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))));
    const arrowsOf = (id: string) => d.links.filter((l) => l.from === id || l.to === id).map((l) => l.id);
    const step = d.steps.find((s) => candidates.some((c) => c.id === s.id) && arrowsOf(s.id).some((l) => drawnEdges.has(l)) && s.start < '2029-01')!;
    expect(step).toBeDefined();
    const arrowsShown = () => page.locator('.react-flow__edge').evaluateAll((els, ids) => els.filter((e) => ids.includes(e.getAttribute('data-id')!)).length, arrowsOf(step.id));
    expect(await arrowsShown()).toBeGreaterThan(0);
    const node = page.locator(`.react-flow__node[data-id="${step.id}"]`);
    const label = await node.getAttribute('aria-label');
    const at = (await node.boundingBox())!;
    const [y, m] = step.start.split('-').map(Number) as [number, number];
    const monthX = (k: number) => xOfTime(g, Date.UTC(y, m - 1 + k, 1));
    // three and a half months to the right on screen: the box lands on the start of the third month
    const dx = ((monthX(3) + monthX(4)) / 2 - monthX(0)) * zoom;
    const lands = (monthX(3) - monthX(0)) * zoom;
    await page.mouse.move(at.x + 6, at.y + 6);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(at.x + 6 + (dx * i) / 10, at.y + 6);
    // while the pointer is down: the box is at its new month, the model (the step's name, with its dates) unchanged
    await expect.poll(async () => (await node.boundingBox())!.x - at.x).toBeCloseTo(lands, 0);
    expect(await node.getAttribute('aria-label')).toBe(label);
    // its arrows wait for the drop (they would point at where it was)
    expect(await arrowsShown()).toBe(0);
    await page.mouse.up();
    await expect.poll(arrowsShown).toBeGreaterThan(0);
    const moved = `${y + Math.floor((m + 2) / 12)}-${String(((m + 2) % 12) + 1).padStart(2, '0')}`;
    expect(stepOf(await saved(page), step.id).start).toBe(moved);
    expect(await node.getAttribute('aria-label')).not.toBe(label);
    // one undo step
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(stepOf(await saved(page), step.id).start).toBe(step.start);
    // Escape during a drag: nothing moves
    const back = (await node.boundingBox())!;
    await page.mouse.move(back.x + 6, back.y + 6);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(back.x + 6 + (dx * i) / 10, back.y + 6);
    await expect.poll(async () => (await node.boundingBox())!.x - back.x).toBeCloseTo(lands, 0);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect.poll(async () => (await node.boundingBox())!.x).toBeCloseTo(back.x, 0);
    expect(stepOf(await saved(page), step.id).start).toBe(step.start);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('edits a step in the inspector and refuses an end before the start at the field', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await page.locator('.react-flow__node[data-id="aloitus"]').click();
    const panel = page.getByRole('complementary', { name: 'Step' });
    const title = panel.getByRole('textbox', { name: 'Title' });
    await title.fill('Toiminnan virallinen aloitus');
    await title.press('Enter');
    const end = panel.getByRole('textbox', { name: 'Ends' });
    await end.fill('2021-05');
    await end.press('Enter');
    await expect(end.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await panel.getByRole('alert').innerText()).not.toBe('');
    const doc = await saved(page);
    expect(stepOf(doc, 'aloitus')).toMatchObject({ title: 'Toiminnan virallinen aloitus' });
    expect(stepOf(doc, 'aloitus').end).toBeUndefined();
    await context.close();
  });
});

describe('editing an arrow', () => {
  it('selects an arrow, gives it a text, reverses and deletes it', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const path = page.locator('.react-flow__edge[data-id="v1"] .react-flow__edge-interaction');
    const b = (await path.boundingBox())!;
    // the middle of the curve between TulSote and Pysyvien …: a point on the path, off the boxes
    const point = await path.evaluate((el) => {
      const p = el as SVGPathElement;
      const pt = p.getPointAtLength(p.getTotalLength() / 2);
      const m = p.getScreenCTM()!;
      return { x: pt.x * m.a + m.e, y: pt.y * m.d + m.f };
    });
    expect(b.width).toBeGreaterThan(0);
    await page.mouse.click(point.x, point.y);
    const panel = page.getByRole('complementary', { name: 'Link' });
    const text = panel.getByRole('textbox', { name: 'Arrow text' });
    await text.fill('jatkuu');
    await text.press('Enter');
    await panel.getByRole('button', { name: 'Reverse direction' }).click();
    let doc = await saved(page);
    expect(doc.links.find((l: { id: string }) => l.id === 'v1')).toMatchObject({ from: 'rakenteet', to: 'tulsote', title: 'jatkuu' });
    await panel.getByRole('button', { name: 'Delete link' }).click();
    doc = await saved(page);
    expect(doc.links.find((l: { id: string }) => l.id === 'v1')).toBeUndefined();
    await context.close();
  });
});

describe('drawing an arrow with the mouse', () => {
  it('drags from one step’s dot to another step and the link is in the saved file', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const from = (await page.locator('.react-flow__node[data-id="asukkaat"]').boundingBox())!;
    const to = (await page.locator('.react-flow__node[data-id="tulsote"]').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    const dot = (await page.locator('.react-flow__node[data-id="asukkaat"] .polku-handle-source').boundingBox())!;
    await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(dot.x + ((to.x + 6 - dot.x) * i) / 10, dot.y + ((to.y + to.height / 2 - dot.y) * i) / 10);
    }
    await page.mouse.up();
    const doc = await saved(page);
    expect(doc.links.some((l: { from: string; to: string }) => l.from === 'asukkaat' && l.to === 'tulsote')).toBe(true);
    await context.close();
  });
});
