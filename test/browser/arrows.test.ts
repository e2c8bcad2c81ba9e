/**
 * Arrows as people try them (issue 10, deliver 4), on a 1366×768 laptop:
 * an arrow dropped anywhere on the target box is made; while one is being
 * made (by mouse or by L) the screen says so in words beside the source step
 * and the possible targets are outlined, and Escape cancels; the resize strip
 * on a step's right edge and the arrow handle beside it are separate targets
 * of at least 24×24 px.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedJson, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const LAPTOP = { width: 1366, height: 768 };
const HINT = 'Choose the target step — Esc cancels';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = {
  steps: { id: string; start: string; end?: string }[];
  links: { from: string; to: string }[];
};
type Box = { x: number; y: number; width: number; height: number };
const saved = (page: Page) => savedJson<Doc>(page);
const hasLink = (doc: Doc, from: string, to: string) => doc.links.some((l) => l.from === from && l.to === to);
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const boxOf = async (l: Locator): Promise<Box> => (await l.boundingBox())!;
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Hovers the step (its handle shows) and gives the handle's box. */
async function handleOf(page: Page, id: string): Promise<Box> {
  const b = await boxOf(node(page, id));
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  return boxOf(node(page, id).locator('.polku-handle-source'));
}

/** Presses at `from`, moves to `to` in small moves as a hand does; releases unless told not to. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, release = true) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const moves = 12;
  for (let i = 1; i <= moves; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / moves, from.y + ((to.y - from.y) * i) / moves);
  if (release) await page.mouse.up();
}

/** The hint's box, and whether it (or anything around it) is a live region. */
async function hintState(page: Page) {
  const hint = page.getByText(HINT, { exact: true });
  if ((await hint.count()) === 0) return null;
  return {
    visible: await hint.isVisible(),
    box: await boxOf(hint),
    live: await hint.evaluate((el) => !!el.closest('[aria-live], [role="status"], [role="alert"], [role="log"]')),
  };
}

/** The hint is beside `b`: just above or below it, and overlapping it sideways. */
function isBeside(h: Box, b: Box) {
  const gapAbove = b.y - (h.y + h.height);
  const gapBelow = h.y - (b.y + b.height);
  const vertical = (gapAbove >= 0 && gapAbove <= 24) || (gapBelow >= 0 && gapBelow <= 24);
  const sideways = h.x < b.x + b.width && h.x + h.width > b.x;
  return vertical && sideways;
}

const outlineOf = (page: Page, id: string) =>
  node(page, id)
    .locator('.polku-step')
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, opacity: Number(s.opacity) };
    });

