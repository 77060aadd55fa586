// Grading one submission: visible tests, hidden cases and budget cases (implement/fix), mutants (write-tests)
// or seeded defects (review), plus the static scan. Never throws for a bad submission; throws only for
// internal errors such as an exercise without its harness.
import { randomUUID } from 'node:crypto';
import type { GradeReport, Marker, TestResult } from '../../common/results.ts';
import { solutionFiles, type FileSet, type LoadedExercise } from '../library/load.ts';
import { referenceBaseline } from '../runner/baseline.ts';
import { emptyOutcome, worstIsolation, worstVerdict, type SuiteOutcome } from '../runner/outcome.ts';
import { environmentOutcome, toRunReport } from '../runner/report.ts';
import type { RunContext } from '../runner/sandbox-step.ts';
import { hiddenDriver, prepareToolchain, visibleSuite } from '../runner/suites.ts';
import { withWorkspace } from '../runner/workspace.ts';
import { runHiddenCases, runPlainCases, type HiddenRuns } from './budget-runs.ts';
import { evaluateCases } from './hidden-cases.ts';
import { referenceTiming, type StoredReference, type TimingCache } from './reference-timing.ts';
import { gradeReview } from './review.ts';
import { scanSubmission } from './scan.ts';
import { computeScores } from './scoring.ts';
import { gradeWriteTests, writeTestsOutcome } from './write-tests.ts';

export interface GradeOptions {
  signal?: AbortSignal;
  onProgress?: (msg: string) => void;
  require?: 'full' | 'prefer-full';
  /** The grading batch's reference timings (gradeBatch makes one per batch); default: one per process. */
  timings?: TimingCache;
  /** A one-off grading (`assay grade`): reuse a reference measurement stored on this machine within the window, or
   *  renew it (reference-store.ts); default none (the batch's or this process's own measurement). */
  storedReference?: StoredReference;
}

/** Verdicts after which the hidden cases would only repeat the same failure. */
const STOPS = new Set(['compile_error', 'sandbox_error']);

export async function gradeSubmission(ex: LoadedExercise, files: FileSet, opts: GradeOptions = {}): Promise<GradeReport> {
  const progress = opts.onProgress ?? (() => {});
  const ctx: RunContext = { runId: `grade-${randomUUID()}`, signal: opts.signal, require: opts.require ?? 'prefer-full', emit: () => {} };
  const solution = solutionFiles(ex, files);
  const editable = Object.fromEntries(ex.meta.editable.map((p) => [p, solution[p] ?? '']));
  const flags = ex.meta.type === 'review' ? [] : scanSubmission(editable, ex.meta.language, ex.meta.allowedFlags);

  if (ex.meta.type === 'review') {
    if (ex.defects === null) throw new Error(`${ex.meta.id}: review exercise without hidden/defects.json`);
    const { reviewScore, ...o } = gradeReview(solution, ex.defects);
    const report = await finish(ex, ctx, o, 'none', o.tests, []);
    // Noise costs points: the review score is recall minus a cost per unmatched comment (review-match.ts).
    const correctness = Math.round(reviewScore * 10) / 10;
    return { ...report, correctness, score: o.verdict === 'passed' || o.verdict === 'failed' ? Math.round((reviewScore * ex.meta.scoring.correctness) / 100) : 0 };
  }
  let toolchain: string;
  try {
    toolchain = await prepareToolchain(ex);
  } catch (e) {
    return finish(ex, ctx, environmentOutcome((e as Error).message), 'missing', [], []);
  }

  if (ex.meta.type === 'write-tests') {
    const w = await withWorkspace((ws) => gradeWriteTests(ctx, ex, ws, solution, progress));
    return finish(ex, ctx, writeTestsOutcome(w, flags), toolchain, w.mutants, []);
  }

  const harness = ex.hiddenFiles[ex.meta.language === 'go' ? 'harness.go' : 'harness.rb'];
  if (ex.cases.length > 0 && !harness) throw new Error(`${ex.meta.id}: hidden cases but no hidden/harness.${ex.meta.language === 'go' ? 'go' : 'rb'}`);
  const baseline = await referenceBaseline(ex, toolchain, ctx.require);
  const { visible, hidden } = await withWorkspace(async (ws) => {
    progress('visible tests');
    // The hidden-case driver is built (Go: compiled) and runs the correctness cases while the visible tests
    // compile and run, each in its own directory and sandbox: they are independent, and on a multi-core machine
    // this takes them off the grading's critical path. Budget cases, which are measured, run after both.
    const early = ex.cases.length > 0 ? hiddenDriver(ctx, ex, ws, solution).then(async (driver) => ({ driver, plain: await runPlainCases(driver, ex.cases) })) : null;
    early?.catch(() => {}); // not unhandled while the visible tests run; awaited (and thrown) below
    const visible = await visibleSuite({ ctx, ex, ws, files: { ...solution, ...ex.visible }, baseline, stream: false });
    if (!early || STOPS.has(visible.verdict) || visible.cancelled) {
      await early?.catch(() => {}); // nothing of the workspace may be in use when it is removed
      return { visible, hidden: null };
    }
    progress(`hidden cases (${ex.cases.length})`);
    const { driver, plain } = await early;
    const ref = () => referenceTiming(ex, ctx, opts.timings, opts.storedReference ?? 'none');
    return { visible, hidden: await runHiddenCases(driver, ex.cases, plain, ex.meta.performance.factor, ref) };
  });
  const driver = hidden ? mergeRuns(hidden) : null;
  const rows = evaluateCases(ex.cases, hidden?.frames ?? new Map(), driver?.summary ?? visible.summary, hidden?.costs, hidden?.budgetProblem ?? undefined);
  const hiddenFailed = rows.some((r) => r.status !== 'pass');
  const o: SuiteOutcome = {
    ...emptyOutcome(),
    verdict: worstVerdict([visible.verdict, driver?.verdict ?? visible.verdict, hiddenFailed ? 'failed' : 'passed']),
    tests: [...visible.tests, ...rows],
    markers: dedupeMarkers([...visible.markers, ...(driver?.markers ?? [])]),
    flags: [...flags, ...visible.flags, ...(driver?.flags ?? [])],
    output: driver ? `${visible.output}\n--- hidden cases ---\n${driver.output}` : visible.output,
    isolation: worstIsolation([visible.isolation, driver?.isolation ?? null]),
    compileMs: visible.compileMs + (driver?.compileMs ?? 0),
    runMs: visible.runMs + (driver?.runMs ?? 0),
    cancelled: visible.cancelled || (driver?.cancelled ?? false),
  };
  o.summary = summarize(o.verdict, visible, driver, rows);
  const correctness = rows.filter((r) => r.kind === 'hidden');
  const budget = rows.filter((r) => r.kind === 'budget');
  const report = await finish(ex, ctx, o, toolchain, ex.cases.length ? correctness : visible.tests, budget);
  const t = hidden?.reference;
  if (t && !t.problem) {
    report.reference = { measuredAt: t.measuredAt, origin: t.origin, startupMs: t.startupMs, cases: [...t.cases].map(([name, ms]) => ({ name, ms })), source: t.source };
  }
  return report;
}

