// write-tests exercises: the candidate's tests must pass against the code under test (starter/), and each
// mutant they fail on is caught. One hidden row per mutant, named `mutant:<name>`, passing when caught.
import type { Flag, TestResult, Verdict } from '../../common/results.ts';
import type { FileSet, LoadedExercise } from '../library/load.ts';
import { worstIsolation, type SuiteOutcome } from '../runner/outcome.ts';
import type { RunContext } from '../runner/sandbox-step.ts';
import { visibleSuite } from '../runner/suites.ts';
import type { Workspace } from '../runner/workspace.ts';

/** A mutant run counts as caught when the tests fail on it in any honest way. */
const CAUGHT: Verdict[] = ['failed', 'runtime_error', 'timeout', 'memory_limit', 'output_limit', 'compile_error'];

export interface WriteTestsOutcome {
  base: SuiteOutcome;
  mutants: TestResult[];
  isolation: SuiteOutcome['isolation'];
  compileMs: number;
  runMs: number;
}

export async function gradeWriteTests(
  ctx: RunContext,
  ex: LoadedExercise,
  ws: Workspace,
  solution: FileSet,
  onProgress: (msg: string) => void,
): Promise<WriteTestsOutcome> {
  const files = { ...solution, ...ex.visible };
  onProgress('running the tests against the correct code');
  const base = await visibleSuite({ ctx, ex, ws, files, baseline: null, stream: false, name: 'tests-on-starter' });
  const out: WriteTestsOutcome = { base, mutants: [], isolation: base.isolation, compileMs: base.compileMs, runMs: base.runMs };
  const row = (name: string, status: TestResult['status'], message: string, durationMs = 0): TestResult => ({
    name: `mutant:${name}`, status, kind: 'hidden', hidden: true, message, durationMs,
  });
  if (base.verdict !== 'passed') {
    out.mutants = ex.mutants.map((m) => row(m.name, 'skip', `not run: the tests must pass against the correct code first (${base.summary})`));
    return out;
  }
  for (const [i, m] of ex.mutants.entries()) {
    if (ctx.signal?.aborted) break;
    onProgress(`mutant ${i + 1}/${ex.mutants.length}: ${m.name}`);
    const r = await visibleSuite({ ctx, ex, ws, files: { ...files, ...m.files }, baseline: null, stream: false, name: `mutant-${i}` });
    out.isolation = worstIsolation([out.isolation, r.isolation]);
    out.compileMs += r.compileMs;
    out.runMs += r.runMs;
    const caught = CAUGHT.includes(r.verdict) && !r.cancelled;
    out.mutants.push(row(m.name, caught ? 'pass' : 'fail', caught ? `caught: ${r.summary}` : `not caught (${r.verdict}): ${m.description}`, r.runMs));
  }
  return out;
}

/** The combined outcome: the base run's problems first, then the share of mutants caught. */
export function writeTestsOutcome(w: WriteTestsOutcome, flags: Flag[]): SuiteOutcome {
  const caught = w.mutants.filter((m) => m.status === 'pass').length;
  const basePassed = w.base.verdict === 'passed';
  return {
    ...w.base,
    verdict: !basePassed ? w.base.verdict : caught === w.mutants.length ? 'passed' : 'failed',
    summary: !basePassed ? w.base.summary : `${caught} of ${w.mutants.length} mutants caught`,
    tests: [...w.base.tests, ...w.mutants],
    flags: [...flags, ...w.base.flags],
    isolation: w.isolation,
    compileMs: w.compileMs,
    runMs: w.runMs,
  };
}
