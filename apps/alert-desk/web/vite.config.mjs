// Builds the officers' console into dist/apps/alert-desk/web, served by the alert desk itself (no CDN).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/apps/alert-desk/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
});
