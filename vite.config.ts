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
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
