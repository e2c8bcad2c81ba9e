/**
 * Writes public/participation-path.v1.schema.json from the valibot schema.
 *
 *   node -e "import('vite').then((v) => v.runnerImport('./scripts/gen-schema.ts'))"   (Node 20)
 *   node --experimental-strip-types scripts/gen-schema.ts                               (Node ≥ 22.6)
 *
 * With `--check` (Node 20: `node -e "…" -- --check`) it writes nothing and
 * exits with 1 when the file differs (test/unit/format/jsonSchema.test.ts
 * makes the same check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemaText, SCHEMA_FILE } from '../src/model/jsonSchema.ts';

const file = resolve(process.cwd(), SCHEMA_FILE);
const text = jsonSchemaText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: differs
  }
  if (current !== text) {
    console.error(`${SCHEMA_FILE} is out of date: regenerate it (see scripts/gen-schema.ts).`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(file, text);
  console.log(`wrote ${SCHEMA_FILE}`);
}
