// Ruby hidden cases: per run, a fresh directory with the solution (no test files), the harness and the Assay
// driver; the nonce and that run's cases (no expected values) go in on stdin. The driver requires the solution's
// .rb files in sorted order, then the harness. Budget cases get a run (a process and a directory) each.
import type { Limits } from '../../../common/exercise.ts';
import type { FileSet } from '../../library/load.ts';
import type { RubyToolchain } from '../../toolchains.ts';
import { type DriverOutcome, type PreparedDriver, emptyDriverOutcome, judgeDriverRun } from '../driver-results.ts';
import { LineArrivals, newNonce } from '../frames.ts';
import { caseTimeoutMs, runLimits } from '../limits.ts';
import { phase, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { writeFiles, type Workspace } from '../workspace.ts';
import { RUBY_DRIVER } from './driver-source.ts';
import { parseRubyErrors } from './markers.ts';
import { isRubyTestFile, rubySandbox } from './visible.ts';

export interface RubyDriverInput {
  ctx: RunContext;
  tc: RubyToolchain;
  limits: Limits;
  ws: Workspace;
  solution: FileSet;
  harness: string;
}

export function rubyDriver(input: RubyDriverInput): PreparedDriver {
  const { ctx, tc, limits } = input;
  const sources = Object.keys(input.solution).filter((p) => p.endsWith('.rb') && !isRubyTestFile(p)).sort();
  const run = async (casesJson: string, caseNames: string[], dirName: string): Promise<DriverOutcome> => {
    const out = emptyDriverOutcome();
    const dir = input.ws.dir(dirName);
    writeFiles(dir, { ...input.solution, '.assay/driver.rb': RUBY_DRIVER, '.assay/harness.rb': input.harness });
    const nonce = newNonce();
    const arrivals = new LineArrivals();
    phase(ctx, 'running');
    const res = await sandboxStep(
      ctx,
      {
        argv: [tc.bin, '--disable-gems', '.assay/driver.rb', String(caseTimeoutMs(limits)), ...sources, '.assay/harness.rb'],
        workDir: dir,
        ...(await rubySandbox(tc, dir)),
        stdin: `${nonce}\n${casesJson}`,
        limits: runLimits(limits),
      },
      { stream: false, arrivals },
    );
    const parsed = judgeDriverRun(out, res, nonce, caseNames, arrivals.at, limits);
    if (out.verdict === 'compile_error' && parsed.syntax) out.markers = parseRubyErrors(parsed.syntax, dir, input.solution);
    return out;
  };
  return { failed: null, compileMs: 0, run };
}
