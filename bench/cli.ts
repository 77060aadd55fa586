// `npm run bench` (after bench/run.ts): what one `assay` call costs against the raw toolchain on the same files,
// as whole processes timed from outside, A B A B … so both see the same machine load; medians and the median of
// the pairwise ratios. Nothing is asserted.
//   run:   `assay run <exercise> <reference>`        vs `go test -json -count=1 .` / `ruby <test file>`
//   grade: `assay grade <exercise> <reference> --json` vs the same visible tests plus the hidden-case driver and
//          the same cases, raw (`go build` of the driver + running it / `ruby driver.rb`), no sandbox. Successive
//          calls share one reference measurement within the window (grading/reference-store.ts), as in a batch;
//   grade --fresh-reference: the same, measuring the reference in every call (the first call of a window).
// BENCH_CLI_N (default 9) pairs per row; BENCH_CLI_EXERCISES (comma-separated dirs) picks the exercises.
// Uses dist/cli when it is current (npm run build:cli), like bin/assay.js.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExercise, type LoadedExercise } from '../core/node/library/load.ts';
import { GO_DRIVER_SOURCE } from '../core/node/runner/go/driver-source.ts';
import { caseTimeoutMs } from '../core/node/runner/limits.ts';
import { RUBY_DRIVER } from '../core/node/runner/ruby/driver-source.ts';
import { casesFileContent } from '../core/node/runner/suites.ts';
import { writeFiles } from '../core/node/runner/workspace.ts';
import { percentile, table } from './stats.ts';

const N = Number(process.env.BENCH_CLI_N ?? 9);
const root = join(import.meta.dirname, '..');
const BIN = join(root, 'bin/assay.js');

function timed(cmd: string, args: string[], opts: { cwd?: string; stdin?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.stdin.end(opts.stdin ?? '');
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - t) : reject(new Error(`${cmd} ${args.join(' ')}: exit ${code}: ${err.slice(0, 500)}`))));
  });
}

const sh = (script: string, cwd: string, stdin?: string) => timed('/bin/sh', ['-c', script], { cwd, stdin });

interface Setup {
  ex: LoadedExercise;
  solution: string;
  raw: string;
  /** Appends the same comment to the editable file on both sides: a new edit, as before a candidate's Run; null
   *  puts the reference back. */
  edit: (n: number | null) => void;
  rawRun: () => Promise<number>;
  rawGrade: () => Promise<number>;
}

function setup(dir: string): Setup {
  const ex = loadExercise(join(root, dir));
  const work = mkdtempSync(join(tmpdir(), 'assay-bench-cli-'));
  const solution = join(work, 'solution');
  const raw = join(work, 'raw');
  const ref = { ...ex.starter, ...ex.reference };
  writeFiles(solution, Object.fromEntries(ex.meta.editable.map((p) => [p, ref[p]!])));
  const stdin = `bench-nonce\n${casesFileContent(ex.cases)}`;
  const file = ex.meta.editable[0]!;
  const comment = ex.meta.language === 'go' ? '//' : '#';
  const edit = (n: number | null) => {
    for (const d of [solution, raw]) writeFileSync(join(d, file), n === null ? ref[file]! : `${ref[file]!}\n${comment} bench edit ${n} ${process.pid}\n`);
  };
  const timeout = String(caseTimeoutMs(ex.meta.limits));
  if (ex.meta.language === 'go') {
    writeFiles(raw, { ...ref, ...ex.visible, 'assaydriver/driver.go': GO_DRIVER_SOURCE, 'assaydriver/harness.go': ex.hiddenFiles['harness.go'] ?? '' });
    const visible = 'go test -json -count=1 . >/dev/null';
    return {
      ex, solution, raw, edit,
      rawRun: () => sh(visible, raw),
      rawGrade: () => sh(`${visible} && go build -o driver.bin ./assaydriver && ./driver.bin ${timeout} >/dev/null`, raw, stdin),
    };
  }
  const tests = Object.keys(ex.visible).filter((p) => p.endsWith('_test.rb'));
  const sources = Object.keys(ref).filter((p) => p.endsWith('.rb')).sort();
  writeFiles(raw, { ...ref, ...ex.visible, 'assay/driver.rb': RUBY_DRIVER, 'assay/harness.rb': ex.hiddenFiles['harness.rb'] ?? '' });
  const visible = tests.map((t) => `ruby ${t} >/dev/null`).join(' && ');
  return {
    ex, solution, raw, edit,
    rawRun: () => sh(visible, raw),
    rawGrade: () => sh(`${visible} && ruby assay/driver.rb ${timeout} ${sources.join(' ')} assay/harness.rb >/dev/null`, raw, stdin),
  };
}

async function paired(a: () => Promise<number>, b: () => Promise<number>): Promise<{ a: number[]; b: number[]; ratios: number[] }> {
  await a();
  await b(); // warm-up: caches, baselines, probes
  const out = { a: [] as number[], b: [] as number[], ratios: [] as number[] };
  for (let i = 0; i < N; i++) {
    const x = await a();
    const y = await b();
    out.a.push(x);
    out.b.push(y);
    out.ratios.push(x / y);
  }
  return out;
}

const rows: string[][] = [];
for (const dir of (process.env.BENCH_CLI_EXERCISES ?? 'exercises/go/log-sections,exercises/ruby/reference-extractor,exercises/ruby/version-constraints').split(',')) {
  const s = setup(dir);
  try {
    const id = s.ex.meta.id;
    process.stderr.write(`… cli ${id}: run\n`);
    const run = await paired(() => timed(process.execPath, [BIN, 'run', join(root, dir), s.solution]), s.rawRun);
    // Raw `go test` reuses its build cache for unchanged files (the package compile is skipped); every Run after an
    // edit compiles, on both sides. Go only (Ruby compiles nothing).
    let n = 0;
    const edited = s.ex.meta.language === 'go' ? await paired(() => (s.edit(++n), timed(process.execPath, [BIN, 'run', join(root, dir), s.solution])), s.rawRun) : null;
    s.edit(null);
    process.stderr.write(`… cli ${id}: grade\n`);
    const grade = await paired(() => timed(process.execPath, [BIN, 'grade', join(root, dir), s.solution, '--json']), s.rawGrade);
    process.stderr.write(`… cli ${id}: grade --fresh-reference\n`);
    const fresh = await paired(() => timed(process.execPath, [BIN, 'grade', join(root, dir), s.solution, '--json', '--fresh-reference']), s.rawGrade);
    const row = (what: string, r: typeof run) => [`${id}: ${what}`, `${Math.round(percentile(r.a, 50))} ms`, `${Math.round(percentile(r.b, 50))} ms`, percentile(r.ratios, 50).toFixed(2), percentile(r.ratios, 90).toFixed(2)];
    rows.push(row('assay run vs raw visible tests', run));
    if (edited) rows.push(row('assay run vs raw, after an edit', edited));
    rows.push(row('assay grade vs raw tests + cases', grade), row('assay grade --fresh-reference vs raw', fresh));
  } finally {
    rmSync(join(s.raw, '..'), { recursive: true, force: true });
  }
}
console.log(`\nOne CLI call against the raw toolchain, whole processes (${N} pairs each, target ratio <= 1.5)\n`);
console.log(table(['', 'assay p50', 'raw p50', 'ratio p50', 'ratio p90'], rows));
