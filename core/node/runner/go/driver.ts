// Go hidden cases: build the Assay driver with the exercise's harness inside the candidate's module, move the
// binary to a fresh directory holding only it, run it there with the nonce and the cases (no expected values)
// on stdin.
import type { Limits } from '../../../common/exercise.ts';
import type { FileSet } from '../../library/load.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { judgeDriverRun, type DriverOutcome } from '../driver-results.ts';
import { LineArrivals, newNonce } from '../frames.ts';
import { caseTimeoutMs, runLimits } from '../limits.ts';
import { emptyOutcome } from '../outcome.ts';
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
  /** The cases as JSON: name, call and input only. */
  casesJson: string;
  caseNames: string[];
}

export async function goHidden(input: GoDriverInput): Promise<DriverOutcome> {
  const { ctx, tc, limits, ws } = input;
  const out: DriverOutcome = { ...emptyOutcome(), cases: new Map() };
  const build = ws.dir('driver-build');
  writeFiles(build, { ...input.solution, 'assaydriver/driver.go': GO_DRIVER_SOURCE, 'assaydriver/harness.go': input.harness });
  phase(ctx, 'compiling');
  const compiled = await goCompile(ctx, tc, build, 'driver', false);
  out.compileMs = compiled.res.durationMs;
  out.isolation = compiled.res.isolation;
  if (!compiled.ok) return Object.assign(out, compileFailure(compiled, 'the hidden-case driver did not compile'));

  const runDir = ws.dir('driver-run');
  const binary = ws.move(compiled.binary, runDir, 'assay-driver');
  const nonce = newNonce();
  const arrivals = new LineArrivals();
  phase(ctx, 'running');
  const res = await sandboxStep(
    ctx,
    {
      argv: [binary, String(caseTimeoutMs(limits))],
      workDir: runDir,
      env: goRunEnv(runDir),
      stdin: `${nonce}\n${input.casesJson}`,
      limits: runLimits(limits),
    },
    { stream: false, arrivals },
  );
  judgeDriverRun(out, res, nonce, input.caseNames, arrivals.at, limits);
  return out;
}
