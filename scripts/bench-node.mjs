// One measurement of open + validate + layout in a fresh Node process (see test/bench/nodeOpen.ts).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('../test/bench/nodeOpen.ts', import.meta.url)));
console.log(JSON.stringify(module.measureOpen(process.argv[2])));
