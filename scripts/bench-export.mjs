// `npm run bench:export`: Polku's SVG, PNG 2× and PDF export times next to
// html-to-image's toPng of the React Flow viewport (see test/bench/exportBench.ts).
// Not part of `npm test`.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { ensureChromium } from './find-chromium.mjs';

process.env.CHROME_PATH = ensureChromium();
const { module } = await runnerImport(fileURLToPath(new URL('../test/bench/exportBench.ts', import.meta.url)));
await module.main(process.argv.slice(2));
