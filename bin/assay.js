#!/usr/bin/env node
// The `assay` CLI. Runs the ahead-of-time build (dist/cli, `npm run build:cli`, part of `npm run build`) when it
// is present and every source file it was built from is unchanged (./cli-build.js), else the TypeScript sources,
// which Node runs natively (slower to start, never stale). ASSAY_CLI_FROM_SOURCES=1 forces the sources.
// V8's compiled code is cached in the checkout's node_modules/.cache/assay-cli (Node ≥ 22.1, a few ms a call):
// entries are keyed by a hash of the source text, so an edited or rebuilt file is compiled afresh, and the
// directory belongs to whoever owns the checkout (never a shared /tmp one another user could plant entries in).
// NODE_COMPILE_CACHE, when set, takes precedence; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import module from 'node:module';
import { buildIsCurrent } from './cli-build.js';

const root = new URL('..', import.meta.url);
try {
  module.enableCompileCache?.(new URL('node_modules/.cache/assay-cli', root).pathname);
} catch {
  // an unwritable checkout: compile as usual
}
if (process.env.ASSAY_CLI_FROM_SOURCES !== '1' && buildIsCurrent(root, new URL('dist/cli/sources.json', root))) await import('../dist/cli/main.js');
else await import('../core/cli/main.ts');
