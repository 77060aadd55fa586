#!/usr/bin/env node
// The `assay` CLI. Runs the ahead-of-time build (dist/cli, `npm run build:cli`, part of `npm run build`) when it
// is present and every source file it was built from is unchanged (./cli-build.js), else the TypeScript sources,
// which Node runs natively (slower to start, never stale). ASSAY_CLI_FROM_SOURCES=1 forces the sources.
// The build runs with V8's compile cache in dist/cli/.compile-cache (Node >= 22.1; ~5 ms a call): entries are keyed
// by a hash of the source text, so an edited file is compiled afresh; the directory belongs to whoever built the
// checkout (never a shared /tmp one another user could plant entries in) and goes with the next build. Where it
// cannot be written, Node compiles as usual. NODE_COMPILE_CACHE, when set, takes precedence.
import module from 'node:module';
import { buildIsCurrent } from './cli-build.js';

const root = new URL('..', import.meta.url);
if (process.env.ASSAY_CLI_FROM_SOURCES !== '1' && buildIsCurrent(root, new URL('dist/cli/sources.json', root))) {
  try {
    module.enableCompileCache?.(new URL('dist/cli/.compile-cache', root).pathname);
  } catch {
    // compile as usual
  }
  await import('../dist/cli/main.js');
} else await import('../core/cli/main.ts');
