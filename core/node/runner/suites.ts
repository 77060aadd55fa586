// Language dispatch: the visible suite and the hidden-case driver of one submission, each in its own fresh
// directory of the run's workspace.
import type { HiddenCase } from '../../common/exercise.ts';
import type { FileSet, LoadedExercise } from '../library/load.ts';
import { goToolchain, rubyToolchain } from '../toolchains.ts';
import type { PreparedDriver } from './driver-results.ts';
import { warmGoCache } from './go/cache.ts';
import { goDriver } from './go/driver.ts';
import { goVisible } from './go/visible.ts';
import type { Baseline } from './integrity.ts';
import type { SuiteOutcome } from './outcome.ts';
import { rubyDriver } from './ruby/driver.ts';
import { rubyVisible } from './ruby/visible.ts';
import type { RunContext } from './sandbox-step.ts';
import type { Workspace } from './workspace.ts';

export interface SuiteInput {
  ctx: RunContext;
  ex: LoadedExercise;
  ws: Workspace;
  /** Solution and test files, written as they are. */
  files: FileSet;
  baseline: Baseline | null;
  stream: boolean;
  /** Subdirectory name in the workspace (several suites may share one workspace). */
  name?: string;
}

/** Fails with the toolchain's user-facing problem when it is missing; warms the Go cache on first use. */
export async function prepareToolchain(ex: LoadedExercise): Promise<string> {
  if (ex.meta.language === 'go') {
    const tc = await goToolchain();
    await warmGoCache(tc, ex);
    return tc.version;
  }
  return (await rubyToolchain()).version;
}

export async function visibleSuite(input: SuiteInput): Promise<SuiteOutcome> {
  const { ctx, ex, ws } = input;
  const dir = ws.dir(input.name ?? 'src');
  const limits = ex.meta.limits;
  if (ex.meta.language === 'go') {
    return goVisible({ ctx, tc: await goToolchain(), limits, dir, files: input.files, baseline: input.baseline, stream: input.stream });
  }
  return rubyVisible({ ctx, tc: await rubyToolchain(), limits, dir, files: input.files, baseline: input.baseline, stream: input.stream });
}

/** Only name, call and input enter the sandbox (on the driver's stdin). */
export function casesFileContent(cases: HiddenCase[]): string {
  return JSON.stringify(cases.map((c) => ({ name: c.name, call: c.call, input: c.input })));
}

/** The hidden-case driver for one solution, prepared once (Go: compiled) and run as often as needed. */
export async function hiddenDriver(ctx: RunContext, ex: LoadedExercise, ws: Workspace, solution: FileSet): Promise<PreparedDriver> {
  const common = { ctx, limits: ex.meta.limits, ws, solution };
  if (ex.meta.language === 'go') return goDriver({ ...common, tc: await goToolchain(), harness: ex.hiddenFiles['harness.go'] ?? '' });
  return rubyDriver({ ...common, tc: await rubyToolchain(), harness: ex.hiddenFiles['harness.rb'] ?? '' });
}
