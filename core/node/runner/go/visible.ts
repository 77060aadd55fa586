// Go visible tests: compile the test binary (`go test -c`), run it in a stricter sandbox (no toolchain, no
// cache), convert its -test.v output with test2json outside the sandbox, and judge the results.
import type { Limits } from '../../../common/exercise.ts';
import type { TestResult } from '../../../common/results.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { checkTestSet, type Baseline } from '../integrity.ts';
import { runLimits } from '../limits.ts';
import { capOutput, emptyOutcome, endingVerdict, type SuiteOutcome } from '../outcome.ts';
import { phase, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { classifyGoRun } from './classify.ts';
import { goCompile } from './compile.ts';
import { goRunEnv } from './env.ts';
import { resultsFromEvents, test2json } from './test2json.ts';

export interface GoSuiteInput {
  ctx: RunContext;
  tc: GoToolchain;
  limits: Limits;
  /** The module, already written: solution files and the test files. */
  dir: string;
  baseline: Baseline | null;
  stream: boolean;
}

export async function goVisible(input: GoSuiteInput): Promise<SuiteOutcome> {
  const { ctx, tc, limits, dir, stream } = input;
  const out = emptyOutcome();
  phase(ctx, 'compiling');
  const compiled = await goCompile(ctx, tc, dir, 'test', stream);
  out.compileMs = compiled.res.durationMs;
  out.isolation = compiled.res.isolation;
  if (!compiled.ok) {
    const ending = endingVerdict(compiled.res, 'compiling', { timeoutMs: 120_000, memoryMb: 2048 });
    const first = compiled.markers[0];
    Object.assign(out, {
      verdict: ending?.verdict ?? 'compile_error',
      summary: ending?.summary ?? (first ? `${first.file}:${first.line}: ${first.message}` : 'compilation failed'),
      cancelled: ending?.cancelled ?? false,
      markers: compiled.markers,
      output: capOutput(compiled.output),
    });
    return out;
  }

  phase(ctx, 'running');
  const verbose = tc.release[0] > 1 || tc.release[1] >= 20 ? '-test.v=test2json' : '-test.v';
  const res = await sandboxStep(
    ctx,
    {
      argv: [compiled.binary, verbose, '-test.paniconexit0', `-test.timeout=${limits.timeoutMs}ms`, '-test.count=1'],
      workDir: dir,
      env: goRunEnv(dir),
      limits: runLimits(limits),
    },
    { stream },
  );
  out.runMs = res.durationMs;
  out.isolation = res.isolation;
  out.output = capOutput(res.stdout + res.stderr);
  const parse = resultsFromEvents(await test2json(tc.toolDir, res.stdout));
  const names = parse.tests.map((t) => t.name);
  const set = checkTestSet(names, input.baseline?.names ?? null, true);
  set.duplicates = parse.duplicates;
  const stderrTail = res.stderr.trim().slice(-4000);
  out.tests = parse.tests.map((t): TestResult => (t.status === 'error' && stderrTail ? { ...t, message: `${t.message}\n${stderrTail}` } : t));
  const ending = endingVerdict(res, 'the tests', limits);
  const judged = ending ?? classifyGoRun({ exitCode: res.exitCode, signal: res.signal, stderr: res.stderr, parse, set });
  out.verdict = judged.verdict;
  out.summary = judged.summary;
  out.cancelled = ending?.cancelled ?? false;
  if (judged.verdict !== 'tampered' && judged.verdict !== 'passed') {
    for (const name of set.missing) {
      out.tests.push({ name, status: 'error', kind: 'visible', hidden: false, message: 'did not run: the test binary stopped first', durationMs: 0 });
    }
  }
  return out;
}
