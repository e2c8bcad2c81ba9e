/** The migration mechanism, with a fake registry, and the real registry's agreement with the readable versions. */
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../../src/model/json.ts';
import { MIGRATIONS, migratableVersions, migrate, type MigrationRegistry } from '../../../src/model/migrations.ts';
import { FORMAT_VERSION, READABLE_VERSIONS } from '../../../src/model/types.ts';

/** A pretend history: v1 named it `name`, v2 renamed it `title`, v3 added `lanes`. */
const fake: MigrationRegistry = {
  1: ({ name, ...rest }) => ({ ...rest, title: name }),
  2: (document) => ({ ...document, lanes: [] }),
};

describe('migrate', () => {
  test('runs each step in turn and sets the version after each', () => {
    const v1: JsonObject = { format: 'participation-path', version: 1, name: 'T', x: 'kept' };
    expect(migrate(v1, fake, 3)).toEqual({ format: 'participation-path', version: 3, x: 'kept', title: 'T', lanes: [] });
    expect(migrate({ version: 2, title: 'T' }, fake, 3)).toEqual({ version: 3, title: 'T', lanes: [] });
  });

  test('does not change its input', () => {
    const v1: JsonObject = { version: 1, name: 'T' };
    const copy = structuredClone(v1);
    migrate(v1, fake, 3);
    expect(v1).toEqual(copy);
  });

  test('a current document comes back as it is', () => {
    const current: JsonObject = { version: 3 };
    expect(migrate(current, fake, 3)).toBe(current);
  });

  test('a gap in the chain, or a future version, is an error (the reader never asks for one)', () => {
    expect(() => migrate({ version: 0 }, fake, 3)).toThrow(/No migration from version 0/);
    expect(() => migrate({ version: 4 }, fake, 3)).toThrow(/No migration from version 4/);
    expect(() => migrate({ version: '1' }, fake, 3)).toThrow();
  });

  test('the versions a registry can read', () => {
    expect(migratableVersions(fake, 3)).toEqual([1, 2, 3]);
    expect(migratableVersions({}, 1)).toEqual([1]);
  });
});

describe('the real registry', () => {
  test('reads exactly READABLE_VERSIONS, up to FORMAT_VERSION', () => {
    expect(migratableVersions(MIGRATIONS, FORMAT_VERSION)).toEqual([...READABLE_VERSIONS]);
  });

  test.each([...READABLE_VERSIONS])('version %i migrates to the current version', (version) => {
    expect(migrate({ version }, MIGRATIONS)['version']).toBe(FORMAT_VERSION);
  });
});
