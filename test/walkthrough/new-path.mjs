// Walkthrough (issue 10, "Done when"): a county coordinator builds a 6-step path of her own
// from "Uusi" on a 1366×768 laptop, in Finnish, with the mouse and a few keys: no ISO date
// typed, every step and arrow where she put it, every shortcut found from "?".
// Counts every click, key and typed character; writes screenshots and the saved file
// under test-results/walkthrough-new-path/. Run after `npm run build`:
//   node test/walkthrough/new-path.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../scripts/chromiumLaunch.mjs';
import { serveStatic } from '../../scripts/staticServer.mjs';

const out = 'test-results/walkthrough-new-path';
mkdirSync(out, { recursive: true });
const count = { clicks: 0, doubleClicks: 0, drags: 0, keys: 0, typed: 0 };
const { server, url } = await serveStatic('dist');
const browser = await chromium.launch(launchOptions());
const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
await context.addInitScript(() => {
  delete window.showOpenFilePicker;
  delete window.showSaveFilePicker;
});
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`${url}?lang=fi`);
await page.locator('.react-flow__node-step').first().waitFor();
await page.evaluate(() => document.fonts.ready);

const click = async (locator) => { count.clicks++; await locator.click(); };
const type = async (locator, text) => { count.clicks++; await locator.fill(''); count.typed += text.length; await locator.pressSequentially(text); };
const key = async (k) => { count.keys++; await page.keyboard.press(k); };
const shot = (name) => page.screenshot({ path: `${out}/${name}.png` });
const fail = (msg) => { console.error(`FAILED: ${msg}`); process.exitCode = 1; };

await shot('1-first-start');
// 1. Start her own: the example's "Aloita oma"
await click(page.getByRole('button', { name: 'Aloita oma' }));
const dialog = page.getByRole('dialog', { name: 'Aloita oma polku' });
await dialog.waitFor();
await type(dialog.getByRole('textbox', { name: 'Kaavion otsikko' }), 'Kumppanuuspöydät 2025–2026');
await type(dialog.getByRole('textbox', { name: 'Ensimmäinen kuukausi' }), '3/2025');
await key('Tab');
const phases = [['Valmistelu', '3/2025'], ['Kumppanuuspöydät', 'syyskuu 2025'], ['Vakiinnuttaminen', '1.2.2026']];
for (const [n, [name, start]] of phases.entries()) {
  await click(dialog.getByRole('button', { name: 'Lisää vaihe' }));
  const row = dialog.getByRole('group', { name: `Vaihe ${n + 1}` });
  await type(row.getByRole('textbox', { name: 'Nimi' }), name);
  await type(row.getByRole('textbox', { name: 'Alkaa' }), start);
  await key('Tab');
}
await click(dialog.getByRole('button', { name: 'Poista taso 4' }));
await shot('2-start-dialog');
await click(dialog.getByRole('button', { name: 'Luo kaavio' }));
await dialog.waitFor({ state: 'detached' });
await page.waitForTimeout(500);
await shot('3-empty-path');

// 2. Six steps: a double-click where each goes, then its title and dates in the panel
const steps = [
  ['Osallistujataso', 'Järjestöjen kysely', '4/2025', '5/2025'],
  ['Toimeenpanon taso', 'Kumppanuuspöytien valmistelu', '4/2025', '8/2025'],
  ['Valmistelun taso', 'Aluehallituksen päätös', '10.6.2025', ''],
  ['Toimeenpanon taso', 'Ensimmäinen kumppanuuspöytä', '15.9.2025', ''],
  ['Osallistujataso', 'Järjestöfoorumi', '20.11.2025', ''],
  ['Toimeenpanon taso', 'Kumppanuuspöytien vakiinnuttaminen', 'helmikuu 2026', '6/2026'],
];
const laneBand = async (title) => {
  const header = page.locator('.polku-canvas').getByText(title, { exact: true }).first();
  return header.boundingBox();
};
for (const [lane, title, start, end] of steps) {
  const band = await laneBand(lane);
  if (!band) { fail(`lane ${lane} not on screen`); break; }
  // an empty spot of the lane: its last month, which no step reaches yet (the dates typed then place it)
  const last = await page.locator('.polku-canvas svg text').filter({ hasText: /^heinä$/ }).last().boundingBox();
  const x = last.x + last.width / 2;
  const y = band.y + band.height / 2;
  count.doubleClicks++;
  await page.mouse.dblclick(x, y);
  const panel = page.getByRole('complementary', { name: 'Askel' });
  await panel.waitFor();
  await type(panel.getByRole('textbox', { name: 'Otsikko' }), title);
  await key('Tab');
  await type(panel.getByRole('textbox', { name: 'Alkaa' }), start);
  await key('Tab');
  if (end) {
    await type(panel.getByRole('textbox', { name: 'Päättyy' }), end);
    await key('Tab');
  }
  await key('Escape');
  await page.waitForTimeout(200);
}
await click(page.getByRole('button', { name: 'Sovita näkymään' }));
await page.waitForTimeout(500);
await shot('4-six-steps');

