#!/usr/bin/env node
// The `assay` CLI. Runs the ahead-of-time build (dist/cli, `npm run build:cli`) when it is present and every
// source file it was built from is unchanged (dist/cli/sources.json: size and mtime), else the TypeScript
// sources, which Node runs natively (slower to start, never stale). ASSAY_CLI_FROM_SOURCES=1 forces the sources.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);

function buildIsCurrent() {
  try {
    const { files } = JSON.parse(readFileSync(new URL('dist/cli/sources.json', root), 'utf8'));
    for (const [rel, id] of Object.entries(files)) {
      const st = statSync(new URL(rel, root));
      if (`${st.size}:${st.mtimeMs}` !== id) return false;
    }
    return Object.keys(files).length > 0;
  } catch {
    return false;
  }
}

if (process.env.ASSAY_CLI_FROM_SOURCES !== '1' && buildIsCurrent()) await import('../dist/cli/main.js');
else await import('../core/cli/main.ts');
