/**
 * The eager JS: every script the browser fetches from the moment the page is
 * asked for until the default diagram is drawn and its first step can take the
 * keyboard focus — index.html's entry and modulepreloads, and any chunk loaded
 * on demand that was asked for before then. Each body gzipped at level 9 (as a
 * static host would serve it). Used by the bundle check and by the benchmark.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export type EagerFile = { readonly file: string; readonly bytes: number; readonly gzip: number };
export type EagerJs = { readonly files: readonly EagerFile[]; readonly gzip: number };

/** The gzip budget of the eager JS (issue 12): 200 KB. */
export const EAGER_JS_BUDGET = 204_800;

const isScript = (r: Response) => r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(r.url()).pathname);

/** Opens `url` in a fresh context (nothing kept from an earlier visit) and measures the eager JS. */
export async function measureEagerJs(browser: Browser, url: string): Promise<EagerJs> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  try {
    const page = await context.newPage();
    const scripts: Response[] = [];
    let drawn = false;
    page.on('response', (r) => {
      if (!drawn && isScript(r)) scripts.push(r);
    });
    await page.goto(url);
    // drawn: the first step is on the canvas and can take the keyboard focus (in the Tab order)
    const step = page.locator('.react-flow__node-step').first();
    await step.waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('.react-flow__node-step');
      return el !== null && el.tabIndex >= 0 && el.getClientRects().length > 0;
    });
    drawn = true;
    // (what loads once a step has the focus is keyboard editing's, on first use: not counted; but it must take it)
    await step.focus();
    await page.waitForFunction(() => document.activeElement?.matches('.react-flow__node-step') === true);
    const files = await Promise.all(
      scripts.map(async (r) => {
        const body = await r.body();
        return { file: new URL(r.url()).pathname.split('/').pop()!, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
      }),
    );
    return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
  } finally {
    await context.close();
  }
}

/** The figure as a table: each file's gzip bytes, then the sum. */
export function describeEagerJs(m: EagerJs): string {
  const rows = [...m.files].sort((a, b) => b.gzip - a.gzip).map((f) => `  ${String(f.gzip).padStart(7)} B gzip -9  ${f.file}`);
  return [`Eager JS: ${m.gzip} B gzip -9 (${(m.gzip / 1024).toFixed(1)} KB) in ${m.files.length} files`, ...rows].join('\n');
}
