/** Builds the production site once and serves it from a sub-folder for the browser tests. */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/staticServer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, 'dist');
  // Vitest sets NODE_ENV=test, which would give React's development build: test the production one.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts'), mode: 'production' });
  } finally {
    process.env.NODE_ENV = env;
  }
  const { server, url } = await serveStatic(outDir);
  project.provide('baseUrl', url);
  return async () => {
    await new Promise<void>((r) => server.close(() => r()));
  };
}
