// Grading one shard of a folder of bundles: open every bundle (cheap), keep those of this shard, skip the ones
// whose result on disk has the same inputs, verify the rest against the register (when given), grade every
// exercise with the hidden tests, and write one result file per bundle as it finishes.
// Gradings in flight: `concurrency`, default 1, so that concurrent gradings do not compete for the CPU and skew
// each other's budget cases; it is recorded in every result.
import { createHash } from 'node:crypto';
import type { GradeReport } from '../../common/results.ts';
import { exerciseContentHash } from '../assessment/library-version.ts';
import { gradeSubmission } from '../grading/grade.ts';
import type { LoadedExercise } from '../library/load.ts';
import { mapPool } from '../library/pool.ts';
import { libraryFor } from '../scorecard/score-bundles.ts';
import { gradingEnvironment, type GradingEnvironment } from './environment.ts';
import { openFolder, shardKey, uniqueEntries, type FolderEntry } from './folder.ts';
import type { BundleVerifier } from './register.ts';
import { readResult, referenceTimingsOf, resultPath, writeResult, RESULT_SCHEMA, type BundleResult, type ExerciseGrade } from './result.ts';
import { shardOf, type Shard } from './shard.ts';

/** Bumped when grading or the result format changes in a way that should re-grade resumed batches. */
export const BATCH_GRADER_VERSION = 1;

export interface GradeFolderOptions {
  folder: string;
  library: string;
  out: string;
  shard?: Shard;
  /** Gradings in flight (default 1). */
  concurrency?: number;
  register?: BundleVerifier | null;
  require?: 'full' | 'prefer-full';
  /** Re-grade even when a result with the same inputs exists. */
  force?: boolean;
  signal?: AbortSignal;
  onEvent?: (e: BatchEvent) => void;
}

export type BatchEvent =
  | { type: 'plan'; total: number; toGrade: number; skipped: number }
  | { type: 'start'; file: string }
  | { type: 'done'; file: string; result: BundleResult; done: number; total: number };

export interface GradeFolderSummary {
  shard: Shard;
  concurrency: number;
  /** Every bundle of this shard, graded now or earlier. */
  results: BundleResult[];
  graded: number;
  skipped: number;
}

function inputsKey(e: FolderEntry, library: Map<string, LoadedExercise>, hashes: Map<string, string>, env: GradingEnvironment, opts: GradeFolderOptions): string {
  const exercises = e.ok ? e.bundle.submission.exercises.map((x) => [x.id, library.has(x.id) ? hashes.get(x.id)! : null]) : [];
  const toolchains = env.toolchains.map((t) => [t.language, t.version]);
  return createHash('sha256')
    .update(JSON.stringify([BATCH_GRADER_VERSION, env.assay, e.fileSha256, shardKey(e), exercises, toolchains, env.isolation.level, opts.require ?? 'prefer-full', opts.register?.id ?? null]))
    .digest('hex');
}

export async function gradeFolder(opts: GradeFolderOptions): Promise<GradeFolderSummary> {
  const shard = opts.shard ?? { index: 1, total: 1, source: 'none' as const };
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const mine = uniqueEntries(openFolder(opts.folder)).unique.filter((e) => shardOf(shardKey(e), shard.total) === shard.index);
  const library = libraryFor(opts.library, mine.flatMap((e) => (e.ok ? e.bundle.submission.exercises.map((x) => x.id) : [])));
  const hashes = new Map([...library].map(([id, ex]) => [id, exerciseContentHash(ex.dir)]));
  const env = await gradingEnvironment(concurrency, shard);
  const keyed = mine.map((e) => ({ e, key: inputsKey(e, library, hashes, env, opts) }));
  const previous = keyed.map(({ e, key }) => {
    const old = opts.force ? null : readResult(resultPath(opts.out, shardKey(e)));
    return old && old.inputsKey === key && old.status !== 'error' ? old : null;
  });
  const todo = keyed.filter((_, i) => previous[i] === null);
  opts.onEvent?.({ type: 'plan', total: mine.length, toGrade: todo.length, skipped: mine.length - todo.length });
  let done = mine.length - todo.length;
  const fresh = await mapPool(todo, concurrency, async ({ e, key }) => {
    opts.onEvent?.({ type: 'start', file: e.file });
    const r = await gradeEntry(e, key, library, hashes, env, opts);
    writeResult(opts.out, shardKey(e), r);
    opts.onEvent?.({ type: 'done', file: e.file, result: r, done: ++done, total: mine.length });
    return r;
  });
  let next = 0;
  const results = previous.map((old) => old ?? fresh[next++]!);
  return { shard, concurrency, results, graded: todo.length, skipped: mine.length - todo.length };
}

async function gradeEntry(
  e: FolderEntry,
  inputsKey: string,
  library: Map<string, LoadedExercise>,
  hashes: Map<string, string>,
  environment: GradingEnvironment,
  opts: GradeFolderOptions,
): Promise<BundleResult> {
  const t0 = performance.now();
  const base: BundleResult = {
    schema: RESULT_SCHEMA,
    file: e.file,
    fileSha256: e.fileSha256,
    digest: e.ok ? e.bundle.digest : null,
    inputsKey,
    status: 'graded',
    problem: null,
    candidate: e.ok ? e.bundle.submission.assessment.candidateName : null,
    assessmentId: e.ok ? e.bundle.submission.assessment.id : null,
    verification: null,
    warnings: e.ok ? e.warnings : [],
    exercises: [],
    environment,
    gradedAt: new Date().toISOString(),
    durationMs: 0,
  };
  const finish = (r: BundleResult) => ({ ...r, durationMs: Math.round(performance.now() - t0) });
  if (!e.ok) return finish({ ...base, status: 'rejected', problem: { code: e.code, message: e.message } });
  if (opts.register) {
    const v = await opts.register.verify(e.bundle);
    if (!v.ok) return finish({ ...base, status: 'rejected', verification: v, problem: { code: v.code, message: v.message } });
    base.verification = v;
  }
  const exercises: ExerciseGrade[] = [];
  try {
    for (const { id } of e.bundle.submission.exercises) {
      const ex = library.get(id);
      const report: GradeReport | null = ex ? await gradeSubmission(ex, e.bundle.code[id]!, { require: opts.require, signal: opts.signal }) : null;
      exercises.push({ id, libraryHash: hashes.get(id) ?? null, report, referenceTimings: referenceTimingsOf(report) });
    }
  } catch (err) {
    return finish({ ...base, status: 'error', exercises, problem: { code: 'grading_failed', message: (err as Error).message } });
  }
  return finish({ ...base, exercises });
}
