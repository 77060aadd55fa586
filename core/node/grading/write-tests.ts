// write-tests exercises: the candidate's tests are judged by behaviour. They must pass against every correct
// implementation (the starter's code under test and the hidden ones in hidden/correct/<name>/, same file names,
// different source), and each mutant they fail on is caught. Every implementation runs from byte-identical
// paths and file names with fixed mtimes; Go tests run as a compiled binary with no source beside it, Ruby
// tests after the code under test was loaded and its files deleted. One hidden row per mutant, named
// `mutant:<name>`, passing when caught; one weightless row per hidden correct implementation.
import { randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Flag, TestResult, Verdict } from '../../common/results.ts';
import type { FileSet, LoadedExercise } from '../library/load.ts';
import { goTestBinary } from '../runner/go/test-binary.ts';
import { worstIsolation, type SuiteOutcome } from '../runner/outcome.ts';
import { isRubyTestFile, rubyVisible } from '../runner/ruby/visible.ts';
import type { RunContext } from '../runner/sandbox-step.ts';
import type { Workspace } from '../runner/workspace.ts';
import { goToolchain, rubyToolchain } from '../toolchains.ts';
import { sourceReadingFlags } from './source-reading.ts';

/** A mutant run counts as caught when the tests fail on it in any honest way. */
const CAUGHT: Verdict[] = ['failed', 'runtime_error', 'timeout', 'memory_limit', 'output_limit', 'compile_error'];
const CORRECT_DIR = 'correct/';

export interface Implementation {
  name: string;
  /** Files overlaid on starter/ (empty for the starter itself). */
  files: FileSet;
}

/** The hidden correct implementations: hidden/correct/<name>/<files>, each overlaid on starter/. */
export function hiddenCorrect(ex: LoadedExercise): Implementation[] {
  const byName = new Map<string, FileSet>();
  for (const [path, text] of Object.entries(ex.hiddenFiles)) {
    if (!path.startsWith(CORRECT_DIR)) continue;
    const [name, ...rest] = path.slice(CORRECT_DIR.length).split('/');
    if (!name || rest.length === 0) continue;
    if (!byName.has(name)) byName.set(name, {});
    byName.get(name)![rest.join('/')] = text;
  }
  return [...byName.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, files]) => ({ name, files }));
}

/** One run of the candidate's tests against one implementation, always from the same paths. */
async function runAgainst(ctx: RunContext, ex: LoadedExercise, ws: Workspace, files: FileSet): Promise<SuiteOutcome> {
  const limits = ex.meta.limits;
  if (ex.meta.language === 'go') {
    return goTestBinary({ ctx, tc: await goToolchain(), limits, buildDir: join(ws.root, 'module'), runDir: join(ws.root, 'tests'), files });
  }
  const dir = join(ws.root, 'module');
  rmSync(dir, { recursive: true, force: true });
  const preload = Object.keys(files).filter((p) => p.endsWith('.rb') && !isRubyTestFile(p)).sort();
  return rubyVisible({ ctx, tc: await rubyToolchain(), limits, dir: ws.dir('module'), files, baseline: null, stream: false, preload });
}

export interface WriteTestsOutcome {
  base: SuiteOutcome;
  /** One row per hidden correct implementation (weight 0: they decide whether mutants count at all). */
  correct: TestResult[];
  mutants: TestResult[];
  flags: Flag[];
  isolation: SuiteOutcome['isolation'];
  compileMs: number;
  runMs: number;
}

const row = (prefix: string, name: string, status: TestResult['status'], message: string, durationMs = 0, weight?: number): TestResult => ({
  name: `${prefix}:${name}`, status, kind: 'hidden', hidden: true, message, durationMs, ...(weight === undefined ? {} : { weight }),
});

