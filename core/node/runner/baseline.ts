// The expected visible-test set: what the reference solution's run reports (every test name and, for minitest,
// assertion counts). Computed once per exercise content and toolchain, cached in memory and on disk.
// None for write-tests (the candidate writes the tests), review, or when reference/ is absent (candidate build).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedExercise } from '../library/load.ts';
import { assayCacheDir } from './go/cache.ts';
import type { Baseline } from './integrity.ts';
import { visibleSuite } from './suites.ts';
import { withWorkspace } from './workspace.ts';

const FORMAT = 1;
const memory = new Map<string, Promise<Baseline | null>>();

function cacheKey(ex: LoadedExercise, toolchain: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([FORMAT, toolchain, ex.meta.language, ex.starter, ex.reference, ex.visible]));
  return h.digest('hex').slice(0, 32);
}

export function referenceBaseline(ex: LoadedExercise, toolchain: string, require: 'full' | 'prefer-full'): Promise<Baseline | null> {
  if (ex.meta.type === 'write-tests' || ex.meta.type === 'review' || Object.keys(ex.reference).length === 0) return Promise.resolve(null);
  const key = cacheKey(ex, toolchain);
  let p = memory.get(key);
  if (!p) {
    p = compute(ex, key, require);
    memory.set(key, p);
    // A failed computation (e.g. sandbox unavailable) is retried on the next run.
    void p.then((b) => b ?? memory.delete(key));
  }
  return p;
}

async function compute(ex: LoadedExercise, key: string, require: 'full' | 'prefer-full'): Promise<Baseline | null> {
  const dir = join(assayCacheDir(), 'baselines');
  const file = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Baseline;
  } catch {
    // not cached yet
  }
  const outcome = await withWorkspace((ws) =>
    visibleSuite({
      ctx: { runId: 'baseline', require, emit: () => {} },
      ex,
      ws,
      files: { ...ex.starter, ...ex.reference, ...ex.visible },
      baseline: null,
      stream: false,
    }),
  );
  if (outcome.verdict !== 'passed') return null;
  const baseline: Baseline = { names: outcome.tests.map((t) => t.name), assertions: outcome.assertions ?? null };
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(baseline));
  renameSync(tmp, file);
  return baseline;
}
