// The candidate's Run button: the visible tests only, against the submitted editable files over the starter.
// Never throws for a bad submission: a broken submission is a verdict.
import type { RunEvent, RunReport } from '../../common/results.ts';
import { solutionFiles, type FileSet, type LoadedExercise } from '../library/load.ts';
import { referenceBaseline } from './baseline.ts';
import { reviewVisible } from './review-visible.ts';
import { environmentOutcome, toRunReport } from './report.ts';
import { phase, type RunContext } from './sandbox-step.ts';
import { prepareToolchain, visibleSuite } from './suites.ts';
import { withWorkspace } from './workspace.ts';

export interface RunVisibleOptions {
  runId: string;
  signal?: AbortSignal;
  onEvent?: (e: RunEvent) => void;
  require?: 'full' | 'prefer-full';
}

export async function runVisible(ex: LoadedExercise, files: FileSet, opts: RunVisibleOptions): Promise<RunReport> {
  const ctx: RunContext = { runId: opts.runId, signal: opts.signal, require: opts.require ?? 'prefer-full', emit: opts.onEvent ?? (() => {}) };
  const solution = solutionFiles(ex, files);
  phase(ctx, 'preparing');
  if (ex.meta.type === 'review') {
    const report = await toRunReport(ctx.runId, ex, reviewVisible(solution), 'none');
    phase(ctx, 'done');
    return report;
  }
  let toolchain: string;
  try {
    toolchain = await prepareToolchain(ex);
  } catch (e) {
    phase(ctx, 'done');
    return toRunReport(ctx.runId, ex, environmentOutcome((e as Error).message), 'missing');
  }
  const baseline = await referenceBaseline(ex, toolchain, ctx.require);
  const outcome = await withWorkspace((ws) => visibleSuite({ ctx, ex, ws, files: { ...solution, ...ex.visible }, baseline, stream: true }));
  phase(ctx, 'done');
  return toRunReport(ctx.runId, ex, outcome, toolchain);
}