export async function gradeWriteTests(
  ctx: RunContext,
  ex: LoadedExercise,
  ws: Workspace,
  solution: FileSet,
  onProgress: (msg: string) => void,
): Promise<WriteTestsOutcome> {
  const files = { ...solution, ...ex.visible };
  onProgress('running the tests against the correct code');
  const base = await runAgainst(ctx, ex, ws, files);
  const tests = Object.fromEntries(ex.meta.editable.filter((p) => p in solution).map((p) => [p, solution[p]!]));
  const out: WriteTestsOutcome = { base, correct: [], mutants: [], flags: sourceReadingFlags(tests, ex.meta.language), isolation: base.isolation, compileMs: base.compileMs, runMs: base.runMs };
  // runMs is the slowest single run: the time limit applies to each run, and `assay check` calibrates it from
  // this (a sum over a dozen implementations would tie the limit to how many there are).
  const add = (r: SuiteOutcome) => {
    out.isolation = worstIsolation([out.isolation, r.isolation]);
    out.compileMs += r.compileMs;
    out.runMs = Math.max(out.runMs, r.runMs);
  };
  const skipMutants = (why: string) => (out.mutants = ex.mutants.map((m) => row('mutant', m.name, 'skip', `not run: ${why}`)));
  if (base.verdict !== 'passed') return skipMutants(`the tests must pass against the correct code first (${base.summary})`), out;

  // Hidden correct implementations and mutants run in a random order, so that a suite cannot tell them apart by
  // how many runs came before (should anything survive from one run to the next).
  type Run = { kind: 'correct' | 'mutant'; name: string; files: FileSet; description: string };
  const runs: Run[] = [
    ...hiddenCorrect(ex).map((c): Run => ({ kind: 'correct', name: c.name, files: c.files, description: '' })),
    ...ex.mutants.map((m): Run => ({ kind: 'mutant', name: m.name, files: m.files, description: m.description })),
  ];
  for (let i = runs.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [runs[i], runs[j]] = [runs[j]!, runs[i]!];
  }
  const correct = new Map<string, TestResult>();
  const mutants = new Map<string, TestResult>();
  for (const [i, run] of runs.entries()) {
    if (ctx.signal?.aborted) break;
    onProgress(`implementation ${i + 1}/${runs.length}`);
    const r = await runAgainst(ctx, ex, ws, { ...files, ...run.files });
    add(r);
    if (run.kind === 'correct') {
      const failing = r.tests.filter((t) => t.status !== 'pass' && t.status !== 'skip').map((t) => t.name);
      const ok = r.verdict === 'passed';
      correct.set(run.name, row('correct', run.name, ok ? 'pass' : 'fail', ok ? 'passes' : `fails (${r.verdict}: ${r.summary})${failing.length ? `; failing: ${failing.slice(0, 10).join(', ')}` : ''}`, r.runMs, 0));
    } else {
      const caught = CAUGHT.includes(r.verdict) && !r.cancelled;
      mutants.set(run.name, row('mutant', run.name, caught ? 'pass' : 'fail', caught ? `caught: ${r.summary}` : `not caught (${r.verdict}): ${run.description}`, r.runMs));
    }
  }
  out.correct = hiddenCorrect(ex).flatMap((c) => correct.get(c.name) ?? []);
  out.mutants = ex.mutants.flatMap((m) => mutants.get(m.name) ?? []);
  const wrong = out.correct.filter((c) => c.status !== 'pass');
  if (wrong.length) {
    out.flags.push({
      code: 'tests-not-behavioural',
      severity: 'critical',
      message: `the tests pass on the given code but fail on ${wrong.length} other correct implementation(s) of the same behaviour: they check how the code is written (its source, names or layout), not what it does`,
    });
    out.mutants = out.mutants.map((m) => ({ ...m, status: 'skip', message: `not counted: the tests fail on a correct implementation (${m.status === 'pass' ? 'would be caught' : 'not caught'})` }));
  }
  return out;
}

/** The combined outcome: the base run's problems first, then a failing correct implementation, then mutants. */
export function writeTestsOutcome(w: WriteTestsOutcome, flags: Flag[]): SuiteOutcome {
  const caught = w.mutants.filter((m) => m.status === 'pass').length;
  const basePassed = w.base.verdict === 'passed';
  const wrong = w.correct.filter((c) => c.status !== 'pass').length;
  const verdict: Verdict = !basePassed ? w.base.verdict : wrong || caught < w.mutants.length ? 'failed' : 'passed';
  const summary = !basePassed
    ? w.base.summary
    : wrong
      ? `the tests fail on ${wrong} of ${w.correct.length} hidden correct implementations: no mutant counts`
      : `${caught} of ${w.mutants.length} mutants caught; passes on ${w.correct.length + 1} correct implementations`;
  return {
    ...w.base,
    verdict,
    summary,
    tests: [...w.base.tests, ...w.correct, ...w.mutants],
    flags: [...flags, ...w.flags, ...w.base.flags],
    isolation: w.isolation,
    compileMs: w.compileMs,
    runMs: w.runMs,
  };
}
