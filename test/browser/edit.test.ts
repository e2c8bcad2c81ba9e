import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedJson, withoutFsAccess } from './browser';

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
