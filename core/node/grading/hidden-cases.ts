// Deciding hidden and budget cases outside the sandbox: the driver reported what the candidate's code returned
// (and how long it took); the expected values never left this process.
import type { HiddenCase } from '../../common/exercise.ts';
import type { TestResult } from '../../common/results.ts';
import type { CaseFrame } from '../runner/driver-results.ts';
import { canonicalJson, deeperThan, firstDifference, jsonEqual } from './compare.ts';

/** Results nested deeper than this are wrong answers, and never walked recursively (stack safety). */
export const MAX_RESULT_DEPTH = 200;

/** `notRun` explains cases without a result (the driver crashed, hit a limit, or did not compile). */
export function evaluateCase(c: HiddenCase, frame: CaseFrame | undefined, notRun: string): TestResult {
  const base = {
    name: c.name,
    kind: c.budgetMs === undefined ? ('hidden' as const) : ('budget' as const),
    hidden: true,
    weight: c.weight,
    expected: canonicalJson(c.expected),
  };
  if (!frame) return { ...base, status: 'error', message: `not run: ${notRun}`, durationMs: 0 };
  const durationMs = Math.round(frame.durationMs * 1000) / 1000;
  if (frame.status === 'timeout') return { ...base, status: 'error', message: frame.message || 'timed out', durationMs };
  if (frame.status === 'error') return { ...base, status: 'error', message: frame.message || 'error', durationMs };
  if (deeperThan(frame.value, MAX_RESULT_DEPTH)) {
    return { ...base, status: 'fail', message: `wrong result: nested deeper than ${MAX_RESULT_DEPTH} levels`, durationMs, actual: '(too deeply nested to show)' };
  }
  const actual = canonicalJson(frame.value);
  if (!jsonEqual(frame.value, c.expected)) {
    return { ...base, status: 'fail', message: `wrong result at ${firstDifference(frame.value, c.expected)}`, durationMs, actual };
  }
  if (c.budgetMs !== undefined && frame.durationMs > c.budgetMs) {
    return { ...base, status: 'fail', message: `correct, but took ${durationMs} ms (budget ${c.budgetMs} ms)`, durationMs, actual };
  }
  return { ...base, status: 'pass', message: '', durationMs, actual };
}

export function evaluateCases(cases: HiddenCase[], frames: Map<string, CaseFrame>, notRun: string): TestResult[] {
  return cases.map((c) => evaluateCase(c, frames.get(c.name), notRun));
}
