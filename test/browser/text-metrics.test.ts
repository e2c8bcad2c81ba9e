/**
 * The generated metrics against a real browser: Chromium draws Arimo (the
 * woff2 files the app ships, via @font-face with the same unicode-ranges)
 * with `font-kerning: none`, and the width it lays out must equal
 * measureText's. Chromium rounds layout widths to 1/64 px, hence the
 * tolerance. Launches Chromium itself; needs nothing from globalSetup.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakLines } from '../../src/layout/text/breakLines.ts';
import { measureText } from '../../src/layout/text/measure.ts';
import { FINNISH_TITLES } from '../unit/text/helpers.ts';
import { launch } from './browser';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@fontsource/arimo/package.json'));
const ranges: Record<string, string> = JSON.parse(readFileSync(path.join(fontDir, 'unicode.json'), 'utf8'));

/** Chromium's LayoutUnit is 1/64 px; allow one step each way plus float noise. */
const TOLERANCE = 1 / 32;

const STRINGS = [
  ...FINNISH_TITLES.map((t) => t.replace('\n', ' ')),
  'Järjestöyhteistyörakenteiden', 'hyvinvointialueen', 'Toimintaedellytyskeinovalikoiman', 'kumppanuuspöytä',
  'Aluevaltuusto', 'Sotekeskus', 'Erityisryhmät', 'Työryhmä', 'Strategiatyö', 'Osallisuus', 'Vakiinnuttaminen',
  'Yhdistykset ja säätiöt', 'Etelä-Pohjanmaa | Kanta-Häme | Pirkanmaa', '#ihmisensote', 'Lähde: THL 2024',
  'Vaihe 1 – Valmistelu', 'Vaihe 2 — Toteutus…', '“Lainaus” ja ‘sitaatti’', '€ 1 250,00 • 15 %',
  'Åbo Akademi, Vasa övningsskola', 'välfärdsområdet och organisationerna', 'Participation path for NGOs',
  'ÄÖÅ äöå ÉÈÊ éèê ÜÛ üû Šš Žž', 'Œuvre œuvre Æsir æ ß ĳ Ŋŋ', 'fi fl ffi ffl AV AW To Ta Yo LT',
  'WWWWWWWWWW', 'iiiiiiiiiiiiiiii', '0123456789', '(a) [b] {c} <d> @ & * / \\ ^ _ ~',
  'jär\u00ADjes\u00ADtö', 'zero\u200Bwidth', 'e\u0301a\u0308o\u0308', 'järjestö-', 'Liitot, järjestöt.',
  'Kunnat ja kuntayhtymät', 'Palvelukokonaisuuksien yhteensovittaminen', 'Asukasraati', 'Nuorisovaltuusto',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('text metrics in Chromium', () => {
  it('measureText equals the width Chromium lays out, regular and bold', async () => {
    const faces: string[] = [];
    for (const weight of [400, 700]) {
      for (const subset of ['latin', 'latin-ext']) {
        const data = readFileSync(path.join(fontDir, 'files', `arimo-${subset}-${weight}-normal.woff2`)).toString('base64');
        faces.push(
          `@font-face{font-family:Arimo;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges[subset]}}`,
        );
      }
    }
    const page = await browser.newPage();
    await page.setContent(
      `<style>${faces.join('\n')} span{font-family:Arimo;font-kerning:none;white-space:pre;font-size:14px}</style><body></body>`,
    );
    const measure = (strings: string[], weight: 400 | 700) =>
      page.evaluate(
        async ({ strings, weight }) => {
          await document.fonts.load(`${weight} 14px Arimo`, 'aÄ');
          await document.fonts.load(`${weight} 14px Arimo`, 'ŋŒ');
          return strings.map((s) => {
            const span = document.createElement('span');
            span.style.fontWeight = String(weight);
            span.textContent = s;
            document.body.appendChild(span);
            return span.getBoundingClientRect().width;
          });
        },
        { strings, weight },
      );

    let max = 0;
    for (const [weight, css] of [['regular', 400], ['bold', 700]] as const) {
      const font = { size: 14, weight } as const;
      const dom = await measure(STRINGS, css);
      STRINGS.forEach((s, i) => {
        const diff = Math.abs(measureText(s, font) - dom[i]!);
        max = Math.max(max, diff);
        expect(diff, `${JSON.stringify(s)} ${weight}`).toBeLessThanOrEqual(TOLERANCE);
      });
      // The lines breakLines makes for a 100 px box are no wider in Chromium.
      const lines = FINNISH_TITLES.flatMap((t) => breakLines(t, 100, { ...font, lang: 'fi' }));
      const lineWidths = await measure(lines, css);
      lines.forEach((line, i) => expect(lineWidths[i], JSON.stringify(line)).toBeLessThanOrEqual(100 + 1 / 64));
    }
    await page.close();
    console.log(`${STRINGS.length} strings × 2 weights: max |measureText − Chromium| = ${max.toFixed(4)} px`);
  });
});
