// Builds the React + Monaco renderer into dist/renderer (relative asset URLs, so it loads from file://,
// a custom protocol or the test harness alike). Monaco and its worker are bundled: nothing comes from a CDN.
// Monaco is a lazily loaded chunk of its own (renderer/src/monaco/lazy.tsx); the main chunk is the first screen.
// The page's CSP meta tag is written here from core/node/web/csp.ts, the same source as the header that the app://
// protocol and the harness send, so the two cannot drift.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { RENDERER_CSP_META } from './core/node/web/csp.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react(), cspMeta()],
  worker: { format: 'es' },
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // Monaco's chunk is several MB; it loads from disk, lazily, so one large chunk is fine.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});

/** Puts the renderer CSP into index.html as the first element of <head> (the page has no CSP of its own). */
function cspMeta(): Plugin {
  return {
    name: 'assay-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (/http-equiv=["']?content-security-policy/i.test(html)) throw new Error('renderer/index.html must not carry its own CSP: it comes from core/node/web/csp.ts');
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: RENDERER_CSP_META }, injectTo: 'head-prepend' }];
      },
    },
  };
}
