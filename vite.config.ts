import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * Offline and installable (issue 13): a Workbox service worker (dist/sw.js) precaches the whole build —
 * the app, its fonts, the hyphenation patterns, the PDF and other export code loaded on demand, every
 * language — so that after the first visit all of it works with the network off. Its scope is the folder
 * the site is served from ('./'), as the site may live in any folder of a static host.
 * A new version waits until the person presses Update (src/app/serviceWorker.ts registers it, after the
 * editor is drawn, and src/ui/UpdateBanner.tsx offers it); nothing here skips waiting on its own.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  // registered by src/app/serviceWorker.ts with workbox-window, not by an injected script
  injectRegister: false,
  filename: 'sw.js',
  scope: './',
  // the icons are in dist already (public/), found by globPatterns: not listed twice
  includeManifestIcons: false,
  manifest: {
    name: 'Polku – järjestöjen osallisuuspolku',
    short_name: 'Polku',
    description: 'Polku – järjestöjen osallisuuspolkujen editori',
    lang: 'fi',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f5f8b',
    icons: [
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    // opened from the operating system (where the browser supports it): the app's launchQueue consumer
    // (src/ui/LaunchFiles.tsx) hands the file to Open
    file_handlers: [
      {
        action: './',
        accept: { 'application/json': ['.json'], 'image/png': ['.png'], 'image/svg+xml': ['.svg'] },
      },
    ],
  },
  workbox: {
    // everything the build makes (export.html too: `npm run export`'s page is a part of the build)
    globPatterns: ['**/*.{js,css,html,woff2,woff,ttf,json,svg,png,wasm}'],
    // the largest file is the app chunk (~0.6 MB) and the PDF code (~0.45 MB): room for growth
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // the app's page with a query (?lang=sv, ?presenter) is the app's page; other pages that may share
    // the folder on the host (anything not ending in / or index.html) still come from the host
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
    // the first visit's page is served by the service worker as soon as it is active, so that it
    // works offline without a reload; a new version still waits for the person (no skipWaiting)
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

// base './' so that the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), eager.plugin, pwa],
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
