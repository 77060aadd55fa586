// The verdict of a Go test binary run that ended on its own (no limit, no sandbox failure), from its exit
// status and parsed results. The binary's exit status must agree with its results: candidate code shares the
// process and can print forged `--- PASS` lines or exit early, so an exit 0 that the results do not support
// is `tampered`, while a nonzero exit with missing results is a crash (`runtime_error`).
import type { Verdict } from '../../../common/results.ts';
import { setProblem, type SetCheck } from '../integrity.ts';
import { countSummary } from '../outcome.ts';
import type { GoTestParse } from './test2json.ts';

export interface GoEnding {
  exitCode: number | null;
  signal: string | null;
  stderr: string;
  parse: GoTestParse;
  /** Duplicates come from the parse (test2json folds them into one result). */
  set: SetCheck;
  /** The Assay sentinel test's nonce frame: seen, absent, or lines with a wrong nonce were printed. */
  sentinel: 'ok' | 'missing' | 'forged';
}

function firstLine(text: string, re: RegExp): string | null {
  const m = re.exec(text);
  return m ? m[0].trim() : null;
}

export function classifyGoRun(e: GoEnding): { verdict: Verdict; summary: string } {
  const { parse, set } = e;
  const tests = parse.tests;
  const failing = tests.filter((t) => t.status === 'fail' || t.status === 'error');
  if (e.sentinel === 'forged') return { verdict: 'tampered', summary: 'the output carried result lines with a wrong nonce' };
  const forged = setProblem({ ...set, missing: [] });
  if (forged) return { verdict: 'tampered', summary: forged };
  const panic = firstLine(e.stderr + parse.packageOutput, /^(panic|fatal error): .*$/m);
  if (e.exitCode === 0) {
    if (tests.length === 0 && /no tests to run/.test(parse.packageOutput)) return { verdict: 'failed', summary: 'no tests ran' };
    if (tests.length === 0) return { verdict: 'tampered', summary: 'the test binary exited with status 0 without reporting any test' };
    const why =
      setProblem({ duplicates: [], unexpected: [], missing: set.missing }) ??
      (parse.unfinished.length ? `tests never finished: ${parse.unfinished.join(', ')}` : null) ??
      (failing.length ? `${failing.length} tests failed` : null) ??
      (/^PASS\s*$/m.test(parse.packageOutput) ? null : 'no final PASS line') ??
      (e.sentinel === 'ok' ? null : 'the Assay sentinel test never reported');
    if (why) return { verdict: 'tampered', summary: `the test binary exited with status 0 but ${why}` };
    return { verdict: 'passed', summary: countSummary(tests) };
  }
  if (panic && /^panic: test timed out after/.test(panic)) return { verdict: 'timeout', summary: panic };
  const during = parse.unfinished[0];
  if (e.exitCode === 2 && panic) return { verdict: 'runtime_error', summary: during ? `${panic} (in ${during})` : panic };
  if (e.exitCode === 1 && !during && set.missing.length === 0 && failing.length > 0) {
    return { verdict: 'failed', summary: countSummary(tests) };
  }
  const how = e.signal ? `was killed by ${e.signal}` : `exited with status ${e.exitCode}`;
  if (during) return { verdict: 'runtime_error', summary: `the test binary ${how} during ${during}` };
  if (tests.length === 0) return { verdict: 'runtime_error', summary: `the test binary ${how} before any test ran` };
  return { verdict: 'runtime_error', summary: `the test binary ${how}${failing.length ? '' : ' although no test failed'}` };
}
