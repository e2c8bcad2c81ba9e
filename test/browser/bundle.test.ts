/**
 * Issue 12: the JS fetched before the default diagram is drawn and its first
 * step is focusable stays within 200 KB gzip (-9). Lazy parts loaded on first
 * use (present mode, export, the panels, Open and Save …) do not count — but
 * one asked for during start-up does.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser';
import { describeEagerJs, EAGER_JS_BUDGET, measureEagerJs } from './eagerJs';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('eager JS (production build, Chromium)', () => {
  it(`is at most ${EAGER_JS_BUDGET} B gzip -9 until the default diagram is drawn and a step is focusable`, async () => {
    const eager = await measureEagerJs(browser, base);
    console.log(describeEagerJs(eager));
    // it measured something real: React, React Flow and the layout are well over 100 KB
    expect(eager.gzip).toBeGreaterThan(100_000);
    expect(eager.gzip).toBeLessThanOrEqual(EAGER_JS_BUDGET);
  });
});
