/**
 * Versions of a diagram ("Versiot / Versioner / Versions"), the pure part: which kept versions stay
 * (thinning by age, then a byte budget), when the next automatic one is due, and what changed between
 * two diagrams (steps added, removed, moved). No I/O: the storage is src/io/versions.ts.
 */
import type { Diagram, Step } from './types';

/** What thinning needs to know of a kept version. */
export type VersionMeta = {
  readonly diagramId: string;
  /** when it was taken, ms since the epoch */
  readonly savedAt: number;
  /** its size as stored (JSON characters) */
  readonly bytes: number;
};

/** Why a version was taken: the automatic one while editing, or before something replaced the diagram. */
export type VersionReason = 'auto' | 'open' | 'new' | 'template' | 'paste' | 'reload' | 'restore';

/** At most one automatic version per this much editing. */
export const VERSION_INTERVAL_MS = 10 * 60 * 1000;
/** All versions of this browser together stay within this (the dialog shows it). */
export const VERSION_BUDGET_BYTES = 20_000_000;
/** A paste of more steps than this keeps a version first. */
export const PASTE_VERSION_STEPS = 10;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** one an hour for this long */
export const HOURLY_FOR_MS = 7 * DAY;
/** one a day for this long; nothing older is kept (but a diagram's newest) */
export const DAILY_FOR_MS = 90 * DAY;

/** The local midnight that begins `ms`'s day. */
export const startOfDay = (ms: number) => new Date(ms).setHours(0, 0, 0, 0);
/** The local hour `ms` is in. */
const startOfHour = (ms: number) => new Date(ms).setMinutes(0, 0, 0);

/**
 * The versions that stay, of `versions` (of any diagrams), at `now`: of each diagram, its newest always; every
 * one from today (local time); the newest of each hour for a week; the newest of each day for 90 days;
 * nothing older. Then, while they are more than `budget` bytes together, the oldest go first — never a
 * diagram's newest. The result keeps the order of `versions`.
 */
export function thinVersions<V extends VersionMeta>(versions: readonly V[], now: number, budget = VERSION_BUDGET_BYTES): V[] {
  const today = startOfDay(now);
  const byDiagram = new Map<string, V[]>();
  for (const v of versions) byDiagram.set(v.diagramId, [...(byDiagram.get(v.diagramId) ?? []), v]);

  const kept = new Set<V>();
  const newest = new Set<V>();
  for (const list of byDiagram.values()) {
    const sorted = [...list].sort((a, b) => b.savedAt - a.savedAt);
    newest.add(sorted[0]!);
    const buckets = new Set<string>();
    for (const v of sorted) {
      const age = now - v.savedAt;
      let bucket: string | null;
      if (v === sorted[0] || v.savedAt >= today) bucket = null; // kept, no bucket
      else if (age <= HOURLY_FOR_MS) bucket = `h${startOfHour(v.savedAt)}`;
      else if (age <= DAILY_FOR_MS) bucket = `d${startOfDay(v.savedAt)}`;
      else continue; // too old
      if (bucket !== null) {
        if (buckets.has(bucket)) continue; // a newer one of the same hour or day is kept
        buckets.add(bucket);
      }
      kept.add(v);
    }
  }

  let total = 0;
  kept.forEach((v) => (total += v.bytes));
  const oldestFirst = [...kept].filter((v) => !newest.has(v)).sort((a, b) => a.savedAt - b.savedAt);
  for (const v of oldestFirst) {
    if (total <= budget) break;
    kept.delete(v);
    total -= v.bytes;
  }
  return versions.filter((v) => kept.has(v));
}

/** True when an automatic version is due: none taken yet, or the last one `interval` or longer ago. */
export const versionDue = (lastAt: number | null, now: number, interval = VERSION_INTERVAL_MS) =>
  lastAt === null || now - lastAt >= interval || now < lastAt;

/** What changed from one diagram to the next, in steps. */
export type ChangeSummary = { readonly added: number; readonly removed: number; readonly moved: number };

/** Whether a step is placed elsewhere: another lane, or other dates. */
const placeOf = (s: Step) => `${s.lane}\u0000${s.start}\u0000${s.end ?? ''}`;

/** Steps added, removed and moved (to another lane or other dates) from `before` to `after`, by their ids. */
export function summarizeChange(before: Diagram, after: Diagram): ChangeSummary {
  const was = new Map(before.steps.map((s) => [s.id, s]));
  let added = 0;
  let moved = 0;
  for (const step of after.steps) {
    const old = was.get(step.id);
    if (!old) added++;
    else if (placeOf(old) !== placeOf(step)) moved++;
  }
  const now = new Set(after.steps.map((s) => s.id));
  const removed = before.steps.filter((s) => !now.has(s.id)).length;
  return { added, removed, moved };
}
