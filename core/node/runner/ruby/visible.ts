// Ruby visible tests: the Assay minitest runner loads first, then the test files (which require the solution).
// No separate syntax-check process: a SyntaxError while loading arrives as a frame and becomes markers.
import { dirname, join } from 'node:path';
import type { Limits } from '../../../common/exercise.ts';
import type { FileSet } from '../../library/load.ts';
import type { RubyToolchain } from '../../toolchains.ts';
import { newNonce } from '../frames.ts';
import { assertionFlags, checkTestSet, type Baseline } from '../integrity.ts';
import { runLimits } from '../limits.ts';
import { capOutput, emptyOutcome, endingVerdict, type SuiteOutcome } from '../outcome.ts';
import { extraMounts, phase, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { writeFiles } from '../workspace.ts';
import { detectIsolation } from '../../sandbox/detect.ts';
import { rubyIseqDir } from './iseq-cache.ts';
import { parseRubyErrors } from './markers.ts';
import { RUBY_PRELOAD } from './preload.ts';
import { RUBY_TEST_RUNNER } from './runner-source.ts';
import { classifyMinitestRun, readTestFrames } from './test-frames.ts';

/** Fixed so that runs are reproducible (test order, and srand for code under test). */
export const MINITEST_SEED = '4242';

/** Environment and read-only mounts of a sandboxed Ruby run in `dir`. ASSAY_GEM_LIB: gem require paths the Assay
 *  scripts append to $LOAD_PATH (runs use --disable-gems); ASSAY_ISEQ: the precompiled libraries (iseq-cache.ts),
 *  only under full isolation, where they are mounted read-only: without bubblewrap a run could rewrite them for
 *  the runs after it. */
export async function rubySandbox(tc: RubyToolchain, dir: string): Promise<{ env: Record<string, string>; readOnly: string[] }> {
  const iseq = (await detectIsolation()).isolation === 'full' ? rubyIseqDir(tc) : null;
  const env: Record<string, string> = { PATH: `${dirname(tc.bin)}:/usr/bin:/bin`, HOME: dir, LANG: 'C.UTF-8', TMPDIR: join(dir, '.assay'), ASSAY_GEM_LIB: tc.gemLibs.join(':') };
  if (iseq) env.ASSAY_ISEQ = iseq;
  return { env, readOnly: extraMounts(iseq ? [...tc.roots, iseq] : tc.roots) };
}

export function isRubyTestFile(path: string): boolean {
  return path.endsWith('.rb') && (/(^|\/)[^/]*_test\.rb$/.test(path) || path.startsWith('test/'));
}

export interface RubySuiteInput {
  ctx: RunContext;
  tc: RubyToolchain;
  limits: Limits;
  dir: string;
  /** Everything to write: solution files and test files. */
  files: FileSet;
  baseline: Baseline | null;
  stream: boolean;
  /** Implementation files loaded, then deleted, before any test file (write-tests: see ruby/preload.ts). */
  preload?: string[];
}

export async function rubyVisible(input: RubySuiteInput): Promise<SuiteOutcome> {
  const { ctx, tc, limits, dir, files } = input;
  const out = emptyOutcome();
  writeFiles(dir, { ...files, '.assay/runner.rb': RUBY_TEST_RUNNER, ...(input.preload ? { '.assay/preload.rb': RUBY_PRELOAD } : {}) });
  const tests = Object.keys(files).filter(isRubyTestFile).sort();
  const nonce = newNonce();
  phase(ctx, 'running');
  const res = await sandboxStep(
    ctx,
    {
      argv: input.preload ? [tc.bin, '--disable-gems', '.assay/preload.rb', ...input.preload, '--', MINITEST_SEED, ...tests] : [tc.bin, '--disable-gems', '.assay/runner.rb', MINITEST_SEED, ...tests],
      workDir: dir,
      ...(await rubySandbox(tc, dir)),
      stdin: `${nonce}\n`,
      limits: runLimits(limits),
    },
    { stream: input.stream, frames: true },
  );
  out.runMs = res.durationMs;
  out.isolation = res.isolation;
  const parsed = readTestFrames(res.stdout, nonce);
  out.output = capOutput(parsed.text + res.stderr);
  out.tests = parsed.tests.map(({ assertions: _, ...t }) => t);
  out.assertions = Object.fromEntries(parsed.tests.map((t) => [t.name, t.assertions]));
  const set = checkTestSet(parsed.tests.map((t) => t.name), input.baseline?.names ?? null, false);
  const ending = endingVerdict(res, 'the tests', limits);
  let judged: { verdict: SuiteOutcome['verdict']; summary: string; cancelled?: boolean };
  if (res.sandboxError) judged = ending!;
  else if (parsed.problem) judged = { verdict: 'tampered', summary: `test results cannot be trusted: ${parsed.problem}` };
  else if (ending) judged = ending;
  else if (parsed.syntax) {
    out.markers = parseRubyErrors(parsed.syntax, dir, files);
    const first = out.markers[0];
    judged = { verdict: 'compile_error', summary: first ? `${first.file}:${first.line}: ${first.message}` : parsed.syntax.split('\n')[0]! };
  } else judged = classifyMinitestRun(res.exitCode, res.signal, res.stderr, parsed, set);
  out.verdict = judged.verdict;
  out.summary = judged.summary;
  out.cancelled = judged.cancelled ?? false;
  if (judged.verdict === 'passed' || judged.verdict === 'failed') out.flags = assertionFlags(parsed.tests, input.baseline);
  return out;
}
