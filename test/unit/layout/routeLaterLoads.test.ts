/**
 * When the screen's background routing loads (layout/cache.ts): once a routing has been slow, and only for a
 * diagram of more than LATER_MIN_STEPS steps. A small diagram's routing is slow only on a slow or busy
 * machine; its background code would then load with the first diagram drawn (the eager-JS check failed so on
 * a busy 2-core machine). The clock is made slow here: every routing takes 100 ms.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDiagram } from '../../bench/generateDiagram';
import { randomDiagram } from '../../helpers/randomDiagram';

const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/layout/routeLater', () => {
  loaded.count++;
  return {};
});

afterEach(() => vi.restoreAllMocks());

/** Every reading of the clock 100 ms after the one before. */
function slowClock() {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 100));
}

describe('the background routing loads', () => {
  it('with a file of as many arrows as the screen shows unrouted at first (openFile.ts, provisional.ts)', async () => {
    const { OPENS_LATER_LINKS } = await import('../../../src/io/openFile');
    const { FIRST_LATER_LINKS } = await import('../../../src/layout/provisional');
    expect(OPENS_LATER_LINKS).toBe(FIRST_LATER_LINKS);
  });

  it('not for a small diagram however slow its routing, and for a large one', async () => {
    const { LATER_MIN_STEPS, shownGeometryOf } = await import('../../../src/layout/cache');
    const { lastRoutingMs } = await import('../../../src/layout/reuse');
    slowClock();
    const small = randomDiagram(3, 30);
    expect(small.steps.length).toBeLessThanOrEqual(LATER_MIN_STEPS);
    shownGeometryOf(small);
    expect(lastRoutingMs()).toBeGreaterThanOrEqual(100);
    await new Promise((r) => setTimeout(r, 50));
    expect(loaded.count).toBe(0);

    const large = generateDiagram(LATER_MIN_STEPS + 50, 2);
    shownGeometryOf(large);
    await vi.waitFor(() => expect(loaded.count).toBe(1));
  });
});
