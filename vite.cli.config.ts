// Builds the `assay` CLI ahead of time to JavaScript (`npm run build:cli`, part of `npm run build`):
//   core/cli/main.ts → dist/cli/main.js (+ one chunk per lazily loaded command), ESM for Node, dependencies
//   bundled in so a call parses a few files instead of resolving hundreds of TypeScript modules.
// It also writes dist/cli/sources.json: every source file that went into the build with its size and mtime.
// bin/assay.js runs the build only while all of those are unchanged, and otherwise the TypeScript sources, so
// an edited checkout never runs stale code.
import { builtinModules } from 'node:module';
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

function sourcesManifest(): Plugin {
  return {
    name: 'assay-cli-sources',
    apply: 'build',
    generateBundle() {
      const files: Record<string, string> = {};
      for (const id of this.getModuleIds()) {
        if (!id.startsWith(root) || id.includes('/node_modules/') || id.includes('\0')) continue;
        const st = statSync(id);
        files[relative(root, id)] = `${st.size}:${st.mtimeMs}`;
      }
      this.emitFile({ type: 'asset', fileName: 'sources.json', source: `${JSON.stringify({ schema: 'assay.cli-build/1', files }, null, 1)}\n` });
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [sourcesManifest()],
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node22',
    ssr: 'core/cli/main.ts',
    sourcemap: false,
    minify: false,
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' },
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  ssr: { target: 'node', noExternal: true },
});
