import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the plain React Flow baseline page for the benchmark (never part of the app). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'plain'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: resolve(import.meta.dirname, '../../bench-results/tmp/plain'), emptyOutDir: true, target: 'es2022' },
});
