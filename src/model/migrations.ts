/**
 * Numbered migrations between versions of the file format.
 *
 * `MIGRATIONS[n]` turns a version-n document into a version-(n + 1) one. Only
 * version 1 exists, so the registry is empty. When version 2 comes:
 *   1. write `src/model/migrations/v1ToV2.ts` exporting a pure
 *      `(document: JsonObject) => JsonObject` (no need to set `version`:
 *      migrate() does), with its own test;
 *   2. add `1: v1ToV2` below, set FORMAT_VERSION = 2 and
 *      READABLE_VERSIONS = [1, 2] in types.ts.
 * A migration works on the raw parsed JSON, before validation, must not
 * change its input, and keeps unknown properties where they are.
 */
import type { JsonObject } from './json.ts';
import { FORMAT_VERSION } from './types.ts';

/** Turns a document of version n into one of version n + 1 (pure; must not mutate its input). */
export type Migration = (document: JsonObject) => JsonObject;

/** Migrations by the version they start from. */
export type MigrationRegistry = Readonly<Record<number, Migration>>;

export const MIGRATIONS: MigrationRegistry = {};

/**
 * The versions a registry can bring up to `target`: `target` itself and every
 * version below it from which an unbroken chain of migrations leads there.
 */
export function migratableVersions(
  registry: MigrationRegistry = MIGRATIONS,
  target: number = FORMAT_VERSION,
): number[] {
  const versions = [target];
  for (let version = target - 1; registry[version] !== undefined; version--) versions.unshift(version);
  return versions;
}

/**
 * Brings a parsed document of version `document.version` up to `target` by
 * running the migrations in turn, setting `version` after each. A document
 * already at `target` comes back unchanged (the same object).
 *
 * Throws when no chain of migrations leads from the document's version to
 * `target`: the reader only calls it for READABLE_VERSIONS, and a test keeps
 * those in step with the registry.
 */
export function migrate(
  document: JsonObject,
  registry: MigrationRegistry = MIGRATIONS,
  target: number = FORMAT_VERSION,
): JsonObject {
  let current = document;
  let version = current['version'];
  while (version !== target) {
    const step = typeof version === 'number' ? registry[version] : undefined;
    if (step === undefined || typeof version !== 'number' || version > target) {
      throw new Error(`No migration from version ${String(version)} to ${String(target)}`);
    }
    version = version + 1;
    current = { ...step(current), version };
  }
  return current;
}
