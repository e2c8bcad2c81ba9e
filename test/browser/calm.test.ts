/**
 * Editing keeps the picture calm (issue 11, Deliver 7): a longer title typed into one step moves no box of
 * another lane except the lanes below, all by one common dy; a step dragged past the axis's end does not
 * rescale the axis (and move every other box) while the pointer is down, only when it is let go.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, openThroughInput, savedJson, settledView, withoutFsAccess } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Doc = { steps: { id: string; lane: string; start: string; end?: string; title: string }[]; lanes: { id: string }[] };
type Placed = { id: string; x: number; y: number; width: number; height: number };

/** Every drawn step's box in diagram coordinates (React Flow's node positions), by id. */
const boxes = (page: Page) =>
  page.locator('.react-flow__node-step').evaluateAll((els) =>
    els.map((el) => {
      const e = el as HTMLElement;
      const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(e.style.transform)!;
      return { id: e.dataset['id']!, x: Number(m[1]), y: Number(m[2]), width: e.offsetWidth, height: e.offsetHeight };
    }),
  ) as Promise<Placed[]>;

const byId = (list: Placed[]) => new Map(list.map((b) => [b.id, b]));

describe('calm editing (production build, Chromium)', () => {
  it('a longer title typed into one step moves the lanes below by one common dy and nothing else of other lanes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    const doc = await savedJson<Doc>(page);
    const laneOf = new Map(doc.steps.map((s) => [s.id, s.lane]));
    const laneIndex = new Map(doc.lanes.map((l, i) => [l.id, i]));
    const edited = 'strategia';
    const editedLane = laneIndex.get(laneOf.get(edited)!)!;
    const before = byId(await boxes(page));

    await page.locator(`.react-flow__node[data-id="${edited}"]`).click();
    const title = page.getByRole('complementary', { name: 'Step' }).getByRole('textbox', { name: 'Title' });
    // long enough to take more lines even after the box has taken the free room beside it (layout/rowRoom.ts)
    await title.fill('Strategiatyöhön osallistuminen, järjestöyhteistyörakenteiden ja kumppanuuspöytien valmistelu yhdessä hyvinvointialueen kanssa, lausuntokierrokset ja vaikuttamistoimielimen kokoukset');
    await title.press('Tab');
    await expect.poll(async () => (await savedJson<Doc>(page)).steps.find((s) => s.id === edited)!.title).toMatch(/kumppanuuspöytien/);
    const after = byId(await boxes(page));

    const dys = new Set<number>();
    // the steps drawn both times (the panel narrows the canvas, and React Flow draws only what is in view)
    const compared = [...before.keys()].filter((id) => after.has(id) && laneIndex.get(laneOf.get(id)!)! !== editedLane);
    expect(compared.length).toBeGreaterThanOrEqual(10);
    expect(compared.some((id) => laneIndex.get(laneOf.get(id)!)! < editedLane)).toBe(true);
    for (const id of compared) {
      const lane = laneIndex.get(laneOf.get(id)!)!;
      const b = before.get(id)!;
      const a = after.get(id)!;
      expect({ id, x: a.x, width: a.width, height: a.height }).toEqual({ id, x: b.x, width: b.width, height: b.height });
      if (lane < editedLane) expect(a.y, `${id} lies above the edited lane`).toBe(b.y);
      else dys.add(Math.round((a.y - b.y) * 1000) / 1000);
    }
    // the edited step grew, its lane grew, and every box below moved by the same amount
    expect(after.get(edited)!.height).toBeGreaterThan(before.get(edited)!.height);
    expect([...dys]).toHaveLength(1);
    expect([...dys][0]).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('dragging the last step past the axis’s end keeps the axis and every other box still until the pointer is let go', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, undefined, withoutFsAccess);
    // the 2-week Pohjois-Savo path without its axis setting: the axis follows the content
    const { axis: _axis, ...doc } = JSON.parse(readFileSync('fixtures/paths/pohjois-savo-jarjestoviikot-2025.json', 'utf8')) as Doc & { axis: unknown };
    const file = join(mkdtempSync(join(tmpdir(), 'polku-calm-')), 'pohjois-savo.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    await openThroughInput(page, file);
    await expect.poll(async () => (await savedJson<Doc>(page)).steps.length).toBe(doc.steps.length);
    const moved = 'webinaari-rekrytointi'; // 9.10.2025, near the end
    const node = page.locator(`.react-flow__node[data-id="${moved}"]`);
    await node.waitFor();
    // room on the right for the step to go past the axis's end (away from the canvas's edge, where React Flow
    // pans the view under a drag): zoomed out until the drag's end lies well inside the canvas
    let before = byId(await boxes(page));
    let b = (await node.boundingBox())!;
    let day = (before.get('lapsiperheet')!.x - before.get('avajaiset')!.x) / 8; // 29.9. → 7.10.: 8 days, in diagram px
    let zoom = 1;
    for (let i = 0; i < 10; i++) {
      await settledView(page);
      before = byId(await boxes(page));
      b = (await node.boundingBox())!;
      day = (before.get('lapsiperheet')!.x - before.get('avajaiset')!.x) / 8;
      zoom = await page.locator('.react-flow__viewport').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
      if (b.x + 12 + 10.5 * day * zoom < 1450) break;
      await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    }
    const others = () => [...before.keys()].filter((id) => id !== moved);
    expect(b.x + 12 + 10.5 * day * zoom).toBeLessThan(1450);

    await page.mouse.move(b.x + 10, b.y + 8);
    await page.mouse.down();
    const during: Placed[][] = [];
    // small moves, as a hand makes them (React Flow starts a drag only past its threshold)
    await page.mouse.move(b.x + 12, b.y + 8);
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(b.x + 12 + (i * 10.5 * day * zoom) / 30, b.y + 8);
      during.push(await boxes(page));
    }
    // the dragged step is 10 days later already (once the last move is drawn), and nothing else moved
    await expect.poll(async () => Math.round(((byId(await boxes(page)).get(moved)?.x ?? 0) - before.get(moved)!.x) / day)).toBe(10);
    during.push(await boxes(page));
    for (const frame of during) {
      const now = byId(frame);
      for (const id of others()) expect({ id, x: now.get(id)!.x, width: now.get(id)!.width }).toEqual({ id, x: before.get(id)!.x, width: before.get(id)!.width });
    }
    await page.mouse.up();
    // let go: the axis takes in the new end, once
    await expect.poll(async () => byId(await boxes(page)).get('lapsiperheet')!.x).not.toBe(before.get('lapsiperheet')!.x);
    const saved = await savedJson<Doc>(page);
    expect(saved.steps.find((s) => s.id === moved)!.start).toBe('2025-10-19');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
