import { defineConfig } from 'vite';

// Builds the bare MapLibre page into bench/out/bare, with the app's public/ (data, glyphs) beside it.
export default defineConfig({
  root: new URL('./bare/', import.meta.url).pathname,
  base: './',
  publicDir: new URL('../public/', import.meta.url).pathname,
  logLevel: 'warn',
  build: { outDir: new URL('./out/bare/', import.meta.url).pathname, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
