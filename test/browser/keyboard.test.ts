import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, savedJson, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = { steps: { id: string; lane: string; start: string; title: string }[]; links: { id: string; from: string; to: string }[]; lanes: { id: string }[] };

const saved = (page: Page) => savedJson<Doc>(page);
const stepOf = (doc: Doc, id: string) => doc.steps.find((s) => s.id === id)!;
const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id'] ?? null);
const liveText = (page: Page) => page.locator('.react-flow [role="status"]').innerText();

describe('keyboard editing (production build, Chromium)', () => {
  it('moves, links, copies and adds steps with the keyboard alone', async () => {
    const { page, context, consoleErrors } = await openPage(browser, base, undefined, withoutFsAccess);
    const original = await saved(page);

    // Step nodes are in time order in the DOM, so Tab reaches them in time order.
    const domOrder = await page.locator('.react-flow__node-step').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']!));
    const starts = domOrder.map((id) => stepOf(original, id).start);
    expect(starts).toEqual([...starts].sort());

    // Tab to "Toiminnan aloitus".
    let found = false;
    for (let i = 0; i < 80 && !found; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      found = label.startsWith('Toiminnan aloitus');
    }
    expect(found).toBe(true);
    expect(await focusedId(page)).toBe('aloitus');

    // Arrows: a month right, a lane down; focus stays on the step.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(100);
    expect(await focusedId(page)).toBe('aloitus');
    let doc = await saved(page);
    expect(stepOf(doc, 'aloitus')).toMatchObject({ start: '2021-08', lane: 'valmistelu' });

    // Link: L, Tab to the target, Enter. aloitus → jaostot exists already: refused and announced.
    await page.keyboard.press('l');
    expect(await liveText(page)).toContain('Yhdistetään askeleesta Toiminnan aloitus');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('jaostot');
    await page.keyboard.press('Enter');
    expect(await liveText(page)).toContain('Yhteyttä ei lisätty');
    // the reason names the two steps by their titles, not by ids
    expect(await liveText(page)).toMatch(/Askeleesta ”Toiminnan aloitus” askeleeseen ”Järjestöjen osallistuminen jaostoihin ja työryhmiin mahdollista” on jo nuoli/);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('tulsote');
    await page.keyboard.press('Enter');
    expect(await liveText(page)).toContain('Yhdistetty');
    doc = await saved(page);
    expect(doc.links.length).toBe(original.links.length + 1);
    expect(doc.links.some((l) => l.from === 'aloitus' && l.to === 'tulsote')).toBe(true);

    // Select tulsote (Space) and aloitus (Shift+Space), copy, paste: both a month later with new ids, and their link.
    await page.waitForTimeout(50);
    expect(await focusedId(page)).toBe('tulsote');
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe('aloitus');
    await page.keyboard.press('Shift+Space');
    expect(await page.locator('.react-flow__node-step.selected').count()).toBe(2);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await page.waitForTimeout(300);
    const afterPaste = await saved(page);
    expect(afterPaste.steps.length).toBe(doc.steps.length + 2);
    const known = new Set(doc.steps.map((s) => s.id));
    const pasted = afterPaste.steps.filter((s) => !known.has(s.id));
    expect(pasted.map((s) => ({ start: s.start, lane: s.lane })).sort((a, b) => a.start.localeCompare(b.start))).toEqual([
      { start: '2021-09', lane: 'valmistelu' },
      { start: '2021-11', lane: 'valtionapu' },
    ]);
    const pastedIds = new Set(pasted.map((s) => s.id));
    expect(afterPaste.links.filter((l) => pastedIds.has(l.from) && pastedIds.has(l.to))).toHaveLength(1);
    expect(await page.locator('.react-flow__node-step.selected').count()).toBe(2);

    // N on a focused step: a new step a month after it, in its lane, with the inspector's title field focused.
    await page.keyboard.press('Tab');
    const at = (await focusedId(page))!;
    expect(at).toBeTruthy();
    await page.keyboard.press('n');
    const title = page.locator('aside[aria-labelledby="polku-inspector-title"]').getByRole('textbox').first();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    const withNew = await saved(page);
    const added = withNew.steps.filter((s) => !afterPaste.steps.some((o) => o.id === s.id));
    expect(added).toHaveLength(1);
    const from = stepOf(afterPaste, at);
    const [y, m] = from.start.slice(0, 7).split('-').map(Number) as [number, number];
    const next = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}`;
    expect(added[0]).toMatchObject({ title: 'Uusi askel', lane: from.lane, start: next });

    // Ctrl+Z takes back the new step alone (each edit is one undo step).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    expect((await saved(page)).steps.length).toBe(afterPaste.steps.length);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Tab reaches every step in time order, bringing the ones off screen into view', async () => {
    const { page, context, consoleErrors } = await openPage(browser, base, undefined, withoutFsAccess);
    const original = await saved(page);
    // zoomed in, only part of the diagram is on screen (and rendered)
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Lähennä' }).click();
    // the zoom animates: wait until the steps out of view are no longer rendered
    await expect.poll(() => page.locator('.react-flow__node-step').count(), { timeout: 5000 }).toBeLessThan(original.steps.length);
    // …and has come to rest (a node picked while the zoom still moves may be gone the next moment)
    await settledView(page);
    // the first step in time order (start, then level, then id), which lies off screen
    const laneIndex = new Map(original.lanes.map((l, i) => [l.id, i]));
    const inTime = [...original.steps].sort(
      (a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || laneIndex.get(a.lane)! - laneIndex.get(b.lane)! || (a.id < b.id ? -1 : 1),
    );
    const firstInTime = inTime[0]!.id;
    const rendered = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.react-flow__node-step')].map((n) => n.dataset['id']!));
    expect(rendered.length).toBeLessThan(original.steps.length);
    // from the last step on screen in time order, Shift+Tab goes back (through steps off screen) to the first
    const start = inTime.map((st) => st.id).filter((id) => rendered.includes(id)).at(-1)!;
    expect(start).not.toBe(firstInTime);
    await page.locator(`.react-flow__node[data-id="${start}"]`).focus();
    await expect.poll(() => focusedId(page)).toBe(start);
    let reached = start;
    for (let i = 0; i < original.steps.length; i++) {
      await page.keyboard.press('Shift+Tab');
      await page.waitForTimeout(50);
      const id = await focusedId(page);
      if (id === null) break;
      reached = id;
    }
    expect(reached).toBe(firstInTime);
    // back into the canvas, and to the first step by Find step (as a person would, by its name)
    await page.keyboard.press('Tab');
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Etsi askel' }).waitFor();
    await page.keyboard.type(inTime[0]!.title.replace(/\u00ad/g, '').split(/\s+/).slice(0, 3).join(' '));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(firstInTime);
    const first = firstInTime;
    const seen = [first];
    for (let i = 1; i < original.steps.length; i++) {
      await page.keyboard.press('Tab');
      // the next step has the focus (not, for a moment while it is drawn, nothing)
      const last = seen[seen.length - 1];
      await expect.poll(async () => { const id = await focusedId(page); return id !== null && id !== last; }).toBe(true);
      seen.push((await focusedId(page))!);
    }
    expect(new Set(seen).size).toBe(original.steps.length);
    const starts = seen.map((id) => stepOf(original, id).start);
    expect(starts).toEqual([...starts].sort());
    // and back with Shift+Tab
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedId(page)).toBe(seen[seen.length - 2]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Find step (/) brings any step into view and focus: L, /, a few letters, Enter, Enter makes a link; Escape gives the focus back', async () => {
    const { page, context, consoleErrors } = await openPage(browser, base, { width: 1280, height: 720 }, withoutFsAccess);
    // a screen reader hears the keys with every step: its description names them, Find step among them
    const description = await page.locator('.react-flow__node[data-id="aloitus"]').evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    for (const part of ['Nuolinäppäimet siirtävät', 'L aloittaa ja päättää nuolen', '/ etsii askeleen nimellä']) expect(description).toContain(part);
    // zoomed in: the steps at the far ends are off screen (not rendered)
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Lähennä' }).click();
    await page.waitForTimeout(300);
    const dialog = page.getByRole('dialog', { name: 'Etsi askel' });
    await page.keyboard.press('/');
    await dialog.waitFor();
    await page.keyboard.type('asiakkaat');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('asukkaat');
    expect(await page.locator('.react-flow__node[data-id="mallipilotit"]').count()).toBe(0);
    await page.keyboard.press('l');
    await page.keyboard.press('/');
    await dialog.waitFor();
    await page.keyboard.type('LUOTUJEN koord');
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('1 askel');
    expect(await dialog.getByRole('listbox', { name: 'Löydetyt askeleet' }).locator('option').allTextContents()).toEqual([
      'Luotujen järjestöyhteistyön ja koordinaatiomallien pilotointi — Toimeenpanon taso, 1/2023',
    ]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedId(page)).toBe('mallipilotit');
    await page.keyboard.press('Enter');
    expect(await liveText(page)).toContain('Yhdistetty: Asiakkaat, asukkaat → Luotujen');
    const doc = await saved(page);
    expect(doc.links.some((l) => l.from === 'asukkaat' && l.to === 'mallipilotit')).toBe(true);

    // down into the list; Escape, from the list or from the field, gives the focus back to where it was
    await page.keyboard.press('/');
    await page.keyboard.type('osallistu');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('listbox').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedId(page)).toBe('mallipilotit');
    await page.keyboard.press('/');
    await page.keyboard.type('osa');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedId(page)).toBe('mallipilotit');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Enter opens the inspector on the title, Escape cancels linking', async () => {
    const { page, context, consoleErrors } = await openPage(browser, base, undefined, withoutFsAccess);
    const original = await saved(page);
    await page.locator('.react-flow__node[data-id="aloitus"]').focus();
    await page.keyboard.press('l');
    await page.keyboard.press('Escape');
    expect(await liveText(page)).toContain('peruttu');
    await page.keyboard.press('Enter');
    const title = page.locator('aside[aria-labelledby="polku-inspector-title"]').getByRole('textbox').first();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await title.inputValue()).toBe('Toiminnan aloitus');
    expect((await saved(page)).links.length).toBe(original.links.length);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('Shift+click and a Shift marquee select several steps; a double click on a lane adds a step there', async () => {
    const { page, context, consoleErrors } = await openPage(browser, base, undefined, withoutFsAccess);
    const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
    const selected = () => page.locator('.react-flow__node-step.selected').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id']).sort());
    await node('strategia').click();
    await node('integraatio').click({ modifiers: ['Shift'] });
    expect(await selected()).toEqual(['integraatio', 'strategia']);

    await page.keyboard.press('Escape');
    const a = (await node('aloitus').boundingBox())!;
    const j = (await node('jaostot').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x - 5, Math.min(a.y, j.y) - 5);
    await page.mouse.down();
    await page.mouse.move(j.x + j.width / 2, j.y + j.height / 2, { steps: 5 });
    await page.mouse.move(j.x + j.width + 5, Math.max(a.y + a.height, j.y + j.height) + 5, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    expect(await selected()).toEqual(expect.arrayContaining(['aloitus', 'jaostot']));

    // Double click in the lane of strategia, left of it (an empty spot, a month earlier: 2022-02).
    const before = await saved(page);
    const st = (await node('strategia').boundingBox())!;
    const it2 = (await node('integraatio').boundingBox())!;
    const month = (it2.x - st.x) / 2;
    await page.mouse.dblclick(st.x - month / 2, st.y + st.height / 2);
    const after = await saved(page);
    const added = after.steps.filter((s) => !before.steps.some((o) => o.id === s.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ title: 'Uusi askel', lane: 'toimeenpano', start: '2022-02' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
