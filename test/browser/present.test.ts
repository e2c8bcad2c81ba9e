/**
 * Present mode (workshop mode, the audience's screen) in the production
 * build: stepping through the seed's phases by keys, clicks and the
 * presenter window's channel, with what is revealed and what is dimmed in
 * the DOM; Escape and leaving full screen return to the editor with the
 * document unchanged; comments and votes captured while presenting are in
 * the saved file; the timer's end cue under a fake clock; the summary's
 * Markdown and CSV downloads; and at every stop of the seed and of a
 * two-phase path, by phase and step by step, no text drawn over another and
 * the dimmed phases' headers, dates and axis labels legible.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { monthName, periodLabel } from '../../src/layout/contentText';
import { stopsOf, type StopMode } from '../../src/layout/stops';
import { STYLE } from '../../src/layout/style';
import type { Diagram } from '../../src/model/types';
import { launch, openPage, savedText, withoutFsAccess } from './browser';
import { drawnContrast, overlaps, seenOnScreen, type SeenText } from './onScreen';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PHASES = ['Väliaikaishallinto (VATE)', 'Aluevaltuusto: valmistelu', 'Hyvinvointialue ja sen tulevaisuuden sote-keskus'];
const PHASE_IDS = ['vate', 'aluevaltuusto', 'hyvinvointialue'];

const dialog = (page: Page) => page.getByRole('dialog', { name: /^(Presentation|Esitys):/ });
/** The live region that names the stop. */
const live = (page: Page) => page.locator('.polku-present-label[role="status"][aria-live="polite"]');

