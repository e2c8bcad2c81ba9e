// `npm run bench`: builds the app and a plain React Flow page, and measures both
// in Debian Chromium (see test/bench/run.ts). Not part of `npm test`.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { ensureChromium } from './find-chromium.mjs';

process.env.CHROME_PATH = ensureChromium();
const { module } = await runnerImport(fileURLToPath(new URL('../test/bench/run.ts', import.meta.url)));
await module.main(process.argv.slice(2));
