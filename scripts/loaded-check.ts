// The library check on a saturated machine: `assay check` three times in a row while one busy loop per core
// (`sh -c 'while :; do :; done'`) keeps every core busy. Fails unless every run is green (every reference 100,
// every mutant below 100, performance margins kept) and every score is identical across the runs.
// LOADED_RUNS (default 3) runs; LOADED_BUSY (default: the number of cores) busy loops.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkLibrary, type LibraryCheck } from '../core/node/check/check.ts';
import { forgetReferenceTimings } from '../core/node/grading/reference-timing.ts';
import { formatTable } from '../core/cli/check-command.ts';

const dir = process.argv[2] ?? join(import.meta.dirname, '..', 'exercises');
const runs = Number(process.env.LOADED_RUNS ?? 3);
const busyCount = Number(process.env.LOADED_BUSY ?? availableParallelism());

/** Every verdict of a check run: reference, starter, each mutant and too-slow solution's score, per exercise. */
export function verdicts(c: LibraryCheck): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of c.exercises) {
    out.set(`${e.id} reference`, String(e.reference));
    out.set(`${e.id} starter`, String(e.starter));
    for (const [k, v] of Object.entries(e.scores ?? {})) out.set(`${e.id} ${k}`, String(v));
    out.set(`${e.id} ok`, String(e.problems.length === 0));
  }
  return out;
}

const busy: ChildProcess[] = [];
for (let i = 0; i < busyCount; i++) busy.push(spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' }));
let failed = false;
try {
  const all: Map<string, string>[] = [];
  for (let i = 0; i < runs; i++) {
    forgetReferenceTimings(); // each run is its own batch: the reference is measured again, under load
    const t0 = Date.now();
    const c = await checkLibrary(dir);
    console.log(`\n━━ loaded check ${i + 1}/${runs} (${busyCount} busy loops): ${c.ok ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    console.log(formatTable(c.exercises));
    for (const e of c.exercises) for (const p of e.problems) console.log(`✗ ${e.id}: ${p}`);
    if (!c.ok) failed = true;
    all.push(verdicts(c));
  }
  for (const [key, first] of all[0] ?? []) {
    const others = all.slice(1).map((m) => m.get(key));
    if (others.some((v) => v !== first)) {
      failed = true;
      console.log(`✗ verdict changed between runs: ${key}: ${[first, ...others].join(' → ')}`);
    }
  }
} finally {
  for (const b of busy) if (b.pid) process.kill(b.pid, 'SIGKILL');
}
console.log(failed ? 'loaded check: FAILED' : `loaded check: ${runs} runs under load, all green, no verdict changed`);
process.exit(failed ? 1 : 0);