async function present(page: Page, name = 'Present') {
  await page.getByRole('button', { name, exact: true }).click();
  await dialog(page).waitFor();
  await expect.poll(() => dialog(page).evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
}

/** Whether a phase column is revealed, as the DOM says and as it is drawn (the white veil's opacity). */
const phaseState = (page: Page, id: string) =>
  page.evaluate((phase) => {
    const g = document.querySelector(`.polku-present-phase[data-phase="${phase}"]`);
    const veil = g?.querySelector('.polku-present-dim');
    return `${g?.getAttribute('data-revealed')}/${veil ? getComputedStyle(veil).opacity : 'none'}`;
  }, id);

describe('present mode (production build, Chromium)', () => {
  it('steps through the phases with PageDown/PageUp, revealing each while the next stays dimmed; Escape returns unchanged', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1280, height: 720 }, withoutFsAccess);
    const before = await savedText(page);
    await present(page);
    // full screen where the browser allows, on present mode's root
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('role') ?? null)).toBe('dialog');
    await expect.poll(() => live(page).textContent()).toBe('Start: Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa');
    // at the title the whole path is dimmed
    for (const id of PHASE_IDS) expect(await phaseState(page, id)).toBe('false/0.8');
    expect(await page.locator('.polku-present-step[data-revealed="true"]').count()).toBe(0);

    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => live(page).textContent()).toBe(`Phase ${i + 1}/3: ${PHASES[i]}`);
      // the current phase at full strength (its veil gone) …
      await expect.poll(() => phaseState(page, PHASE_IDS[i]!)).toBe('true/0');
      expect(await page.locator(`.polku-present-phase[data-phase="${PHASE_IDS[i]}"]`).getAttribute('data-current')).toBe('true');
      // … the next one still under it
      if (i < 2) await expect.poll(() => phaseState(page, PHASE_IDS[i + 1]!)).toBe('false/0.8');
      // the depth band's matching level lit, and only it
      expect(await page.locator('.polku-present-level[data-lit="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-depth-level')))).toEqual([String(i)]);
      // the progress bar follows
      expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(String(i + 2));
    }
    // the steps of the revealed phases are at full strength, every one by the last phase
    expect(await page.locator('.polku-present-step[data-revealed="false"]').count()).toBe(0);
    await page.keyboard.press('PageDown'); // past the end: stays
    await expect.poll(() => live(page).textContent()).toBe(`Phase 3/3: ${PHASES[2]}`);

    await page.keyboard.press('PageUp');
    await expect.poll(() => live(page).textContent()).toBe(`Phase 2/3: ${PHASES[1]}`);
    await expect.poll(() => phaseState(page, 'hyvinvointialue')).toBe('false/0.8');
    await expect.poll(() => phaseState(page, 'aluevaltuusto')).toBe('true/0');

    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
    // focus back on the Present button, the editor usable again
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
    expect(await savedText(page)).toBe(before);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('answers the other keys and a click: Right/Left, Space, Home/End, B and . blank, a click goes on; a step is a close-up; leaving full screen ends it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, base, { width: 1280, height: 720 });
    await present(page, 'Esitä');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live(page).textContent()).toBe('Vaihe 2/3: Aluevaltuusto: valmistelu');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => live(page).textContent()).toBe('Vaihe 1/3: Väliaikaishallinto (VATE)');
    await page.keyboard.press(' ');
    await expect.poll(() => live(page).textContent()).toBe('Vaihe 2/3: Aluevaltuusto: valmistelu');
    await page.keyboard.press('End');
    await expect.poll(() => live(page).textContent()).toBe('Vaihe 3/3: Hyvinvointialue ja sen tulevaisuuden sote-keskus');
    await page.keyboard.press('Home');
    await expect.poll(() => live(page).textContent()).toMatch(/^Alku: /);
    await page.locator('.polku-present-stage').click({ position: { x: 300, y: 300 } });
    await expect.poll(() => live(page).textContent()).toBe('Vaihe 1/3: Väliaikaishallinto (VATE)');

    await page.keyboard.press('b');
    await expect(page.locator('.polku-present-blank').isVisible()).resolves.toBe(true);
    await page.keyboard.press('.');
    await expect.poll(() => page.locator('.polku-present-blank').count()).toBe(0);

    // by step: "Askel n/21"
    await page.getByRole('combobox', { name: 'Eteneminen' }).selectOption('step');
    await page.locator('.polku-present').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await expect.poll(() => live(page).textContent()).toMatch(/^Askel 1\/21: /);
    expect(await page.locator('.polku-present-step[data-current="true"]').count()).toBe(1);
    // a step is a close-up: its box is larger than at its phase, and the lit depth level stays on screen
    const stepId = (await page.locator('.polku-present-step[data-current="true"]').getAttribute('data-step'))!;
    const settled = async (read: () => Promise<number>) => {
      let last = Number.NaN;
      await expect.poll(async () => {
        const [a, b] = [await read(), (await page.waitForTimeout(150), await read())];
        last = b;
        return Math.abs(a - b) < 0.01;
      }).toBe(true);
      return last;
    };
    const box = page.locator(`.polku-present-step[data-step="${stepId}"] > rect:not(.polku-present-frame)`);
    const height = () => box.evaluate((r) => r.getBoundingClientRect().height);
    const closeUp = await settled(height);
    const lit = await page.locator('.polku-present-level[data-lit="true"]').first().evaluate((r) => r.getBoundingClientRect().bottom);
    expect(lit).toBeLessThanOrEqual(await page.evaluate(() => window.innerHeight));
    await page.getByRole('combobox', { name: 'Eteneminen' }).selectOption('phase');
    await page.locator('.polku-present').focus();
    await expect.poll(() => live(page).textContent()).toMatch(/^Vaihe 1\/3: /);
    expect(closeUp / (await settled(height))).toBeGreaterThan(1.4);

    // leaving full screen (as the browser's own Escape does) leaves present mode
    await page.evaluate(() => document.exitFullscreen());
    await dialog(page).waitFor({ state: 'hidden' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('moves the camera with a transition, and cuts when motion is reduced', async () => {
    const { page, context } = await openPage(browser, `${base}?lang=en`, { width: 1280, height: 720 });
    const duration = () => page.locator('.polku-present-camera').first().evaluate((g) => getComputedStyle(g).transitionDuration);
    await present(page);
    expect(await duration()).toBe('0.6s');
    const transform = () => page.locator('.polku-present-camera').first().evaluate((g) => (g as SVGGElement).style.transform);
    const atTitle = await transform();
    await page.keyboard.press('PageDown');
    await expect.poll(transform).not.toBe(atTitle);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
    await context.close();
  });

  it('keeps a comment and votes made while presenting in the saved file, and saves the summary as .md and .csv', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1280, height: 720 }, withoutFsAccess);
    await present(page);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => live(page).textContent()).toBe(`Phase 2/3: ${PHASES[1]}`);
    await page.getByRole('button', { name: 'Comments and votes' }).click();
    const panel = page.getByRole('complementary', { name: 'The room’s comments and votes' });
    await panel.waitFor();
    expect(await panel.getByRole('combobox', { name: 'About' }).inputValue()).toBe('phase:aluevaltuusto');
    // typing (a space, arrows) in the comment does not move the talk
    await panel.getByRole('textbox', { name: 'Comment' }).fill('');
    await panel.getByRole('textbox', { name: 'Comment' }).pressSequentially('Liian nopea aikataulu; =SUM(A1)');
    await page.keyboard.press('ArrowLeft');
    await panel.getByRole('textbox', { name: 'Name (optional)' }).fill('Niina');
    await expect.poll(() => live(page).textContent()).toBe(`Phase 2/3: ${PHASES[1]}`);
    await panel.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => panel.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('');
    await expect.poll(() => panel.locator('.polku-present-comment-text').allTextContents()).toEqual(['Liian nopea aikataulu; =SUM(A1)']);
    // the phase shows its comment count
    expect(await page.locator('.polku-present-phase[data-phase="aluevaltuusto"] .polku-present-comments').getAttribute('data-comments')).toBe('1');

    // dots: two added, one removed
    const add = panel.getByRole('button', { name: 'Add vote: Strategiatyöhön osallistuminen' });
    await add.click();
    await add.click();
    await panel.getByRole('button', { name: 'Remove vote: Strategiatyöhön osallistuminen' }).click();
    await add.click();
    const stepId = await page.evaluate(() => {
      const groups = Array.from(document.querySelectorAll('.polku-present-step'));
      return groups.find((g) => g.textContent?.includes('Strategiatyöhön'))?.getAttribute('data-step') ?? null;
    });
    expect(stepId).not.toBe(null);
    await expect.poll(() => page.locator(`.polku-present-step[data-step="${stepId}"] .polku-present-votes`).getAttribute('data-votes')).toBe('2');
    expect(await page.locator(`.polku-present-step[data-step="${stepId}"] .polku-present-votes circle`).count()).toBe(2);

    // the summary: Markdown and CSV (UTF-8 with a byte order mark, ';' between fields, CRLF)
    await page.getByRole('navigation', { name: 'Presentation controls' }).getByRole('button', { name: 'Summary' }).click();
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Summary as Markdown (.md)' }).first().click();
    const md = await download;
    expect(md.suggestedFilename()).toMatch(/^Summary – Järjestöjen osallisuuspolku.*\.md$/);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('# Summary: Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa');
    expect(mdText).toContain('## Aluevaltuusto: valmistelu (3–12/2022)');
    expect(mdText).toContain('- **Strategiatyöhön osallistuminen** — 2 votes');
    expect(mdText).toContain('“Liian nopea aikataulu; =SUM(A1)” — Niina');
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Summary as a spreadsheet (.csv)' }).first().click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(rows[0]).toBe('Phase;Step;Votes;Comment;Name;Time');
    expect(rows[1]).toMatch(/^Aluevaltuusto: valmistelu;;;"Liian nopea aikataulu; =SUM\(A1\)";Niina;\d{4}-\d{2}-\d{2}T/);
    expect(rows).toContain('Aluevaltuusto: valmistelu;Strategiatyöhön osallistuminen;2;;;');

    await page.keyboard.press('Escape'); // closes the summary menu first
    await dialog(page).waitFor();
    await page.locator('.polku-present').focus();
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    const saved = JSON.parse(await savedText(page)) as {
      phases: { id: string; comments?: { text: string; author?: string; at?: string }[] }[];
      steps: { id: string; votes?: number }[];
    };
    const phase = saved.phases.find((p) => p.id === 'aluevaltuusto')!;
    expect(phase.comments).toHaveLength(1);
    expect(phase.comments![0]).toMatchObject({ text: 'Liian nopea aikataulu; =SUM(A1)', author: 'Niina' });
    expect(phase.comments![0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(saved.steps.find((s) => s.id === stepId)!.votes).toBe(2);
    // each was one undo step: undo the last vote
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(JSON.parse(await savedText(page)).steps.find((s: { id: string }) => s.id === stepId).votes).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('runs the exercise timer on the page clock and cues its end with a pulse, an announcement and a chime that can be turned off', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1280, height: 720 }, async (ctx) => {
      await ctx.clock.install();
      // every note the page starts through the Web Audio API, as its frequency
      await ctx.addInitScript(() => {
        const w = window as unknown as { __tones: number[] };
        w.__tones = [];
        const make = AudioContext.prototype.createOscillator;
        AudioContext.prototype.createOscillator = function (this: AudioContext) {
          const osc = make.call(this);
          const start = osc.start.bind(osc);
          osc.start = (when?: number) => {
            w.__tones.push(osc.frequency.value);
            start(when);
          };
          return osc;
        };
      });
    });
    const tones = () => page.evaluate(() => (window as unknown as { __tones: number[] }).__tones.length);
    await present(page);
    await page.getByRole('button', { name: 'Timer', exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'Chime when the time is up' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start a 5-minute timer' }).click();
    const time = page.locator('.polku-present-timer-time');
    await expect.poll(() => time.textContent()).toBe('5:00');
    await page.clock.runFor(2 * 60_000);
    await expect.poll(() => time.textContent()).toBe('3:00');
    expect(await page.locator('.polku-present-timer').getAttribute('data-time-up')).toBe('false');
    const announce = page.locator('[data-timer-announce]');
    expect(await announce.textContent()).toBe('');
    expect(await tones()).toBe(0);
    await page.clock.runFor(3 * 60_000 + 500);
    await expect.poll(() => page.locator('.polku-present-timer').getAttribute('data-time-up')).toBe('true');
    expect(await time.textContent()).toBe('0:00');
    expect(await page.locator('.polku-present-timer').innerText()).toContain('Time is up');
    expect(await announce.getAttribute('aria-live')).toBe('polite');
    expect(await announce.textContent()).toBe('Time is up. The exercise time has run out.');
    // the pulse: an animation, gentle; and a soft chime of two notes
    expect(await page.locator('.polku-present-timer').evaluate((el) => getComputedStyle(el).animationName)).toBe('polku-present-pulse');
    await expect.poll(tones).toBe(2);
    // a typed time
    await page.getByRole('button', { name: 'Timer', exact: true }).click();
    await page.getByRole('spinbutton', { name: 'Minutes' }).fill('12');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => time.textContent()).toBe('12:00');
    expect(await page.locator('.polku-present-timer').getAttribute('data-time-up')).toBe('false');
    // with the chime turned off, the end is silent
    await page.getByRole('button', { name: 'Timer', exact: true }).click();
    await page.getByRole('checkbox', { name: 'Chime when the time is up' }).uncheck();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.clock.runFor(12 * 60_000 + 500);
    await expect.poll(() => page.locator('.polku-present-timer').getAttribute('data-time-up')).toBe('true');
    await page.waitForTimeout(300);
    expect(await tones()).toBe(2);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens the presenter window, sends it the state, obeys its commands and says when it ends', async () => {
    const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1280, height: 720 });
    await present(page);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await popup;
    expect(new URL(presenter.url()).search).toBe('?presenter&lang=en');
    // opening a window must not end present mode, even where it leaves full screen
    await page.waitForTimeout(300);
    expect(await dialog(page).isVisible()).toBe(true);

    await presenter.evaluate(() => {
      const w = window as unknown as { got: unknown[]; ch: BroadcastChannel };
      w.got = [];
      w.ch = new BroadcastChannel('polku-present');
      w.ch.onmessage = (e) => w.got.push(e.data);
      w.ch.postMessage({ type: 'hello' });
    });
    type Got = { type: string; stop?: number; stopCount?: number; mode?: string; blank?: boolean; diagram?: { title: string } };
    const got = () => presenter.evaluate(() => (window as unknown as { got: Got[] }).got);
    const lastState = async () => (await got()).filter((m) => m.type === 'state').at(-1);
    await expect.poll(async () => (await lastState())?.stop).toBe(0);
    const first = (await lastState())!;
    expect(first).toMatchObject({ mode: 'phase', stopCount: 4, blank: false, diagram: { title: 'Järjestöjen osallisuuspolku hyvinvointialueen toimeenpanossa' } });

    const send = (command: string) =>
      presenter.evaluate((c) => (window as unknown as { ch: BroadcastChannel }).ch.postMessage({ type: 'command', command: c }), command);
    await send('next');
    await expect.poll(() => live(page).textContent()).toBe(`Phase 1/3: ${PHASES[0]}`);
    await expect.poll(async () => (await lastState())?.stop).toBe(1);
    await page.keyboard.press('PageDown'); // the audience's own keys are told too
    await expect.poll(async () => (await lastState())?.stop).toBe(2);
    await send('blank');
    await expect.poll(async () => (await lastState())?.blank).toBe(true);
    await send('blank');
    await send('exit');
    await dialog(page).waitFor({ state: 'hidden' });
    await expect.poll(async () => (await got()).at(-1)?.type).toBe('ended');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** Letters only: a title as the layout broke it (hyphens at the breaks, soft hyphens, new lines) compares with the file's. */
