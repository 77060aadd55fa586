#!/usr/bin/env node
// The `assay` CLI. Runs the ahead-of-time build (dist/cli, `npm run build:cli`, part of `npm run build`) when it
// is present and every source file it was built from is unchanged (./cli-build.js), else the TypeScript sources,
// which Node runs natively (slower to start, never stale). ASSAY_CLI_FROM_SOURCES=1 forces the sources.
import { buildIsCurrent } from './cli-build.js';

const root = new URL('..', import.meta.url);
if (process.env.ASSAY_CLI_FROM_SOURCES !== '1' && buildIsCurrent(root, new URL('dist/cli/sources.json', root))) await import('../dist/cli/main.js');
else await import('../core/cli/main.ts');
