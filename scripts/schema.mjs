// `npm run schema [-- --check]`: runs scripts/gen-schema.ts through Vite's module runner
// (Node 20 cannot strip TypeScript types by itself).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

await runnerImport(fileURLToPath(new URL('./gen-schema.ts', import.meta.url)));
