/**
 * Direct manipulation beyond moving steps: a step's right edge, the phases'
 * edges, the "Add step" button; and a small diagram built with the keyboard
 * alone from "New" (lanes reordered, a depth level edited, steps created and
 * moved, an arrow made, edited and deleted).
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  lanes: { id: string; title: string }[];
  phases: { id: string; title: string; start: string; end?: string }[];
  steps: { id: string; lane: string; start: string; end?: string; title: string }[];
  links: { id: string; from: string; to: string; title?: string }[];
  depth?: { title: string; levels: { at: string; title: string }[] };
};

const saved = (page: Page) => savedJson<Doc>(page);
const stepOf = (doc: Doc, id: string) => doc.steps.find((s) => s.id === id)!;
const phaseOf = (doc: Doc, id: string) => doc.phases.find((s) => s.id === id)!;
const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'] ?? null);

/** Drags from (x, y) by dx in small moves, as a hand does. */
async function dragBy(page: Page, x: number, y: number, dx: number) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  const moves = 10;
  for (let i = 1; i <= moves; i++) await page.mouse.move(x + (dx * i) / moves, y);
  await page.mouse.up();
}

describe('the time axis by mouse (production build, Chromium)', () => {
  it('drags a step’s right edge to change its end; one undo puts it back', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
    const st = (await node('strategia').boundingBox())!; // starts 2022-03, no end (default width)
    const it2 = (await node('integraatio').boundingBox())!; // 2022-05
    const month = (it2.x - st.x) / 2;
    await node('strategia').hover();
    const grip = (await node('strategia').locator('.polku-resize').boundingBox())!;
    // the end goes to the month under the pointer: strategia's start (2022-03) + 4 months
    const target = st.x + month * 4.5;
    await dragBy(page, grip.x + grip.width / 2, grip.y + 6, target - (grip.x + grip.width / 2));
    expect(stepOf(await saved(page), 'strategia')).toMatchObject({ start: '2022-03', end: '2022-07' });
    const wider = (await node('strategia').boundingBox())!;
    expect(wider.x + wider.width).toBeGreaterThan(st.x + month * 4.5);

    await page.getByRole('button', { name: 'Undo' }).click();
    expect(stepOf(await saved(page), 'strategia').end).toBeUndefined();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('drags the boundary between two phases: both phases change, in whole months, as one undo step', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const edge = page.locator('.polku-phase-edge[data-starts="aluevaltuusto"][data-ends="vate"]');
    const e = (await edge.boundingBox())!;
    const st = (await page.locator('.react-flow__node[data-id="strategia"]').boundingBox())!;
    const it2 = (await page.locator('.react-flow__node[data-id="integraatio"]').boundingBox())!;
    const month = (it2.x - st.x) / 2;
    await dragBy(page, e.x + e.width / 2, e.y + e.height / 2, month * 2.2);
    let doc = await saved(page);
    expect(phaseOf(doc, 'vate')).toMatchObject({ start: '2021-07', end: '2022-04' });
    expect(phaseOf(doc, 'aluevaltuusto')).toMatchObject({ start: '2022-05', end: '2022-12' });

    // Escape during a drag puts it back and makes no undo step.
    const moved = (await edge.boundingBox())!;
    await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
    await page.mouse.down();
    await page.mouse.move(moved.x + moved.width / 2 - month * 3, moved.y + moved.height / 2, { steps: 8 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    doc = await saved(page);
    expect(phaseOf(doc, 'vate').end).toBe('2022-04');

    await page.getByRole('button', { name: 'Undo' }).click();
    doc = await saved(page);
    expect(phaseOf(doc, 'vate').end).toBe('2022-02');
    expect(phaseOf(doc, 'aluevaltuusto').start).toBe('2022-03');
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('"Add step" adds a step on the selected step’s lane and opens its title', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const before = await saved(page);
    await page.locator('.react-flow__node[data-id="tulsote"]').click(); // Valtionapuhankkeet
    await page.getByRole('button', { name: 'Add step' }).click();
    const title = page.getByRole('complementary', { name: 'Step' }).getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill('Hankehaku 2024');
    await title.press('Enter');
    const after = await saved(page);
    const added = after.steps.filter((s) => !before.steps.some((o) => o.id === s.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ title: 'Hankehaku 2024', lane: 'valtionapu' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the axis by phase (production build, Chromium)', () => {
  it('switched in the diagram panel (no axe violations there): the phases get like room, and a drag and → still move a step by whole months', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const box = async (id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    await page.getByRole('button', { name: 'Diagram', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Diagram' });
    await panel.getByRole('group', { name: 'Time axis' }).getByRole('radio', { name: 'by phase' }).check();
    expect(((await saved(page)) as Doc & { axis?: { mode?: string } }).axis).toMatchObject({ mode: 'phases' });
    const axe = await new AxeBuilder({ page }).include('.polku-inspector-body').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Close the diagram panel' }).click();
    // a month of the 10-month phase (3–12/2022) is wider than one of the open-ended last (1–12/2023)
    const month2 = ((await box('integraatio')).x - (await box('strategia')).x) / 2; // 2022-05 − 2022-03
    const month3 = ((await box('syva-kumppanuus')).x - (await box('mallipilotit')).x) / 7; // 2023-08 − 2023-01
    expect(month2 / month3).toBeCloseTo(12 / 10, 1);

    const m = await box('mallipilotit'); // 2023-01, no end
    await dragBy(page, m.x + 10, m.y + 10, month3 * 3.4);
    expect(stepOf(await saved(page), 'mallipilotit').start).toBe('2023-04');
    await page.locator('.react-flow__node[data-id="mallipilotit"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    expect(stepOf(await saved(page), 'mallipilotit').start).toBe('2023-05');
    // in the wider months of 2022 too
    const s = await box('strategia'); // 2022-03
    await dragBy(page, s.x + 10, s.y + 10, month2 * 2.4);
    expect(stepOf(await saved(page), 'strategia').start).toBe('2022-05');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a diagram built with the keyboard alone', () => {
  it('New, lanes reordered, a depth level edited, a phase, two steps moved and resized, an arrow made, titled and deleted', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    // Reach a toolbar button by Tab from the start of the page, as a person would.
    const tabTo = async (match: (label: string) => boolean, limit = 200) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const labelled = el && 'labels' in el ? (el as HTMLInputElement).labels?.[0]?.innerText : undefined;
          return el?.getAttribute('aria-label') || labelled || el?.innerText || '';
        });
        if (match(label.trim())) return;
      }
      throw new Error('not reached by Tab');
    };
    const tabToButton = (name: string) => tabTo((l) => l === name);

    // New: the untouched example asks nothing; the start dialog's suggestion is taken as it is
    await tabToButton('New');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Start your own path' });
    await dialog.waitFor();
    await tabTo((l) => l === 'Create diagram', 40);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.react-flow__node-step').count()).toBe(0);

    // The diagram panel: lanes reordered, a depth level renamed and moved.
    await tabToButton('Diagram');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Diagram' });
    await panel.waitFor();
    const lanesBefore = (await saved(page)).lanes.map((l) => l.id);
    const firstLane = (await saved(page)).lanes[0]!.title;
    await tabTo((l) => l === `Move down: ${firstLane}`);
    await page.keyboard.press('Enter');
    // no phases, so no band yet: the panel adds the seed's, dated along this diagram
    await tabTo((l) => l === 'Add a depth band');
    await page.keyboard.press('Enter');
    await tabTo((l) => l === 'Level name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('vähäinen osallisuus');
    await page.keyboard.press('Enter');
    let doc = await saved(page);
    expect(doc.lanes.map((l) => l.id)).toEqual([lanesBefore[1], lanesBefore[0], ...lanesBefore.slice(2)]);
    expect(doc.depth?.levels[0]?.title).toBe('vähäinen osallisuus');
    expect(doc.phases).toEqual([]);
    await tabTo((l) => l === 'Add phase');
    await page.keyboard.press('Enter');
    await tabTo((l) => l === 'Phase name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Valmistelu');
    await page.keyboard.press('Enter');
    doc = await saved(page);
    expect(doc.phases).toEqual([expect.objectContaining({ title: 'Valmistelu' })]);
    await page.keyboard.press('Escape');

    // Add a step with the toolbar button, type its title.
    await tabToButton('Add step');
    await page.keyboard.press('Enter');
    const title = page.getByRole('complementary', { name: 'Step' }).getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Kumppanuuspöytä');
    await page.keyboard.press('Enter');
    doc = await saved(page);
    expect(doc.steps).toHaveLength(1);
    const first = doc.steps[0]!;
    expect(first).toMatchObject({ title: 'Kumppanuuspöytä', lane: doc.lanes[0]!.id });

    // To the step on the canvas by Tab; move it a month right and a lane down; Shift+Right gives it an end.
    await tabTo((l) => l.startsWith('Kumppanuuspöytä'));
    expect(await focusedId(page)).toBe(first.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    doc = await saved(page);
    const [y, m] = first.start.split('-').map(Number) as [number, number];
    const plus = (k: number) => {
      const i = y * 12 + (m - 1) + k;
      return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    };
    expect(stepOf(doc, first.id)).toMatchObject({ lane: doc.lanes[1]!.id, start: plus(1), end: plus(3) });

    // N: a second step a month later, same lane; its title typed; back to the canvas.
    await page.keyboard.press('n');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Järjestöfoorumi');
    await page.keyboard.press('Enter');
    doc = await saved(page);
    const second = doc.steps.find((s) => s.title === 'Järjestöfoorumi')!;
    expect(second).toMatchObject({ lane: doc.lanes[1]!.id, start: plus(2) });

    // Link first → second: L on the first, Tab to the second, Enter.
    await tabTo((l) => l.startsWith('Kumppanuuspöytä'));
    await page.keyboard.press('l');
    await tabTo((l) => l.startsWith('Järjestöfoorumi'), 5);
    await page.keyboard.press('Enter');
    doc = await saved(page);
    expect(doc.links).toEqual([expect.objectContaining({ from: first.id, to: second.id })]);

    // The arrow from the step's panel: focus is on the target now; Enter opens it, Tab to "← Kumppanuuspöytä",
    // give the arrow a text, then delete it.
    expect(await focusedId(page)).toBe(second.id);
    await page.keyboard.press('Enter');
    await tabTo((l) => l === '← Kumppanuuspöytä', 30);
    await page.keyboard.press('Enter');
    const arrowPanel = page.getByRole('complementary', { name: 'Link' });
    await arrowPanel.waitFor();
    const arrowText = arrowPanel.getByRole('textbox', { name: 'Arrow text' });
    await expect.poll(() => arrowText.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('mahdollistaa');
    await page.keyboard.press('Enter');
    doc = await saved(page);
    expect(doc.links[0]).toMatchObject({ title: 'mahdollistaa' });
    await tabTo((l) => l === 'Delete link', 10);
    await page.keyboard.press('Enter');
    doc = await saved(page);
    expect(doc.links).toEqual([]);
    expect(doc.steps).toHaveLength(2);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** Opens a short path (dayPathFile) and waits until the app holds its steps. */
async function openDayPath(page: Page, name: string, steps: Doc['steps']): Promise<void> {
  await openFile(page, dayPathFile(name, steps));
  const ids = steps.map((s) => s.id).sort().join();
  await expect.poll(async () => (await saved(page)).steps.map((s) => s.id).sort().join()).toBe(ids);
}

/** A diagram file of one short path (day dates, and one month-dated step), written for the test to open. */
function dayPathFile(name: string, steps: Doc['steps']): string {
  const file = join(mkdtempSync(join(tmpdir(), 'polku-axis-')), `${name}.json`);
  const doc = {
    format: 'participation-path',
    version: 1,
    title: 'Kommentointikierros',
    language: 'en',
    lanes: [
      { id: 'a', title: 'Organisations' },
      { id: 'b', title: 'County' },
    ],
    phases: [],
    steps,
    links: [],
  };
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

async function openFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (await chooser).setFiles(path);
}

/** Tab until the step whose accessible name starts with `title` has the focus. */
async function tabToStep(page: Page, title: string) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    if (label.startsWith(title)) return;
  }
  throw new Error(`${title} not reached by Tab`);
}

describe('an axis of days and weeks (production build, Chromium)', () => {
  it('shows days, ISO weeks and months; the keys, a drag, a resize and a double click go by days; a month-dated step by months', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openDayPath(page, 'three-weeks', [
      { id: 'comments', lane: 'a', title: 'Web comments', start: '2021-08-16', end: '2021-09-05' },
      { id: 'forum', lane: 'b', title: 'Forum', start: '2021-08-23', end: '2021-08-23' },
      { id: 'august', lane: 'b', title: 'August letters', start: '2021-08', end: '2021-08' },
    ]);
    const axisText = await page.locator('.polku-axis text').allTextContents();
    expect(axisText).toEqual(expect.arrayContaining(['August 2021', 'September 2021', 'w 34', '23', '5']));
    // the two days of July the margin shows: the month named as far as its cut cell holds (a flat path's page is narrower)
    expect(axisText.filter((t) => /^(July 2021|Jul 2021|7\/2021)$/.test(t))).toHaveLength(1);

    const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
    // one day on screen, from day counts: the forum (23.8.) lies 7 days after the comments' start (16.8.)
    const day = ((await node('forum').boundingBox())!.x - (await node('comments').boundingBox())!.x) / 7;
    expect(day).toBeGreaterThan(10);

    // →: a day-dated step moves a day; Shift+→ moves its end a day; a month-dated step moves a month
    await tabToStep(page, 'Forum');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    let doc = await saved(page);
    expect(stepOf(doc, 'forum')).toMatchObject({ start: '2021-08-24', end: '2021-08-25' });
    await tabToStep(page, 'August letters');
    await page.keyboard.press('ArrowRight');
    doc = await saved(page);
    expect(stepOf(doc, 'august')).toMatchObject({ start: '2021-09', end: '2021-09' });
    await page.getByRole('button', { name: 'Undo' }).click();

    // the right edge goes to the day under the pointer
    await node('comments').hover();
    const grip = (await node('comments').locator('.polku-resize').boundingBox())!;
    await dragBy(page, grip.x + grip.width / 2, grip.y + 6, -day * 2);
    doc = await saved(page);
    expect(stepOf(doc, 'comments')).toMatchObject({ start: '2021-08-16', end: '2021-09-03' });

    // a double click on an empty spot adds a step at that day (the axis has changed with the content: measure again)
    const c2 = (await node('comments').boundingBox())!;
    const day2 = ((await node('forum').boundingBox())!.x - c2.x) / 8; // the forum is at 24.8. now
    await page.mouse.dblclick(c2.x - day2 * 2.5, c2.y + c2.height / 2);
    doc = await saved(page);
    const added = doc.steps.find((s) => !['comments', 'forum', 'august'].includes(s.id));
    expect(added).toMatchObject({ lane: 'a', start: '2021-08-13' });
    expect(added?.end).toBeUndefined();

    // a drag of three and a half days snaps to the day it ends in (the step selected first: its panel opens on a click)
    await node('forum').click();
    // the panel opens and the view may move to keep the step in sight: wait until it holds still
    let f = (await node('forum').boundingBox())!;
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(150);
      const now = (await node('forum').boundingBox())!;
      if (now.x === f.x && now.y === f.y) break;
      f = now;
    }
    // (the new step changed the axis again: a day measured anew, forum 24.8. − comments 16.8.)
    const day3 = (f.x - (await node('comments').boundingBox())!.x) / 8;
    // leftwards, away from the canvas's edge beside the open panel (where React Flow pans the view under a drag)
    await dragBy(page, f.x + f.width / 2, f.y + f.height / 2, -day3 * 3.5);
    doc = await saved(page);
    // the start goes to the day under the box's new left edge: 24.8. less three and a half days lies in 20.8.
    expect(stepOf(doc, 'forum')).toMatchObject({ start: '2021-08-20', end: '2021-08-21' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('on an axis of weeks, → moves a day-dated step a week', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    await openDayPath(page, 'three-months', [
      { id: 'survey', lane: 'a', title: 'Survey', start: '2021-08-16', end: '2021-08-20' },
      { id: 'decision', lane: 'b', title: 'Decision', start: '2021-10-29', end: '2021-10-29' },
    ]);
    expect(await page.locator('.polku-axis text').allTextContents()).toEqual(expect.arrayContaining(['October 2021', 'w 43']));
    await tabToStep(page, 'Survey');
    await page.keyboard.press('ArrowRight');
    expect(stepOf(await saved(page), 'survey')).toMatchObject({ start: '2021-08-23', end: '2021-08-27' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(stepOf(await saved(page), 'survey')).toMatchObject({ start: '2021-08-09', end: '2021-08-13' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
