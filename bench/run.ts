// `npm run bench`: Run latency after an edit (Assay vs the raw toolchain) for the Go and Ruby seed exercises,
// and batch grading of 40 submissions with 1 worker vs all cores. Prints tables; nothing is asserted.
// BENCH_N (default 15) samples per latency row, BENCH_BATCH (default 40) submissions, 0 to skip the batch.
// First the shell's sizes and time to editor (bench/shell.ts; BENCH_SHELL=0 skips it).
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadExercise } from '../core/node/library/load.ts';
import { detectIsolation } from '../core/node/sandbox/detect.ts';
import { timeBatch, submissions } from './batch.ts';
import { latencies } from './latency.ts';
import { profileGradingMs } from './profile.ts';
import { ms, percentile, table } from './stats.ts';
import { shellBench } from './shell.ts';

const N = Number(process.env.BENCH_N ?? 15);
const BATCH = Number(process.env.BENCH_BATCH ?? 40);
const root = join(import.meta.dirname, '..');
const exercises = [loadExercise(join(root, 'exercises/go/log-sections')), loadExercise(join(root, 'exercises/ruby/reference-extractor'))];
const cores = availableParallelism();
const iso = await detectIsolation();
console.log(`Assay bench: ${cores} cores, isolation ${iso.isolation} (${iso.detail}), load average ${loadavg()[0]!.toFixed(1)}, N=${N}`);
if (process.env.BENCH_SHELL !== '0') await shellBench();

const rows: string[][] = [];
for (const ex of exercises) {
  process.stderr.write(`… latency ${ex.meta.id}\n`);
  const { assay: a, raw: r } = await latencies(ex, N);
  const raw = ex.meta.language === 'go' ? 'go test -json .' : 'ruby <test file>';
  rows.push([`${ex.meta.id}: assay run`, ms(percentile(a, 50)), ms(percentile(a, 95)), '']);
  rows.push([`${ex.meta.id}: ${raw}`, ms(percentile(r, 50)), ms(percentile(r, 95)), '']);
  rows.push([`${ex.meta.id}: ratio assay/raw`, (percentile(a, 50) / percentile(r, 50)).toFixed(2), (percentile(a, 95) / percentile(r, 95)).toFixed(2), '']);
}
console.log(`\nRun latency after an edit (${N} runs each)\n`);
console.log(table(['', 'p50', 'p95', ''], rows).replace(/\s+$/gm, ''));

process.stderr.write('… grading one senior-backend-ci-cd candidate\n');
const prof = await profileGradingMs();
const med = [...prof.ms].sort((a, b) => a - b)[Math.floor(prof.ms.length / 2)]!;
console.log(`\nGrading one candidate of the senior-backend-ci-cd profile (4 exercises, one batch): median ${ms(med)} of ${prof.ms.length}`);
console.log('(before: BENCH_ROOT=<a checkout of main> node bench/profile.ts; the budget must not grow it by more than a third)');

if (BATCH <= 0) process.exit(0);
const items = submissions(exercises, BATCH);
process.stderr.write(`… batch of ${items.length} with 1 worker\n`);
const one = await timeBatch(items, 1);
process.stderr.write(`… batch of ${items.length} with ${cores} workers\n`);
const many = await timeBatch(items, cores);
const efficiency = one.ms / (cores * many.ms);
console.log(`\nBatch grading of ${items.length} submissions (verdicts: ${JSON.stringify(many.verdicts)})\n`);
console.log(
  table(
    ['workers', 'total', 'per submission', 'speed-up', 'parallel efficiency'],
    [
      ['1', ms(one.ms), ms(one.ms / items.length), '1.00', '1.00'],
      [String(cores), ms(many.ms), ms(many.ms / items.length), (one.ms / many.ms).toFixed(2), efficiency.toFixed(2)],
    ],
  ),
);
