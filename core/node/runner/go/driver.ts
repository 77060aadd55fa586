// Go hidden cases: build the Assay driver with the exercise's harness inside the candidate's module once, then for
// each run copy the binary into a fresh directory holding only it and run it there with the nonce and that run's
// cases (no expected values) on stdin. Budget cases get a run (and so a process and a directory) each.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Limits } from '../../../common/exercise.ts';
import type { FileSet } from '../../library/load.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { type DriverOutcome, type PreparedDriver, emptyDriverOutcome, judgeDriverRun } from '../driver-results.ts';
import { LineArrivals, newNonce } from '../frames.ts';
import { caseTimeoutMs, runLimits } from '../limits.ts';
import { phase, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { writeFiles, type Workspace } from '../workspace.ts';
import { compileFailure, goCompile } from './compile.ts';
import { GO_DRIVER_SOURCE } from './driver-source.ts';
import { goRunEnv } from './env.ts';

export interface GoDriverInput {
  ctx: RunContext;
  tc: GoToolchain;
  limits: Limits;
  ws: Workspace;
  solution: FileSet;
  harness: string;
}

export async function goDriver(input: GoDriverInput): Promise<PreparedDriver> {
  const { ctx, tc, limits, ws } = input;
  const build = ws.dir('driver-build');
  writeFiles(build, { ...input.solution, 'assaydriver/driver.go': GO_DRIVER_SOURCE, 'assaydriver/harness.go': input.harness });
  phase(ctx, 'compiling');
  const compiled = await goCompile(ctx, tc, build, 'driver', false);
  if (!compiled.ok) {
    const failed: DriverOutcome = { ...emptyDriverOutcome(), compileMs: compiled.res.durationMs, isolation: compiled.res.isolation };
    Object.assign(failed, compileFailure(compiled, 'the hidden-case driver did not compile'));
    return { failed, compileMs: compiled.res.durationMs, run: async () => failed };
  }
  // The build dir is never a run's directory: the binary is copied out before candidate code runs.
  const binaryDir = ws.dir('driver-bin');
  const built = ws.move(compiled.binary, binaryDir, 'assay-driver');
  // A measured (budget) run gets GOMAXPROCS=1: the Go runtime's idle processors spin, and how much they spin
  // depends on the machine's load, which would put noise into the CPU time the verdict compares.
  const run = async (casesJson: string, caseNames: string[], dirName: string, opts: { measured?: boolean } = {}): Promise<DriverOutcome> => {
    const out = emptyDriverOutcome();
    const runDir = ws.dir(dirName);
    const binary = join(runDir, 'assay-driver');
    copyFileSync(built, binary);
    const nonce = newNonce();
    const arrivals = new LineArrivals();
    phase(ctx, 'running');
    const res = await sandboxStep(
      ctx,
      { argv: [binary, String(caseTimeoutMs(limits))], workDir: runDir, env: { ...goRunEnv(runDir), ...(opts.measured ? { GOMAXPROCS: '1' } : {}) }, stdin: `${nonce}\n${casesJson}`, limits: runLimits(limits) },
      { stream: false, arrivals },
    );
    judgeDriverRun(out, res, nonce, caseNames, arrivals.at, limits);
    return out;
  };
  return { failed: null, compileMs: compiled.res.durationMs, run };
}
