/**
 * On a 1366×768 laptop (production build, Chromium): a drag moves a step by
 * where the pointer went, not by what the view did; an edit in a list kept
 * in date order stays with its entry; the side panel and the minimap leave the
 * selected step in sight; colour fields show their whole code, and the id
 * waits in a collapsed section.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedJson, withoutFsAccess } from './browser';

const base = inject('baseUrl');
const LAPTOP = { width: 1366, height: 768 };
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = {
  lanes: { id: string; color?: string }[];
  steps: { id: string; start: string; end?: string; lane: string }[];
  depth?: { levels: { at: string; title: string }[] };
};
const saved = (page: Page) => savedJson<Doc>(page);
const stepOf = (doc: Doc, id: string) => doc.steps.find((s) => s.id === id)!;
const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const box = async (l: Locator) => (await l.boundingBox())!;
/** The box now, or null when the element is not drawn (a step out of view is not rendered). */
const boxNow = async (l: Locator) => ((await l.count()) > 0 ? l.boundingBox({ timeout: 1000 }) : null);
const viewport = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
type Box = { x: number; y: number; width: number; height: number };
const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
const plusMonths = (ym: string, k: number) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

describe('on a 1366×768 laptop', () => {
  it('with the panel closed, a mouse drag of two months moves the step by two months, and the view does not move during it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    expect(await page.locator('.polku-inspector').count()).toBe(0);
    const before = stepOf(await saved(page), 'syva-kumppanuus');
    // a month on screen: two steps of the same lane two months apart (2022-03, 2022-05)
    const month = ((await box(node(page, 'integraatio'))).x - (await box(node(page, 'strategia'))).x) / 2;
    expect(month).toBeGreaterThan(10);
    // the step near the canvas's right edge, where the panel would open over it
    const b = await box(node(page, 'syva-kumppanuus'));
    expect(b.x + b.width).toBeGreaterThan(LAPTOP.width - 320);
    const view = await viewport(page);
    const seen: string[] = [];
    await page.mouse.move(b.x + 12, b.y + 10);
    await page.mouse.down();
    seen.push(await viewport(page));
    const dx = month * 2.3;
    const steps = 10;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(b.x + 12 + (dx * i) / steps, b.y + 10);
      seen.push(await viewport(page));
    }
    // while the pointer is down, the view stays where it was and the panel waits
    expect(new Set(seen)).toEqual(new Set([view]));
    expect(await page.locator('.polku-inspector').count()).toBe(0);
    await page.mouse.up();
    // then the panel opens beside the canvas
    await page.getByRole('complementary', { name: 'Step' }).waitFor();
    const after = stepOf(await saved(page), 'syva-kumppanuus');
    expect(after.start).toBe(plusMonths(before.start, 2));
    expect(after.lane).toBe(before.lane);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('with the step’s panel open, widening the step past the canvas’s edge moves its end by the months dragged, and the view not at all', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const march = (await box(node(page, 'strategia'))).x; // where 2022-03 begins
    const month = ((await box(node(page, 'integraatio'))).x - march) / 2;
    const step = node(page, 'mallipilotit'); // from 2023-01, no end (the default width), towards the right
    const before = stepOf(await saved(page), 'mallipilotit');
    await step.click();
    await page.getByRole('complementary', { name: 'Step' }).waitFor();
    const canvas = await box(page.locator('.polku-canvas'));
    await expect.poll(async () => {
      const b = await boxNow(step);
      return b !== null && inside(b, canvas);
    }).toBe(true);
    await step.hover();
    const grip = await box(step.locator('.polku-resize'));
    const x = grip.x + grip.width / 2;
    const y = grip.y + 6;
    // two months and a bit: the box's right edge goes past the canvas's
    const dx = month * 2.4;
    // the end goes to the month under the pointer, counted on the view as it was when the drag began
    const end = plusMonths('2022-03', Math.floor((x + dx - march) / month));
    expect(x + dx).toBeGreaterThan(canvas.x + canvas.width);
    const view = await viewport(page);
    const seen: string[] = [];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(x + (dx * i) / 10, y);
      seen.push(await viewport(page));
    }
    expect(new Set(seen)).toEqual(new Set([view]));
    await page.mouse.up();
    expect(stepOf(await saved(page), 'mallipilotit')).toMatchObject({ start: before.start, end });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a depth level’s new date, then Tab: the focus is in the same level’s name, the rows stay until the list is left, no other name changes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const original = (await saved(page)).depth!.levels;
    expect(original.length).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Diagram' });
    await panel.waitFor();
    const level = (n: number) => panel.getByRole('group', { name: `Level ${n}`, exact: true });
    // the first level's date moves it after the second one
    const date = level(1).getByRole('textbox', { name: 'Starts' });
    const later = plusMonths(original[1]!.at, 2);
    // a date field shows a month as people write it (5/2022), the file keeps 2022-05
    const asTyped = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
    await date.fill(later);
    await page.keyboard.press('Tab');
    // the model keeps the levels in time order at once …
    expect((await saved(page)).depth!.levels.map((l) => l.at)).toEqual([original[1]!.at, later, ...original.slice(2).map((l) => l.at)]);
    // … but the rows stay, and the focus is in the same level's next field
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { label: el.labels?.[0]?.innerText, value: el.value, group: el.closest('fieldset')?.querySelector('legend')?.innerText };
    });
    expect(focused).toEqual({ label: 'Level name', value: original[0]!.title, group: 'Level 1' });
    expect(await date.inputValue()).toBe(asTyped(later));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('vähäinen osallisuus');
    await page.keyboard.press('Tab');
    let levels = (await saved(page)).depth!.levels;
    expect(levels).toEqual([original[1], { at: later, title: 'vähäinen osallisuus' }, ...original.slice(2)]);
    // leaving the list puts the rows in time order
    await panel.getByRole('button', { name: 'Add level' }).focus();
    await expect.poll(() => level(1).getByRole('textbox', { name: 'Level name' }).inputValue()).toBe(original[1]!.title);
    expect(await level(2).getByRole('textbox', { name: 'Level name' }).inputValue()).toBe('vähäinen osallisuus');
    expect(await level(2).getByRole('textbox', { name: 'Starts' }).inputValue()).toBe(asTyped(later));
    levels = (await saved(page)).depth!.levels;
    expect(levels.map((l) => l.title)).toEqual([original[1]!.title, 'vähäinen osallisuus', ...original.slice(2).map((l) => l.title)]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the selected step is neither under the side panel nor under the minimap, also zoomed in', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, LAPTOP, withoutFsAccess);
    const canvas = page.locator('.polku-canvas');
    const step = node(page, 'syva-kumppanuus');
    expect((await box(step)).x + (await box(step)).width).toBeGreaterThan(LAPTOP.width - 320);
    await step.click();
    const panel = page.getByRole('complementary', { name: 'Step' });
    await panel.waitFor();
    // the panel docks beside the canvas, and the view made room for the step
    const panelBox = await box(panel);
    const canvasBox = await box(canvas);
    expect(canvasBox.x + canvasBox.width).toBeLessThanOrEqual(panelBox.x + 0.5);
    await expect.poll(async () => {
      const b = await boxNow(step);
      return b !== null && inside(b, canvasBox);
    }).toBe(true);
    expect(meets(await box(step), panelBox)).toBe(false);

    // zoomed in (the wheel, over the step), the minimap shows, and never over a step
    const map = page.locator('.react-flow__minimap');
    const over = await box(step);
    await page.mouse.move(over.x + over.width / 2, over.y + over.height / 2);
    for (let i = 0; i < 12 && !(await map.isVisible()); i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(150);
    }
    await map.waitFor();
    // the person drags the view so that the selected step lands in the canvas's bottom right corner
    const pane = await page.evaluate(() => {
      const r = document.querySelector('.polku-canvas')!.getBoundingClientRect();
      for (let y = r.top + 40; y < r.bottom - 40; y += 7) {
        for (let x = r.left + 260; x < r.right - 260; x += 7) {
          const el = document.elementFromPoint(x, y);
          if (el?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    });
    expect(pane).not.toBeNull();
    const s = await box(step);
    const to = { x: canvasBox.x + canvasBox.width - 40 - s.width, y: canvasBox.y + canvasBox.height - 40 - s.height };
    await page.mouse.move(pane!.x, pane!.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(pane!.x + ((to.x - s.x) * i) / 8, pane!.y + ((to.y - s.y) * i) / 8);
    await page.mouse.up();
    await page.waitForTimeout(200);
    await panel.waitFor();
    const landed = await box(step);
    expect(inside(landed, canvasBox)).toBe(true);
    expect(landed.x + landed.width).toBeGreaterThan(canvasBox.x + canvasBox.width - 260);
    expect(landed.y + landed.height).toBeGreaterThan(canvasBox.y + canvasBox.height - 200);
    // the minimap moved out of the corner the step now fills, and covers no step
    expect(await map.isVisible()).toBe(true);
    const m = await box(map);
    expect(meets(landed, m)).toBe(false);
    const steps = await page.locator('.react-flow__node-step').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    expect(steps.filter((b) => meets(b, m))).toEqual([]);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  const WORDS = {
    fi: { diagram: 'Kaavio', lane: 'Taso 1', colour: 'Väri', code: /värikoodi/, id: 'Tunnus', advanced: 'Lisätiedot' },
    sv: { diagram: 'Diagram', lane: 'Nivå 1', colour: 'Färg', code: /färgkod/, id: 'Identifierare', advanced: 'Mer' },
    en: { diagram: 'Diagram', lane: 'Lane 1', colour: 'Colour', code: /colour code/, id: 'Id', advanced: 'Advanced' },
  };
  for (const [lang, w] of Object.entries(WORDS)) {
    it(`colour fields show their whole code and a swatch of at least 24 px; the id waits in a collapsed "${w.advanced}" section (${lang})`, async () => {
      const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=${lang}`, LAPTOP, withoutFsAccess);
      const { lanes } = await saved(page);
      await page.getByRole('button', { name: w.diagram, exact: true }).click();
      const panel = page.getByRole('complementary', { name: w.diagram, exact: true });
      await panel.waitFor();
      const lane = panel.getByRole('group', { name: w.lane, exact: true });
      const code = lane.getByRole('textbox', { name: w.code });
      expect(await code.inputValue()).toBe(lanes[0]!.color);
      // the whole code is in sight: its text is no wider than the field's room for it
      const fits = await code.evaluate((el) => {
        const input = el as HTMLInputElement;
        const cs = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return { text: ctx.measureText(input.value).width, room };
      });
      expect(fits.text).toBeLessThanOrEqual(fits.room);
      const swatch = await box(lane.getByLabel(w.colour, { exact: true }));
      expect(Math.min(swatch.width, swatch.height)).toBeGreaterThanOrEqual(24);
      // the id is there only once the section is opened
      const id = lane.getByRole('textbox', { name: w.id, exact: true });
      expect(await id.isVisible()).toBe(false);
      await lane.getByText(w.advanced, { exact: true }).click();
      expect(await id.isVisible()).toBe(true);
      expect(await id.inputValue()).toBe(lanes[0]!.id);
      const result = await new AxeBuilder({ page }).include('.polku-document-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
