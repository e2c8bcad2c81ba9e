/**
 * Issue 13, Deliver 3, "Versiot": which versions thinning keeps (all from today, hourly for a week, daily
 * for three months, nothing older, within a byte budget, oldest dropped first, never a diagram's newest),
 * when an automatic version is due, and what changed between two diagrams.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfDay, summarizeChange, thinVersions, versionDue, type VersionMeta } from '../../../src/model/versions.ts';
import { defaultDiagram } from '../store/diagrams.ts';

const MIN = 60 * 1000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = new Date(2026, 11, 7, 14, 30).getTime();

const v = (savedAt: number, bytes = 1000, diagramId = 'a'): VersionMeta => ({ diagramId, savedAt, bytes });

const hourOf = (ms: number) => new Date(ms).setMinutes(0, 0, 0);

describe('thinning versions', () => {
  it('keeps every one from today, the newest of each hour for a week, of each day for 90 days, nothing older', () => {
    const today = [v(NOW - 1 * MIN), v(NOW - 2 * MIN), v(NOW - 3 * MIN), v(startOfDay(NOW) + MIN)];
    // two in the same hour two days ago: the newer stays
    const hourNew = v(NOW - 2 * DAY + 20 * MIN);
    const hourOld = v(NOW - 2 * DAY + 10 * MIN);
    // two on the same day 30 days ago: the newer stays
    const dayNew = v(startOfDay(NOW - 30 * DAY) + 15 * HOUR);
    const dayOld = v(startOfDay(NOW - 30 * DAY) + 9 * HOUR);
    const tooOld = v(NOW - 91 * DAY);
    const kept = thinVersions([...today, hourNew, hourOld, dayNew, dayOld, tooOld], NOW, Infinity);
    expect(kept).toEqual([...today, hourNew, dayNew]);
  });

  it("never drops a diagram's newest, however old or large", () => {
    const old = v(NOW - 400 * DAY, 5_000_000, 'b');
    expect(thinVersions([old, v(NOW - MIN, 10, 'a')], NOW, 100)).toEqual([old, v(NOW - MIN, 10, 'a')]);
  });

  it('drops the oldest first while over the budget', () => {
    const versions = [v(NOW - 1 * MIN, 400), v(NOW - 2 * MIN, 400), v(NOW - 3 * MIN, 400), v(NOW - 4 * MIN, 400)];
    expect(thinVersions(versions, NOW, 1000)).toEqual(versions.slice(0, 2));
  });

  const arbitraryVersions = fc.array(
    fc.record({
      diagramId: fc.constantFrom('a', 'b', 'c'),
      // from 120 days ago to a minute ahead (another tab's clock)
      savedAt: fc.integer({ min: NOW - 120 * DAY, max: NOW + MIN }),
      bytes: fc.integer({ min: 1, max: 50_000 }),
    }),
    { maxLength: 60 },
  );

  it('keeps what the rules say, for any versions (property)', () => {
    fc.assert(
      fc.property(arbitraryVersions, fc.integer({ min: 0, max: 600_000 }), (versions, budget) => {
        const byRules = thinVersions(versions, NOW, Infinity);
        const kept = thinVersions(versions, NOW, budget);
        const newest = new Set(
          ['a', 'b', 'c'].flatMap((id) => {
            const mine = versions.filter((x) => x.diagramId === id);
            return mine.length ? [mine.reduce((a, b) => (b.savedAt > a.savedAt ? b : a))] : [];
          }),
        );
        // never drops the newest
        for (const n of newest) expect(kept).toContain(n);
        // every one from today stays by the rules
        for (const x of versions) if (x.savedAt >= startOfDay(NOW)) expect(byRules).toContain(x);
        for (const id of ['a', 'b', 'c']) {
          const mine = byRules.filter((x) => x.diagramId === id && !newest.has(x) && x.savedAt < startOfDay(NOW));
          // at most one per hour for 7 days, one per day up to 90 days, nothing older
          const hourly = mine.filter((x) => NOW - x.savedAt <= 7 * DAY);
          expect(new Set(hourly.map((x) => hourOf(x.savedAt))).size).toBe(hourly.length);
          const daily = mine.filter((x) => NOW - x.savedAt > 7 * DAY);
          expect(new Set(daily.map((x) => startOfDay(x.savedAt))).size).toBe(daily.length);
          for (const x of daily) expect(NOW - x.savedAt).toBeLessThanOrEqual(90 * DAY);
          // and each hour, each day that had one keeps its newest
          const all = versions.filter((x) => x.diagramId === id && x.savedAt < startOfDay(NOW) && NOW - x.savedAt <= 90 * DAY);
          for (const x of all) {
            const bucket = NOW - x.savedAt <= 7 * DAY ? hourOf : startOfDay;
            const rival = all.filter(
              (y) => bucket(y.savedAt) === bucket(x.savedAt) && (NOW - y.savedAt <= 7 * DAY) === (NOW - x.savedAt <= 7 * DAY),
            );
            const best = rival.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
            if (!newest.has(best) && !rival.some((y) => newest.has(y))) expect(byRules).toContain(best);
          }
        }
        // within the budget (or only the newest left), dropping the oldest first
        const total = kept.reduce((s, x) => s + x.bytes, 0);
        const others = kept.filter((x) => !newest.has(x));
        if (total > budget) expect(others).toEqual([]);
        const dropped = byRules.filter((x) => !kept.includes(x));
        for (const d of dropped) for (const k of others) expect(d.savedAt).toBeLessThanOrEqual(k.savedAt);
        // and nothing the rules drop comes back
        for (const k of kept) expect(byRules).toContain(k);
      }),
      { numRuns: 300 },
    );
  });
});

describe('when an automatic version is due', () => {
  it('at most one per 10 minutes', () => {
    expect(versionDue(null, NOW)).toBe(true);
    expect(versionDue(NOW - 9 * MIN, NOW)).toBe(false);
    expect(versionDue(NOW - 10 * MIN, NOW)).toBe(true);
  });
});

describe('the summary of a change', () => {
  const d = defaultDiagram();

  it('counts steps added, removed and moved (another lane or other dates), by their ids', () => {
    const [first, second, third, ...rest] = d.steps;
    const otherLane = d.lanes.find((l) => l.id !== second!.lane)!.id;
    const after = {
      ...d,
      steps: [
        { ...first!, start: '2031-01' }, // moved: other dates
        { ...second!, lane: otherLane }, // moved: another lane
        // third removed
        ...rest.slice(1).map((s) => ({ ...s, title: `${s.title}!` })), // retitled only: not moved; rest[0] removed
        { ...third!, id: 'new-1' },
        { ...third!, id: 'new-2' },
        { ...third!, id: 'new-3' },
      ],
    };
    expect(summarizeChange(d, after)).toEqual({ added: 3, removed: 2, moved: 2 });
    expect(summarizeChange(d, d)).toEqual({ added: 0, removed: 0, moved: 0 });
    expect(summarizeChange(after, d)).toEqual({ added: 2, removed: 3, moved: 2 });
  });
});

describe('the words of versions', () => {
  it('are there in fi, sv and en, reasons and counted changes included', async () => {
    const { versionsMessages } = await import('../../../src/i18n/versions.ts');
    const { addMessages } = await import('../../../src/i18n/setup.ts');
    const { UI_LANGUAGES } = await import('../../../src/i18n/ui.ts');
    const { createTestI18n } = await import('../../helpers/i18n.ts');
    const flat = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    for (const lng of UI_LANGUAGES) {
      expect(flat(versionsMessages[lng]).sort()).toEqual(flat(versionsMessages.fi).sort());
      const i18n = createTestI18n(lng);
      addMessages(i18n, 'versionList', versionsMessages);
      for (const reason of ['auto', 'open', 'new', 'template', 'paste', 'reload', 'restore']) {
        expect(i18n.exists(`versionList.reason.${reason}`)).toBe(true);
      }
      for (const key of ['added', 'removed', 'moved']) {
        for (const count of [1, 3]) expect(i18n.t(`versionList.${key}`, { count })).toMatch(new RegExp(`^${count} `));
      }
    }
    const fi = createTestI18n('fi');
    addMessages(fi, 'versionList', versionsMessages);
    expect([fi.t('versionList.added', { count: 3 }), fi.t('versionList.removed', { count: 1 }), fi.t('versionList.moved', { count: 2 })].join(', ')).toBe(
      '3 askelta lisätty, 1 poistettu, 2 siirretty',
    );
  });
});
