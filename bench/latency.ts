// Run-button latency after an edit: Assay's runVisible (sandboxed, integrity-checked) against the raw toolchain
// (`go test -json .` / `ruby <test file>`) in a plain temp dir with the user's default caches.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedExercise } from '../core/node/library/load.ts';
import { runVisible } from '../core/node/runner/run-visible.ts';
import { writeFiles } from '../core/node/runner/workspace.ts';

const comment = (ex: LoadedExercise) => (ex.meta.language === 'go' ? '//' : '#');

/**
 * The reference's editable file with i + 2 comment lines inserted after the first line. Edit i shifts every
 * later line by one against edit i - 1, so the compiled package differs from the previous run's and Go can
 * reuse neither the link nor the cached test result (one inserted line of varying text keeps the lines where
 * they were: the object file is then identical and raw `go test` answers from its test cache without linking
 * or running anything, which flattered the raw toolchain in earlier measurements).
 */
function edited(ex: LoadedExercise, i: number): { path: string; content: string } {
  const path = ex.meta.editable[0]!;
  const [first, ...rest] = { ...ex.starter, ...ex.reference }[path]!.split('\n');
  const lines = Array.from({ length: i + 2 }, (_, k) => `${comment(ex)} edit ${i}.${k} ${Date.now()}`);
  return { path, content: [first, ...lines, ...rest].join('\n') };
}

/** One Run-button run of the edited reference through Assay; throws unless it passes. */
async function assayOnce(ex: LoadedExercise, i: number): Promise<number> {
  const e = edited(ex, i);
  const t = performance.now();
  const r = await runVisible(ex, { [e.path]: e.content }, { runId: `bench-${process.pid}-${i + 1}` });
  if (r.verdict !== 'passed') throw new Error(`bench: reference run of ${ex.meta.id} was ${r.verdict}: ${r.summary}`);
  return performance.now() - t;
}

function run(file: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env: process.env, maxBuffer: 64 * 1024 * 1024 }, (err, _out, stderr) =>
      err ? reject(new Error(`${file} ${args.join(' ')}: ${stderr || err.message}`)) : resolve(),
    );
  });
}

/** One raw-toolchain run of the edited reference in dir (a plain module dir holding the exercise). */
async function rawOnce(ex: LoadedExercise, i: number, dir: string): Promise<number> {
  const e = edited(ex, i);
  writeFileSync(join(dir, e.path), e.content);
  const t = performance.now();
  if (ex.meta.language === 'go') await run('go', ['test', '-json', '.'], dir);
  else for (const f of Object.keys(ex.visible).filter((p) => p.endsWith('_test.rb'))) await run('ruby', [f], dir);
  return performance.now() - t;
}

/**
 * n samples each of Assay's runVisible and of the raw toolchain, alternating so that both see the same machine
 * load (the machine may be shared). A first round (i = -1) warms caches and the baseline and is not counted.
 */
export async function latencies(ex: LoadedExercise, n: number): Promise<{ assay: number[]; raw: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-raw-'));
  try {
    writeFiles(dir, { ...ex.starter, ...ex.reference, ...ex.visible });
    const assay: number[] = [];
    const raw: number[] = [];
    for (let i = -1; i < n; i++) {
      const a = await assayOnce(ex, i);
      const r = await rawOnce(ex, i, dir);
      if (i >= 0) {
        assay.push(a);
        raw.push(r);
      }
    }
    return { assay, raw };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
