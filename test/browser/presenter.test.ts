/**
 * The presenter window (`?presenter`) in the production build, against the
 * present channel's protocol (src/ui/present/channel.ts): a second page of
 * the same browser context plays the audience window, posting states and
 * collecting what the presenter sends. (The end-to-end test with the real
 * audience window is present mode's own.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stopsOf } from '../../src/layout/stops';
import type { Diagram } from '../../src/model/types';
import { launch } from './browser';

const base = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const plain = (s: string) => s.replace(/\u00ad/g, '').replace(/\s*\n\s*/g, ' ');
const SEED = JSON.parse(readFileSync(join(root, 'fixtures/osallisuuspolku.json'), 'utf8')) as Diagram;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

type Got = { type: string; command?: string };
declare global {
  interface Window {
    got: Got[];
    audience: BroadcastChannel;
  }
}

/** A page of the same origin that listens on the present channel like the audience window, collecting every message. */
async function audiencePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}participation-path.v1.schema.json`);
  await page.evaluate(() => {
    window.got = [];
    window.audience = new BroadcastChannel('polku-present');
    window.audience.onmessage = (e: MessageEvent<Got>) => window.got.push(e.data);
  });
  return page;
}

async function presenterPage(context: BrowserContext, errors: string[], lang = 'en'): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}?presenter&lang=${lang}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const post = (page: Page, message: unknown) => page.evaluate((m) => window.audience.postMessage(m), message);
const got = (page: Page) => page.evaluate(() => window.got);
const commands = async (page: Page) => (await got(page)).filter((m) => m.type === 'command').map((m) => m.command);

/** The seed, by phase, at the second phase — which has notes (with a line break and markup that must stay text) and two comments. */
function stateAtSecondPhase(now: number) {
  const stops = stopsOf(SEED, 'phase');
  const at = stops.findIndex((s) => s.kind === 'phase' && s.index === 1);
  const current = stops[at] as Extract<(typeof stops)[number], { kind: 'phase' }>;
  const next = stops[at + 1] as Extract<(typeof stops)[number], { kind: 'phase' }>;
  const notes = 'Kerro vastaajien määrä.\nKysy: mitä jäi puuttumaan? <b>ei lihavointia</b>';
  const diagram: Diagram = {
    ...SEED,
    phases: SEED.phases.map((p) => (p.id === current.phaseId ? { ...p, notes, comments: [{ text: 'Liian myöhään' }, { text: 'Hyvä' }] } : p)),
  };
  const phase = (id: string) => diagram.phases.find((p) => p.id === id)!;
  return {
    notes,
    current: phase(current.phaseId),
    next: phase(next.phaseId),
    state: {
      type: 'state',
      diagram,
      mode: 'phase',
      stop: at,
      stopCount: stops.length,
      blank: false,
      startedAt: now - 65_000,
      timerEndsAt: now + 185_000,
    },
  };
}

describe('presenter view (production build, Chromium)', () => {
  it('says hello, then shows the current stop, the next stop, the notes as text, the comments and the clocks of the state it gets', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const audience = await audiencePage(context);
    const errors: string[] = [];
    const presenter = await presenterPage(context, errors);
    await expect.poll(() => got(audience)).toContainEqual({ type: 'hello' });
    await presenter.getByText('Waiting for the presentation…').waitFor();

    const now = await audience.evaluate(() => Date.now());
    const { state, notes, current, next } = stateAtSecondPhase(now);
    await post(audience, state);

    const nowRegion = presenter.getByRole('region', { name: 'Now' });
    await nowRegion.getByText(`Phase 2/3: ${plain(current.title)} (3–12/2022)`).waitFor();
    // the current stop is announced politely
    expect(await nowRegion.locator('[aria-live="polite"]').innerText()).toContain(`Phase 2/3: ${plain(current.title)}`);
    expect(await presenter.getByRole('region', { name: 'Next up' }).innerText()).toContain(`Phase 3/3: ${plain(next.title)} (1/2023 alkaen)`);
    expect(await nowRegion.innerText()).toContain('2 comments');

    const notesRegion = presenter.getByRole('region', { name: 'Notes' });
    const text = notesRegion.locator('p').first();
    expect(await text.innerText()).toBe(notes);
    expect(await text.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    expect(await notesRegion.locator('b').count()).toBe(0);

    const clocks = (await presenter.locator('dl').textContent())!;
    const [hh, mm] = await presenter.evaluate(() => [new Date().getHours(), new Date().getMinutes()]);
    expect(clocks).toMatch(/Time\d\d:\d\d/);
    expect(clocks).toContain(`Time${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`);
    expect(clocks).toMatch(/Elapsed01:0[4-7]/);
    expect(clocks).toMatch(/Exercise03:0[1-6]/);
    expect(await presenter.title()).toBe(`Presenter view – ${SEED.title}`);

    // the audience blanks its screen: said here too
    await post(audience, { ...state, blank: true });
    await presenter.getByText('The audience screen is blanked').waitFor();
    expect(await presenter.getByRole('button', { name: 'Blank' }).getAttribute('aria-pressed')).toBe('true');

    // the last stop: nothing comes next
    await post(audience, { ...state, stop: state.stopCount - 1 });
    await presenter.getByRole('region', { name: 'Next up' }).getByText('End of the presentation').waitFor();

    await post(audience, { type: 'ended' });
    await presenter.getByRole('status').getByText('The presentation has ended').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a step stop with the step’s and its phase’s notes, in Finnish', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const audience = await audiencePage(context);
    const presenter = await presenterPage(context, [], 'fi');
    const stops = stopsOf(SEED, 'step');
    const stop = stops[5] as Extract<(typeof stops)[number], { kind: 'step' }>;
    const diagram: Diagram = {
      ...SEED,
      steps: SEED.steps.map((s) => (s.id === stop.stepId ? { ...s, notes: 'Askeleen muistiinpano', votes: 3 } : s)),
      phases: SEED.phases.map((p) => (p.id === stop.phaseId ? { ...p, notes: 'Vaiheen muistiinpano' } : p)),
    };
    expect(stop.phaseId).not.toBeNull();
    const step = diagram.steps.find((s) => s.id === stop.stepId)!;
    await post(audience, { type: 'state', diagram, mode: 'step', stop: 5, stopCount: stops.length, blank: false, startedAt: Date.now(), timerEndsAt: null });
    const nowRegion = presenter.getByRole('region', { name: 'Nyt' });
    await nowRegion.getByText(`Askel 5/${stops.length - 1}: ${plain(step.title)}`).waitFor();
    expect(await nowRegion.innerText()).toContain('3 ääntä');
    const notes = await presenter.getByRole('region', { name: 'Muistiinpanot' }).innerText();
    expect(notes).toContain('Askeleen muistiinpano');
    expect(notes).toContain('Vaiheen muistiinpano');
    // no exercise timer runs
    expect(await presenter.locator('dl').textContent()).not.toContain('Harjoitus');
    await context.close();
  });

  it('says hello again every 2 s until it gets a state, then stops asking', async () => {
    const context = await browser.newContext();
    const audience = await audiencePage(context);
    const presenter = await presenterPage(context, []);
    const hellos = async () => (await got(audience)).filter((m) => m.type === 'hello').length;
    await presenter.waitForTimeout(4500);
    expect(await hellos()).toBeGreaterThanOrEqual(3);
    await post(audience, stateAtSecondPhase(Date.now()).state);
    await presenter.getByRole('region', { name: 'Now' }).waitFor();
    const after = await hellos();
    await presenter.waitForTimeout(2500);
    expect(await hellos()).toBe(after);
    await context.close();
  });

  it('sends the commands of the keys and buttons pressed in it, but never exit: Escape does not end the talk from here', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 600 } });
    const audience = await audiencePage(context);
    const presenter = await presenterPage(context, []);
    await post(audience, stateAtSecondPhase(Date.now()).state);
    await presenter.getByRole('region', { name: 'Now' }).waitFor();

    for (const key of ['PageDown', 'ArrowRight', 'Space', 'ArrowDown', 'PageUp', 'ArrowLeft', 'Home', 'End', 'b', 'B', '.', 'Escape', 'x'])
      await presenter.keyboard.press(key);
    const controls = presenter.getByRole('navigation', { name: 'Presentation controls' });
    await controls.getByRole('button', { name: 'Next' }).click();
    await controls.getByRole('button', { name: 'Previous' }).click();
    await controls.getByRole('button', { name: 'Blank' }).click();
    // Enter on a focused button is that button's click, once
    await controls.getByRole('button', { name: 'Next' }).focus();
    await presenter.keyboard.press('Enter');

    const expected = ['next', 'next', 'next', 'next', 'previous', 'previous', 'first', 'last', 'blank', 'blank', 'blank', 'next', 'previous', 'blank', 'next'];
    await expect.poll(() => commands(audience)).toEqual(expected);
    await presenter.waitForTimeout(300);
    expect(await commands(audience)).toEqual(expected);
    await context.close();
  });

  it('starts no autosave: a fresh browser that only opened ?presenter has no Polku database (the editor would make one)', async () => {
    const context = await browser.newContext();
    const presenter = await presenterPage(context, []);
    await presenter.getByText('Waiting for the presentation…').waitFor();
    await presenter.waitForTimeout(1500); // the autosave would have stored within a second
    const names = () => presenter.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(await names()).not.toContain('polku');
    // the check can see a database: the editor in the same browser makes one
    const editor = await context.newPage();
    await editor.goto(`${base}?lang=en`);
    await editor.locator('.react-flow__node-step').first().waitFor();
    await expect.poll(names, { timeout: 5000 }).toContain('polku');
    await context.close();
  });
});