// 3. Arrows: from the handle beside a step to the middle of the next one
const saved = async () => {
  const download = page.waitForEvent('download');
  await key('Control+s');
  return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
};
let doc = await saved();
const id = (title) => doc.steps.find((s) => s.title === title)?.id;
const links = [[0, 1], [1, 2], [2, 3], [3, 4], [3, 5]];
for (const [a, b] of links) {
  const from = page.locator(`.react-flow__node[data-id="${id(steps[a][1])}"]`);
  const to = page.locator(`.react-flow__node[data-id="${id(steps[b][1])}"]`);
  await from.hover();
  const handle = from.locator('.react-flow__handle-right, .react-flow__handle.source').first();
  const h = await handle.boundingBox();
  const t = await to.boundingBox();
  if (!h || !t) { fail(`no handle or target for ${steps[a][1]} → ${steps[b][1]}`); continue; }
  count.drags++;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 8 });
  if (a === 0) await shot('5-drawing-an-arrow');
  await page.mouse.up();
  await page.waitForTimeout(150);
}
await key('Escape');
doc = await saved();
writeFileSync(`${out}/saved.json`, JSON.stringify(doc, null, 2));
await shot('6-path-with-arrows');

// 4. What she expects in the file
const expectStart = { 'Järjestöjen kysely': '2025-04', 'Kumppanuuspöytien valmistelu': '2025-04', 'Aluehallituksen päätös': '2025-06-10', 'Ensimmäinen kumppanuuspöytä': '2025-09-15', 'Järjestöfoorumi': '2025-11-20', 'Kumppanuuspöytien vakiinnuttaminen': '2026-02' };
if (doc.steps.length !== 6) fail(`${doc.steps.length} steps, not 6`);
for (const [lane, title] of steps) {
  const s = doc.steps.find((x) => x.title === title);
  const laneId = doc.lanes.find((l) => l.title === lane)?.id;
  if (!s) fail(`no step "${title}"`);
  else {
    if (s.start !== expectStart[title]) fail(`"${title}" starts ${s.start}, not ${expectStart[title]}`);
    if (s.lane !== laneId) fail(`"${title}" is in ${s.lane}, not ${laneId}`);
  }
}
if (doc.links.length !== links.length) fail(`${doc.links.length} arrows, not ${links.length}`);
const dates = JSON.stringify(doc).match(/"\d{4}-\d{2}(-\d{2})?"/g) ?? [];
if (dates.some((d) => d < '"2025-03')) fail(`a date before 3/2025: ${dates.filter((d) => d < '"2025-03')}`);

// 5. Help: "?"
await key('?');
const help = page.getByRole('dialog').filter({ hasText: 'L' }).last();
await help.waitFor();
await shot('7-help');
const helpText = await help.innerText();
for (const k of ['L', '/', 'Delete', 'Page Down', 'F1']) if (!helpText.includes(k)) fail(`help does not list ${k}`);
await key('Escape');

// 6. Present it: the second stop
await click(page.getByRole('button', { name: 'Esitä' }));
await page.waitForTimeout(800);
await key('ArrowRight');
await key('ArrowRight');
await page.waitForTimeout(900);
await shot('8-present-stop-2');
await key('Escape');

console.log(JSON.stringify({ ...count, steps: doc.steps.length, arrows: doc.links.length, errors }, null, 1));
if (errors.length) fail(errors.join('\n'));
await browser.close();
server.close();
