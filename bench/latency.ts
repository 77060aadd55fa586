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
 * The reference's editable file with a comment line inserted after the first line. It shifts every line, so the
 * compiled package differs and Go cannot reuse a cached link (a trailing comment would leave the object file
 * identical and flatter the raw toolchain).
 */
function edited(ex: LoadedExercise, i: number): { path: string; content: string } {
  const path = ex.meta.editable[0]!;
  const [first, ...rest] = { ...ex.starter, ...ex.reference }[path]!.split('\n');
  return { path, content: [first, `${comment(ex)} edit ${i} ${Date.now()}`, ...rest].join('\n') };
}

export async function assayLatency(ex: LoadedExercise, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = -1; i < n; i++) {
    const e = edited(ex, i);
    const t = performance.now();
    const r = await runVisible(ex, { [e.path]: e.content }, { runId: `bench-${process.pid}-${i + 1}` });
    if (r.verdict !== 'passed') throw new Error(`bench: reference run of ${ex.meta.id} was ${r.verdict}: ${r.summary}`);
    if (i >= 0) samples.push(performance.now() - t); // i = -1 warms caches and the baseline
  }
  return samples;
}

function run(file: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env: process.env, maxBuffer: 64 * 1024 * 1024 }, (err, _out, stderr) =>
      err ? reject(new Error(`${file} ${args.join(' ')}: ${stderr || err.message}`)) : resolve(),
    );
  });
}

export async function rawLatency(ex: LoadedExercise, n: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-raw-'));
  try {
    writeFiles(dir, { ...ex.starter, ...ex.reference, ...ex.visible });
    const tests = Object.keys(ex.visible).filter((p) => p.endsWith('_test.rb'));
    const samples: number[] = [];
    for (let i = -1; i < n; i++) {
      const e = edited(ex, i);
      writeFileSync(join(dir, e.path), e.content);
      const t = performance.now();
      if (ex.meta.language === 'go') await run('go', ['test', '-json', '.'], dir);
      else for (const f of tests) await run('ruby', [f], dir);
      if (i >= 0) samples.push(performance.now() - t);
    }
    return samples;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
