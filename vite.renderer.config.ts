// Builds the React + Monaco renderer into dist/renderer (relative asset URLs, so it loads from file://,
// a custom protocol or the test harness alike). Monaco and its worker are bundled: nothing comes from a CDN.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // Monaco alone is several MB; it loads from disk, so one large chunk is fine.
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
  },
});