async function finish(ex: LoadedExercise, ctx: RunContext, o: SuiteOutcome, toolchain: string, correctness: TestResult[], budget: TestResult[]): Promise<GradeReport> {
  const report = await toRunReport(ctx.runId, ex, o, toolchain);
  return { schema: 'assay.grade/1', ...report, ...computeScores(ex.meta.scoring, correctness, budget, o.verdict) };
}

function summarize(verdict: string, visible: SuiteOutcome, driver: SuiteOutcome | null, rows: TestResult[]): string {
  if (visible.verdict === verdict && verdict !== 'passed' && verdict !== 'failed') return visible.summary;
  if (driver && driver.verdict === verdict && verdict !== 'passed') return driver.summary;
  if (rows.length === 0) return visible.summary;
  const passed = rows.filter((r) => r.status === 'pass').length;
  return `hidden: ${passed} of ${rows.length} cases passed; visible: ${visible.summary}`;
}

/** The hidden-case runs (correctness run, one per budget case) as one suite: worst verdict, all flags. */
function mergeRuns(h: HiddenRuns): SuiteOutcome {
  const runs = h.runs;
  const worst = worstVerdict(runs.map((r) => r.verdict));
  const deciding = runs.find((r) => r.verdict === worst) ?? runs[0];
  const seen = new Set<string>();
  return {
    ...emptyOutcome(),
    verdict: runs.length ? worst : 'passed',
    summary: deciding?.summary ?? '',
    markers: runs.flatMap((r) => r.markers),
    flags: runs.flatMap((r) => r.flags).filter((f) => (seen.has(f.message) ? false : (seen.add(f.message), true))),
    output: runs.map((r) => r.output).filter(Boolean).join('\n'),
    isolation: worstIsolation(runs.map((r) => r.isolation)),
    compileMs: runs[0]?.compileMs ?? 0,
    runMs: runs.reduce((s, r) => s + r.runMs, 0),
    cancelled: runs.some((r) => r.cancelled),
  };
}

function dedupeMarkers(markers: Marker[]): Marker[] {
  const seen = new Set<string>();
  return markers.filter((m) => {
    const k = `${m.file}:${m.line}:${m.column}:${m.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
