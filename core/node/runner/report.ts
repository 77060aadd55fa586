// Assembling RunReports from suite outcomes.
import type { RunReport } from '../../common/results.ts';
import type { LoadedExercise } from '../library/load.ts';
import { detectIsolation } from '../sandbox/detect.ts';
import { capOutput, emptyOutcome, type SuiteOutcome } from './outcome.ts';

export async function toRunReport(runId: string, ex: LoadedExercise, o: SuiteOutcome, toolchain: string): Promise<RunReport> {
  return {
    runId,
    exerciseId: ex.meta.id,
    verdict: o.verdict,
    summary: o.summary,
    tests: o.tests,
    markers: o.markers,
    flags: o.flags,
    output: capOutput(o.output),
    isolation: o.isolation ?? (await detectIsolation()).isolation,
    toolchain,
    timings: { compileMs: o.compileMs, runMs: o.runMs },
    ...(o.cancelled ? { cancelled: true } : {}),
  };
}

/** An outcome for a problem found before anything ran (missing toolchain): nothing was executed. */
export function environmentOutcome(problem: string): SuiteOutcome {
  return { ...emptyOutcome(), verdict: 'sandbox_error', summary: problem };
}