const letters = (s: string) => s.replace(/[\u00ad\-\s]/g, '').toLowerCase();

const PATHS: { name: string; file: string }[] = [
  { name: 'the seed', file: 'fixtures/osallisuuspolku.json' },
  { name: 'a two-phase path', file: 'fixtures/valid/two-phases.json' },
];

describe('present mode draws cleanly at every stop (production build, 1280×720)', () => {
  for (const path of PATHS) {
    const d = JSON.parse(readFileSync(path.file, 'utf8')) as Diagram;
    const lang = d.language ?? 'fi';
    const months = new Set(Array.from({ length: 12 }, (_, i) => monthName(lang, i + 1)));
    const phaseColor = (id: string) => d.phases.find((p) => p.id === id)?.color ?? STYLE.colors.defaultPhase;
    for (const mode of ['phase', 'step'] as StopMode[]) {
      const stops = stopsOf(d, mode);
      it(`${path.name}, ${mode === 'phase' ? 'a phase' : 'a step'} at a time (${stops.length} stops): no two texts overlap; every dimmed phase's header, dates and axis labels are there at 4.5:1`, async () => {
        const { page, context, consoleErrors } = await openPage(browser, `${base}?lang=en`, { width: 1280, height: 720 }, withoutFsAccess);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        if (!path.file.endsWith('osallisuuspolku.json')) {
          const chooser = page.waitForEvent('filechooser');
          await page.getByRole('button', { name: 'Open' }).click();
          await (await chooser).setFiles(path.file);
          await page.getByRole('status').filter({ hasText: `Opened: ${path.file.split('/').pop()}` }).waitFor();
        }
        await present(page);
        if (mode === 'step') {
          await page.getByRole('combobox', { name: 'Advance' }).selectOption('step');
          await page.locator('.polku-present').focus();
        }
        for (let i = 0; i < stops.length; i++) {
          if (i > 0) await page.keyboard.press('PageDown');
          await page.locator(`.polku-present-label[data-stop="${i}"]`).waitFor();
          // past the title the controls fade when the pointer rests: what is under them shows
          if (i > 0) await page.locator('.polku-present.is-idle').waitFor({ timeout: 10_000 });
          const where = `stop ${i}: ${await live(page).textContent()}`;
          const seen = await seenOnScreen(page);
          expect(overlaps(seen.texts), where).toEqual([]);

          const svgTexts = seen.texts.filter((t) => t.svg && !t.onStep);
          const readable = (t: SeenText) => drawnContrast(t, phaseColor);
          // each dimmed phase whose column's top is on screen shows its title and its dates, legibly
          for (const column of seen.columns.filter((c) => !c.revealed && c.box !== null && Math.abs(c.box.top - c.top) < 1)) {
            const phase = d.phases.find((p) => p.id === column.id)!;
            const inColumn = (t: SeenText) => t.pieces.some((p) => p.right > column.box!.left && p.left < column.box!.right);
            for (const words of [phase.title, periodLabel(lang, phase.start, phase.end)]) {
              const found = svgTexts.filter((t) => letters(t.text) === letters(words) && inColumn(t));
              expect(found.length, `${where}: “${words}” of the dimmed phase ${phase.id}`).toBeGreaterThan(0);
              for (const t of found) expect(readable(t), `${where}: contrast of “${words}”`).toBeGreaterThanOrEqual(4.5);
            }
          }
          // every header, date, year and month over a dimmed phase reads at 4.5:1
          const dimmed = new Set(seen.columns.filter((c) => !c.revealed).map((c) => c.id));
          const periods = new Set(d.phases.map((p) => letters(periodLabel(lang, p.start, p.end))));
          const titles = new Set(d.phases.map((p) => letters(p.title)));
          const heads = svgTexts.filter((t) => /^\d{4}$/.test(t.text) || months.has(t.text) || titles.has(letters(t.text)) || periods.has(letters(t.text)));
          for (const t of heads.filter((h) => h.phases.some((id) => dimmed.has(id)))) {
            expect(readable(t), `${where}: contrast of “${t.text}” over a dimmed phase`).toBeGreaterThanOrEqual(4.5);
          }
          // the year row never starts blank: the first month seen has its year at or left of it
          const monthsSeen = svgTexts.filter((t) => months.has(t.text));
          if (i > 0 && monthsSeen.length > 0) {
            const first = Math.min(...monthsSeen.flatMap((t) => t.pieces.map((p) => p.right)));
            const years = svgTexts.filter((t) => /^\d{4}$/.test(t.text) && t.pieces.some((p) => p.left <= first));
            expect(years.length, `${where}: a year label at the start of the axis`).toBeGreaterThan(0);
          }
        }
        expect(consoleErrors).toEqual([]);
        await context.close();
      });
    }
  }
});
