// Builds the Electron side (run after vite.renderer.config.ts by `npm run build`):
//   electron/main.ts          → dist/electron/main.js          ESM, Node target; electron, builtins, dependencies external
//   electron/preload.ts       → dist/electron/preload.cjs      CommonJS, one self-contained file (sandboxed preloads
//                                                               cannot load chunks); only electron external
//   scripts/harness-bridge.ts → dist/harness/harness-bridge.js IIFE for the browser harness (test/dev seam, not packaged)
// The main build is this config; the other two are built by the plugin below once main is written.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
const deps = Object.keys(pkg.dependencies ?? {});
const nodeExternal = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const isExternal = (id: string) =>
  nodeExternal.includes(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));

// zod's sources carry PURE annotations Rollup cannot place; that warning is noise, not a problem.
const quietZod = {
  onwarn(warning: { code?: string; id?: string }, warn: (w: never) => void) {
    if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
    warn(warning as never);
  },
};

/** A single-file browser-side bundle (no chunks, no public dir, zod etc. inlined). */
function bundle(entry: string, outDir: string, fileName: string, format: 'cjs' | 'iife', empty: boolean): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: empty,
      target: 'chrome130',
      minify: false,
      sourcemap: false,
      lib: { entry: join(root, entry), formats: [format], name: 'AssayBridge', fileName: () => fileName },
      rollupOptions: { ...quietZod, external: format === 'cjs' ? ['electron'] : [] },
    },
  };
}

function buildPreloadAndBridge(): Plugin {
  return {
    name: 'assay-preload-and-bridge',
    apply: 'build',
    async writeBundle() {
      await build(bundle('electron/preload.ts', 'dist/electron', 'preload.cjs', 'cjs', false));
      await build(bundle('scripts/harness-bridge.ts', 'dist/harness', 'harness-bridge.js', 'iife', true));
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [buildPreloadAndBridge()],
  build: {
    outDir: 'dist/electron',
    emptyOutDir: true,
    target: 'node22',
    ssr: 'electron/main.ts',
    sourcemap: true,
    minify: false,
    rollupOptions: {
      ...quietZod,
      external: isExternal,
      output: { format: 'es', entryFileNames: 'main.js' },
    },
  },
  ssr: { target: 'node', noExternal: [] },
});
