import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so that the built site works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // export.html: the page `npm run export` drives in headless Chromium (the app's export code, no editor)
    rolldownOptions: { input: { index: 'index.html', export: 'export.html' } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
