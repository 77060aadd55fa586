// Grading one shard of a folder of bundles: open every bundle (cheap), keep those of this shard, skip the ones
// whose result on disk has the same inputs, plan each against the register of issued packs (what was issued, not
// what the bundle says; core/node/bundle/issued.ts), grade every issued exercise with the hidden tests under the
// issued limits, and write one result file per bundle as it finishes. Without a register every result carries
// the critical flag pack_unverified.
// Gradings in flight: `concurrency`, default 1, so that concurrent gradings do not compete for the CPU and skew
// each other's budget cases; it is recorded in every result.
import { createHash } from 'node:crypto';
import type { GradeReport } from '../../common/results.ts';
import { exerciseContentHash } from '../assessment/library-version.ts';
import { gradeSubmission } from '../grading/grade.ts';
import type { LoadedExercise } from '../library/load.ts';
import { mapPool } from '../library/pool.ts';
import type { Register } from '../assessment/register.ts';
import { IssueRejected, planGrading, unverifiedPlan, type GradingPlan } from '../bundle/issued.ts';
import { libraryFor, withIssuedLimits } from '../scorecard/score-bundles.ts';
import { gradingEnvironment, type GradingEnvironment } from './environment.ts';
import { openFolder, shardKey, uniqueEntries, type FolderEntry } from './folder.ts';
import { registerInputs } from './register.ts';
import { readResult, referenceTimingsOf, resultPath, writeResult, RESULT_SCHEMA, type BundleResult, type ExerciseGrade } from './result.ts';
import { shardOf, type Shard } from './shard.ts';

/** Bumped when grading or the result format changes in a way that should re-grade resumed batches. */
export const BATCH_GRADER_VERSION = 2;

export interface GradeFolderOptions {
  folder: string;
  library: string;
  out: string;
  shard?: Shard;
  /** Gradings in flight (default 1). */
  concurrency?: number;
  /** The register of issued packs; null or absent: graded on the bundles' own claims, flagged pack_unverified. */
  register?: Register | null;
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

/** A bundle refused before grading: not issued, adds or repeats an exercise, its record tampered with. */
interface Refused {
  refused: true;
  code: string;
  message: string;
}
type Planned = GradingPlan | Refused | null;
const isRefused = (p: Planned): p is Refused => !!p && 'refused' in p;

/** The grading plan of a bundle: what was issued (or its claims, unverified), a rejection, or null (unreadable). */
function planOf(e: FolderEntry, register: Register | null): Planned {
  if (!e.ok) return null;
  try {
    return register ? planGrading(e.bundle, register) : unverifiedPlan(e.bundle);
  } catch (err) {
    // Anything else (an unreadable key, say) refuses this bundle with its message; the others still grade.
    const code = err instanceof IssueRejected ? err.code : 'register_error';
    return { refused: true, code, message: (err as Error).message };
  }
}

const planIds = (p: Planned) => (p && !isRefused(p) ? p.exercises.filter((x) => x.submitted).map((x) => x.id) : []);

function inputsKey(e: FolderEntry, plan: Planned, library: Map<string, LoadedExercise>, hashes: Map<string, string>, env: GradingEnvironment, opts: GradeFolderOptions): string {
  const exercises = planIds(plan).map((id) => [id, library.has(id) ? hashes.get(id)! : null]);
  const toolchains = env.toolchains.map((t) => [t.language, t.version]);
  const register = registerInputs(opts.register ?? null, e.ok ? e.bundle.submission.assessment.id : null);
  return createHash('sha256')
    .update(JSON.stringify([BATCH_GRADER_VERSION, env.assay, e.fileSha256, shardKey(e), exercises, toolchains, env.isolation.level, opts.require ?? 'prefer-full', register]))
    .digest('hex');
}

export async function gradeFolder(opts: GradeFolderOptions): Promise<GradeFolderSummary> {
  const shard = opts.shard ?? { index: 1, total: 1, source: 'none' as const };
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  const mine = uniqueEntries(openFolder(opts.folder)).unique.filter((e) => shardOf(shardKey(e), shard.total) === shard.index);
  const plans = mine.map((e) => planOf(e, opts.register ?? null));
  const library = libraryFor(opts.library, plans.flatMap(planIds));
  const hashes = new Map([...library].map(([id, ex]) => [id, exerciseContentHash(ex.dir)]));
  const env = await gradingEnvironment(concurrency, shard);
  const keyed = mine.map((e, i) => ({ e, plan: plans[i]!, key: inputsKey(e, plans[i]!, library, hashes, env, opts) }));
  const previous = keyed.map(({ e, key }) => {
    const old = opts.force ? null : readResult(resultPath(opts.out, shardKey(e)));
    return old && old.inputsKey === key && old.status !== 'error' ? old : null;
  });
  const todo = keyed.filter((_, i) => previous[i] === null);
  opts.onEvent?.({ type: 'plan', total: mine.length, toGrade: todo.length, skipped: mine.length - todo.length });
  let done = mine.length - todo.length;
  const fresh = await mapPool(todo, concurrency, async ({ e, plan, key }) => {
    opts.onEvent?.({ type: 'start', file: e.file });
    const r = await gradeEntry(e, plan, key, library, hashes, env, opts);
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
  plan: Planned,
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
    plan: null,
    warnings: e.ok ? e.warnings : [],
    exercises: [],
    environment,
    gradedAt: new Date().toISOString(),
    durationMs: 0,
  };
  const finish = (r: BundleResult) => ({ ...r, durationMs: Math.round(performance.now() - t0) });
  if (!e.ok) return finish({ ...base, status: 'rejected', problem: { code: e.code, message: e.message } });
  if (isRefused(plan)) return finish({ ...base, status: 'rejected', problem: { code: plan.code, message: plan.message } });
  if (!plan) throw new Error('unreachable: a readable bundle without a plan');
  base.plan = plan;
  if (plan.record) base.candidate = plan.record.candidateName;
  const exercises: ExerciseGrade[] = [];
  try {
    for (const p of plan.exercises.filter((x) => x.submitted)) {
      const ex = library.get(p.id);
      const report: GradeReport | null = ex ? await gradeSubmission(withIssuedLimits(ex, p), e.bundle.code[p.id]!, { require: opts.require, signal: opts.signal }) : null;
      exercises.push({ id: p.id, libraryHash: hashes.get(p.id) ?? null, report, referenceTimings: referenceTimingsOf(report) });
    }
  } catch (err) {
    return finish({ ...base, status: 'error', exercises, problem: { code: 'grading_failed', message: (err as Error).message } });
  }
  return finish({ ...base, exercises });
}
