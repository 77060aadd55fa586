// Minitest results as written by the Assay runner (one framed JSON line per test, then an end frame), and the
// verdict of a run that ended on its own. The exit status must agree with the framed results.
import type { TestResult, Verdict } from '../../../common/results.ts';
import { parseFrames } from '../frames.ts';
import { setProblem, type SetCheck } from '../integrity.ts';
import { countSummary } from '../outcome.ts';

export interface MinitestResult extends TestResult {
  assertions: number;
}

export interface MinitestParse {
  tests: MinitestResult[];
  ended: boolean;
  syntax: string | null;
  problem: string | null;
  text: string;
}

const STATUSES = new Set(['pass', 'fail', 'error', 'skip']);

export function readTestFrames(stdout: string, nonce: string): MinitestParse {
  const parsed = parseFrames(stdout, nonce);
  const out: MinitestParse = { tests: [], ended: false, syntax: null, problem: null, text: parsed.text };
  const fail = (why: string) => void (out.problem ??= why);
  if (parsed.forged) fail(`${parsed.forged} result line(s) carried a wrong nonce`);
  if (parsed.malformed) fail(`${parsed.malformed} result line(s) were not valid JSON objects`);
  for (const f of parsed.frames) {
    if (out.ended) fail('result lines after the end of the run');
    if (f.t === 'end') {
      out.ended = true;
      if (f.count !== out.tests.length) fail(`the run counted ${String(f.count)} tests but reported ${out.tests.length}`);
    } else if (f.t === 'syntax' && typeof f.message === 'string') {
      out.syntax = f.message;
    } else if (f.t === 'test' && typeof f.name === 'string' && typeof f.status === 'string' && STATUSES.has(f.status)) {
      out.tests.push({
        name: f.name,
        status: f.status as TestResult['status'],
        kind: 'visible',
        hidden: false,
        message: typeof f.message === 'string' ? f.message : '',
        durationMs: typeof f.time === 'number' ? Math.round(f.time * 1000) : 0,
        assertions: typeof f.assertions === 'number' ? f.assertions : 0,
      });
    } else {
      fail('a malformed result line');
    }
  }
  return out;
}

/** For a run with trustworthy frames (no `problem`) that ended without hitting a limit. */
export function classifyMinitestRun(exitCode: number | null, signal: string | null, stderr: string, p: MinitestParse, set: SetCheck): { verdict: Verdict; summary: string } {
  const forged = setProblem({ ...set, missing: [] });
  if (forged) return { verdict: 'tampered', summary: forged };
  const failing = p.tests.filter((t) => t.status === 'fail' || t.status === 'error').length;
  const how = signal ? `was killed by ${signal}` : `exited with status ${exitCode}`;
  if (p.ended) {
    const missing = setProblem({ duplicates: [], unexpected: [], missing: set.missing });
    if (missing) return { verdict: 'tampered', summary: `the test run finished but ${missing}` };
    if (exitCode === 0 && failing === 0) return { verdict: 'passed', summary: countSummary(p.tests) };
    if (exitCode === 1 && failing > 0) return { verdict: 'failed', summary: countSummary(p.tests) };
    if (exitCode === 0) return { verdict: 'tampered', summary: `the test run exited with status 0 although ${failing} tests failed` };
    return { verdict: 'runtime_error', summary: `the test run ${how} after reporting ${countSummary(p.tests)}` };
  }
  if (exitCode === 0) return { verdict: 'tampered', summary: 'the test run exited with status 0 before finishing' };
  const crash = stderr.split('\n').find((l) => /^\S/.test(l) && !/warning:/.test(l));
  return { verdict: 'runtime_error', summary: `the test run ${how}${crash ? `: ${crash.slice(0, 300)}` : ''}` };
}
