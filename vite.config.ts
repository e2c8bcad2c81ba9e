import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * What the editor needs before it can draw (every module src/app/main.tsx imports, statically, however deep)
 * goes into one chunk, `app`: one request, and one gzip stream that compresses React, React Flow, i18next and
 * the layout together better than the pieces the export page's sharing would otherwise cut them into.
 * Whatever is imported dynamically (present mode, export, the panels, Open and Save …) stays in its own chunks.
 */
function eagerModules(): { plugin: Plugin; has: (id: string) => boolean } {
  const eager = new Set<string>();
  return {
    has: (id) => eager.has(id),
    plugin: {
      name: 'polku-eager-modules',
      apply: 'build',
      buildEnd() {
        eager.clear();
        const stack = [...this.getModuleIds()].filter((id) => /\/src\/app\/main\.tsx$/.test(id));
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (eager.has(id)) continue;
          eager.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      },
    },
  };
}

const eager = eagerModules();

// base './' so that the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), eager.plugin],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // every browser that runs ES2022 but Safari 16 preloads modules itself; there the chunks load as imported
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // export.html: the page `npm run export` drives in headless Chromium (the app's export code, no editor)
      input: { index: 'index.html', export: 'export.html' },
      // (not main.tsx itself, which starts the editor, nor the style sheets: those stay the index page's alone)
      output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => eager.has(id) && !/\/src\/app\/main\.tsx$|\.css(\?|$)/.test(id) }] } },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
