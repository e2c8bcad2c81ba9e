// `npm test`: unit, component and browser tests in one Vitest run.
// Finds (or installs) Chromium first, and ends with a plain summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const wantsBrowser = !args.includes('--project') || args.includes('browser');
if (wantsBrowser) process.env.CHROME_PATH = ensureChromium();

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const r = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
  { stdio: 'inherit', env: process.env },
);

if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  console.log(`\ntests: ${j.numPassedTests} passed, ${j.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  if (j.numTotalTests === 0) {
    console.error('No test ran.');
    process.exit(1);
  }
}
process.exit(r.status ?? 1);