describe('drawing an arrow by mouse (production build, Chromium, 1366×768)', () => {
  it('dropped on the middle of the target box, the arrow is made; on the source itself or the empty canvas nothing; a duplicate is told', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const original = await saved(page);
    expect(hasLink(original, 'asukkaat', 'tulsote')).toBe(false);

    await drag(page, centre(await handleOf(page, 'asukkaat')), centre(await boxOf(node(page, 'tulsote'))));
    let doc = await saved(page);
    expect(hasLink(doc, 'asukkaat', 'tulsote')).toBe(true);
    expect(doc.links).toHaveLength(original.links.length + 1);

    // onto the empty canvas of a level, left of TulSote …
    const tulsote = await boxOf(node(page, 'tulsote'));
    await drag(page, centre(await handleOf(page, 'aloitus')), { x: tulsote.x - 40, y: tulsote.y + tulsote.height / 2 });
    // back onto the source's own middle: nothing, and nothing to tell
    await drag(page, centre(await handleOf(page, 'aloitus')), centre(await boxOf(node(page, 'aloitus'))));
    doc = await saved(page);
    expect(doc.links).toHaveLength(original.links.length + 1);
    const notice = page.locator('.polku-notice');
    expect(await notice.innerText()).not.toContain('No arrow added');

    // the same arrow again: refused, and told
    await drag(page, centre(await handleOf(page, 'asukkaat')), centre(await boxOf(node(page, 'tulsote'))));
    await expect.poll(() => notice.innerText()).toContain('No arrow added');
    expect((await saved(page)).links).toHaveLength(original.links.length + 1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('while dragging from the handle the words are beside the source and the targets outlined; Escape drops the drag and makes nothing', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const original = await saved(page);
    const source = await boxOf(node(page, 'strategia'));
    const target = await boxOf(node(page, 'lisakehittaminen'));
    expect(await hintState(page)).toBeNull();
    await drag(page, centre(await handleOf(page, 'strategia')), centre(target), false);

    await expect.poll(() => hintState(page)).not.toBeNull();
    const hint = (await hintState(page))!;
    expect(hint).toMatchObject({ visible: true, live: false });
    expect(isBeside(hint.box, source)).toBe(true);
    // another step is outlined as a possible target; the one it already leads to is not, and is dimmed
    expect((await outlineOf(page, 'aloitus')).style).toBe('dashed');
    expect(await outlineOf(page, 'integraatio')).toMatchObject({ style: 'none' });
    expect((await outlineOf(page, 'integraatio')).opacity).toBeLessThan(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => hintState(page)).toBeNull();
    await page.mouse.move(target.x + target.width / 2 + 3, target.y + target.height / 2);
    await page.mouse.up();
    const doc = await saved(page);
    expect(doc.links).toHaveLength(original.links.length);
    expect((await outlineOf(page, 'aloitus')).style).toBe('none');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('drawing an arrow with L', () => {
  it('L on a focused step: visible words beside it that are not a live region, targets outlined; Escape removes them', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    await node(page, 'strategia').focus();
    expect(await hintState(page)).toBeNull();
    expect((await outlineOf(page, 'aloitus')).style).toBe('none');
    await page.keyboard.press('l');

    await expect.poll(() => hintState(page)).not.toBeNull();
    const hint = (await hintState(page))!;
    expect(hint).toMatchObject({ visible: true, live: false });
    expect(isBeside(hint.box, await boxOf(node(page, 'strategia')))).toBe(true);
    // the screen reader's announcement is still there, in its live region
    expect(await page.locator('[role="status"][aria-live="polite"].sr-only').innerText()).toContain('Linking from step');
    expect((await outlineOf(page, 'aloitus')).style).toBe('dashed');
    expect((await outlineOf(page, 'integraatio')).style).toBe('none');

    // nothing on screen while linking breaks WCAG 2.1 A/AA (the words, the outlined and dimmed steps)
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Tab to another step: the words stay with the source
    await page.keyboard.press('Tab');
    expect(isBeside((await hintState(page))!.box, await boxOf(node(page, 'strategia')))).toBe(true);

    await page.keyboard.press('Escape');
    expect(await hintState(page)).toBeNull();
    expect((await outlineOf(page, 'aloitus')).style).toBe('none');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('L and a click at once, before the keys\' code has arrived (it loads on the first focus): the arrow is made', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    // the keys' code comes 600 ms late, as on a slow machine
    await page.route(/keyboardKeys-[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await node(page, 'asukkaat').focus();
    await page.keyboard.press('l');
    await node(page, 'tulsote').click();
    await expect.poll(async () => hasLink(await saved(page), 'asukkaat', 'tulsote'), { timeout: 5000 }).toBe(true);
    await context.close();
  });

  it('after L a click on another step makes the arrow there', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    await node(page, 'asukkaat').focus();
    await page.keyboard.press('l');
    await node(page, 'tulsote').click();
    expect(await hintState(page)).toBeNull();
    expect(hasLink(await saved(page), 'asukkaat', 'tulsote')).toBe(true);
    await context.close();
  });
});

describe('a step’s right edge: the resize strip and the arrow handle beside it', () => {
  it('grabbing the middle of the right edge widens the step and makes no arrow; grabbing the handle makes an arrow and does not resize', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const original = await saved(page);
    const st = await boxOf(node(page, 'strategia')); // 2022-03, no end
    const it2 = await boxOf(node(page, 'integraatio')); // 2022-05
    const month = (it2.x - st.x) / 2;
    await page.mouse.move(st.x + st.width / 2, st.y + st.height / 2);
    // the middle of the edge line itself, as a person aims at it
    const edge = { x: st.x + st.width, y: st.y + st.height / 2 };
    await drag(page, edge, { x: st.x + month * 4.5, y: edge.y });
    let doc = await saved(page);
    expect(doc.steps.find((s) => s.id === 'strategia')).toMatchObject({ start: '2022-03', end: '2022-07' });
    expect(doc.links).toEqual(original.links);
    const wider = await boxOf(node(page, 'strategia'));
    expect(wider.x + wider.width).toBeGreaterThan(st.x + st.width + month);

    await drag(page, centre(await handleOf(page, 'strategia')), centre(await boxOf(node(page, 'lisakehittaminen'))));
    doc = await saved(page);
    expect(hasLink(doc, 'strategia', 'lisakehittaminen')).toBe(true);
    expect(doc.steps.find((s) => s.id === 'strategia')).toMatchObject({ start: '2022-03', end: '2022-07' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the handle and the strip are each at least 24×24 px and do not overlap, at fit, at zoom 1 and zoomed out', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const zoom = () =>
      page.locator('.react-flow__viewport').evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1] ?? 1));
    const measure = async (id: string) => {
      const n = node(page, id);
      const b = await boxOf(n);
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      const handle = await n.locator('.polku-handle-source').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const strip = await n.locator('.polku-resize').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      // what the pointer hits at each one's centre is that one
      const hits = await page.evaluate(
        ([h, s]) => {
          const at = (r: DOMRect) => document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return { handle: !!at(h)?.closest('.polku-handle-source'), strip: !!at(s)?.closest('.polku-resize') };
        },
        [handle, strip] as const,
      );
      return { handle, strip, hits };
    };
    /** Up to three steps wholly on screen, their right-hand handle too. */
    const onScreen = () =>
      page.evaluate(() => {
        const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.react-flow__node-step')]
          .filter((n) => {
            const r = n.getBoundingClientRect();
            return r.left >= pane.left && r.top >= pane.top && r.right + 60 <= pane.right && r.bottom <= pane.bottom;
          })
          .map((n) => n.dataset['id']!)
          .slice(0, 3);
      });
    const check = async (where: string) => {
      const ids = await onScreen();
      expect(ids.length, where).toBeGreaterThan(0);
      for (const id of ids) {
        const { handle, strip, hits } = await measure(id);
        const label = `${where} (zoom ${(await zoom()).toFixed(2)}), ${id}`;
        expect(handle.width, label).toBeGreaterThanOrEqual(24);
        expect(handle.height, label).toBeGreaterThanOrEqual(24);
        expect(strip.width, label).toBeGreaterThanOrEqual(24);
        expect(strip.height, label).toBeGreaterThanOrEqual(24);
        const overlapX = Math.min(handle.right, strip.right) - Math.max(handle.left, strip.left);
        const overlapY = Math.min(handle.bottom, strip.bottom) - Math.max(handle.top, strip.top);
        expect(overlapX <= 0 || overlapY <= 0, `${label}: handle and strip overlap`).toBe(true);
        expect(hits, label).toEqual({ handle: true, strip: true });
      }
    };
    expect(await zoom()).toBeLessThan(1);
    await check('fit to view');
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    while ((await zoom()) < 1) {
      await zoomIn.click();
      await page.waitForTimeout(250);
    }
    await check('zoomed in');
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await settledView(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await settledView(page);
    // one step out from fit: a one-line box is under 24 px tall on screen, its strip is not
    expect(await zoom()).toBeLessThan(0.7);
    await check('zoomed out');
    await context.close();
  });
});
