// Go visible tests: compile the test binary (`go test -c`), run it in a stricter sandbox (no toolchain, no
// cache), convert its -test.v output with test2json outside the sandbox, and judge the results.
import type { Limits } from '../../../common/exercise.ts';
import type { TestResult } from '../../../common/results.ts';
import type { FileSet } from '../../library/load.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { newNonce, parseFrames } from '../frames.ts';
import { checkTestSet, type Baseline } from '../integrity.ts';
import { GO_TEST_GRACE_MS, runLimits } from '../limits.ts';
import { capOutput, emptyOutcome, endingVerdict, type SuiteOutcome } from '../outcome.ts';
import { phase, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { writeFiles } from '../workspace.ts';
import { classifyGoRun } from './classify.ts';
import { assayCacheDir } from './cache.ts';
import { findPlan } from './capture.ts';
import { compileFailure, goCompile } from './compile.ts';
import { goRunEnv } from './env.ts';
import { rootPackage, SENTINEL_FILE, SENTINEL_TEST, sentinelSource } from './sentinel.ts';
import { resultsFromEvents, startTest2json } from './test2json.ts';

export interface GoSuiteInput {
  ctx: RunContext;
  tc: GoToolchain;
  limits: Limits;
  /** An empty directory for the module. */
  dir: string;
  /** Solution files and test files. */
  files: FileSet;
  baseline: Baseline | null;
  stream: boolean;
}

export async function goVisible(input: GoSuiteInput): Promise<SuiteOutcome> {
  const { ctx, tc, limits, dir, stream } = input;
  const out = emptyOutcome();
  const pkg = rootPackage(input.files);
  const files = pkg ? { ...input.files, [SENTINEL_FILE]: sentinelSource(pkg) } : input.files;
  writeFiles(dir, files);
  phase(ctx, 'compiling');
  const compiled = await goCompile(ctx, tc, dir, 'test', stream, findPlan(tc, files, assayCacheDir()));
  out.compileMs = compiled.res.durationMs;
  out.isolation = compiled.res.isolation;
  if (!compiled.ok) return Object.assign(out, compileFailure(compiled, 'compilation failed'));

  const nonce = newNonce();
  phase(ctx, 'running');
  const verbose = tc.release[0] > 1 || tc.release[1] >= 20 ? '-test.v=test2json' : '-test.v';
  const converter = startTest2json(tc.toolDir); // its start-up overlaps the test run
  let res: Awaited<ReturnType<typeof sandboxStep>>;
  try {
    res = await sandboxStep(
      ctx,
      {
        argv: [compiled.binary, verbose, '-test.paniconexit0', `-test.timeout=${limits.timeoutMs}ms`, '-test.count=1'],
        workDir: dir,
        env: goRunEnv(dir),
        stdin: `${nonce}\n`,
        limits: runLimits(limits, GO_TEST_GRACE_MS),
      },
      { stream, frames: true },
    );
  } catch (err) {
    converter.cancel();
    throw err;
  }
  out.runMs = res.durationMs;
  out.isolation = res.isolation;
  const frames = parseFrames(res.stdout, nonce);
  // Go 1.20+ frames its own lines with 0x16 (-test.v=test2json); the Output panel shows them without it.
  out.output = capOutput((frames.text + res.stderr).replace(/\x16/g, ''));
  const parse = resultsFromEvents(await converter.convert(res.stdout));
  parse.tests = parse.tests.filter((t) => t.name !== SENTINEL_TEST);
  parse.unfinished = parse.unfinished.filter((n) => n !== SENTINEL_TEST);
  const sentinel = frames.forged + frames.malformed > 0 ? 'forged' : frames.frames.some((f) => f.t === 'end') || !pkg ? 'ok' : 'missing';
  const names = parse.tests.map((t) => t.name);
  const set = checkTestSet(names, input.baseline?.names ?? null, true);
  set.duplicates = parse.duplicates;
  const stderrTail = res.stderr.trim().slice(-4000);
  out.tests = parse.tests.map((t): TestResult => (t.status === 'error' && stderrTail ? { ...t, message: `${t.message}\n${stderrTail}` } : t));
  const ending = endingVerdict(res, 'the tests', limits);
  const judged = ending ?? classifyGoRun({ exitCode: res.exitCode, signal: res.signal, stderr: res.stderr, parse, set, sentinel });
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
