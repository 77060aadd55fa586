// Go tests run where no source is: `go test -c` compiles in a build directory, the binary moves to an empty run
// directory, the build directory (source and all) is deleted, and only then does the binary run, sandboxed
// with the run directory as its only writable and readable work dir. Used for write-tests grading, where the
// code under test must not be readable (hashing it would tell a correct implementation from a mutant).
// Both directories have the same paths for every implementation graded, so paths tell nothing either.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Limits } from '../../../common/exercise.ts';
import type { TestResult } from '../../../common/results.ts';
import type { FileSet } from '../../library/load.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { newNonce, parseFrames } from '../frames.ts';
import { checkTestSet } from '../integrity.ts';
import { GO_TEST_GRACE_MS, runLimits } from '../limits.ts';
import { capOutput, emptyOutcome, endingVerdict, type SuiteOutcome } from '../outcome.ts';
import { phase, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { writeFiles } from '../workspace.ts';
import { assayCacheDir } from './cache.ts';
import { findPlan } from './capture.ts';
import { classifyGoRun } from './classify.ts';
import { compileFailure, goCompile } from './compile.ts';
import { goRunEnv } from './env.ts';
import { rootPackage, SENTINEL_FILE, SENTINEL_TEST, sentinelSource } from './sentinel.ts';
import { resultsFromEvents, startTest2json } from './test2json.ts';

/**
 * Writes files below dir, emptied first. (Source mtimes are left alone: old ones make the go command want to
 * write module-index entries to the read-only cache; and no source is there to stat when the tests run.)
 */
export function writeFixed(dir: string, files: FileSet): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFiles(dir, files);
}

export interface GoBinaryInput {
  ctx: RunContext;
  tc: GoToolchain;
  limits: Limits;
  /** Where the module is written and compiled; deleted before the tests run. */
  buildDir: string;
  /** Where the test binary runs; emptied first. */
  runDir: string;
  files: FileSet;
}

export async function goTestBinary(input: GoBinaryInput): Promise<SuiteOutcome> {
  const { ctx, tc, limits, buildDir, runDir } = input;
  const out = emptyOutcome();
  const pkg = rootPackage(input.files);
  const files = pkg ? { ...input.files, [SENTINEL_FILE]: sentinelSource(pkg) } : input.files;
  writeFixed(buildDir, files);
  phase(ctx, 'compiling');
  // The exercise's captured build plan applies only to exactly the files it was made from (the reference).
  const compiled = await goCompile(ctx, tc, buildDir, 'test', false, findPlan(tc, files, assayCacheDir()));
  out.compileMs = compiled.res.durationMs;
  out.isolation = compiled.res.isolation;
  if (!compiled.ok) {
    rmSync(buildDir, { recursive: true, force: true });
    return Object.assign(out, compileFailure(compiled, 'compilation failed'));
  }
  writeFixed(runDir, {});
  const binary = join(runDir, 'tests.bin');
  renameSync(compiled.binary, binary);
  rmSync(buildDir, { recursive: true, force: true });

  const nonce = newNonce();
  phase(ctx, 'running');
  const verbose = tc.release[0] > 1 || tc.release[1] >= 20 ? '-test.v=test2json' : '-test.v';
  const converter = startTest2json(tc.toolDir); // its start-up overlaps the test run
  let res: Awaited<ReturnType<typeof sandboxStep>>;
  try {
    res = await sandboxStep(
      ctx,
      {
        argv: [binary, verbose, '-test.paniconexit0', `-test.timeout=${limits.timeoutMs}ms`, '-test.count=1'],
        workDir: runDir,
        env: goRunEnv(runDir),
        stdin: `${nonce}\n`,
        limits: runLimits(limits, GO_TEST_GRACE_MS),
      },
      { stream: false, frames: true },
    );
  } catch (err) {
    converter.cancel();
    throw err;
  }
  out.runMs = res.durationMs;
  out.isolation = res.isolation;
  const frames = parseFrames(res.stdout, nonce);
  out.output = capOutput((frames.text + res.stderr).replace(/\x16/g, ''));
  const parse = resultsFromEvents(await converter.convert(res.stdout));
  parse.tests = parse.tests.filter((t) => t.name !== SENTINEL_TEST);
  parse.unfinished = parse.unfinished.filter((n) => n !== SENTINEL_TEST);
  const sentinel = frames.forged + frames.malformed > 0 ? 'forged' : frames.frames.some((f) => f.t === 'end') || !pkg ? 'ok' : 'missing';
  const set = checkTestSet(parse.tests.map((t) => t.name), null, true);
  set.duplicates = parse.duplicates;
  const stderrTail = res.stderr.trim().slice(-4000);
  out.tests = parse.tests.map((t): TestResult => (t.status === 'error' && stderrTail ? { ...t, message: `${t.message}\n${stderrTail}` } : t));
  const ending = endingVerdict(res, 'the tests', limits);
  const judged = ending ?? classifyGoRun({ exitCode: res.exitCode, signal: res.signal, stderr: res.stderr, parse, set, sentinel });
  out.verdict = judged.verdict;
  out.summary = judged.summary;
  out.cancelled = ending?.cancelled ?? false;
  return out;
}
