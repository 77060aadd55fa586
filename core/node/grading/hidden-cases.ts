// Deciding hidden and budget cases outside the sandbox: the driver reported what the candidate's code returned;
// the expected values never left this process. A budget case is also judged by its cost, measured by the grader
// outside the candidate's process tree and compared with the reference's (budget-runs.ts); the driver's own
// timings are shown for hidden cases but never decide anything.
import { isBudgetCase, type HiddenCase } from '../../common/exercise.ts';
import type { BudgetCost, TestResult } from '../../common/results.ts';
import type { CaseFrame } from '../runner/driver-results.ts';
import { canonicalJson, deeperThan, firstDifference, jsonEqual } from './compare.ts';

/** Results nested deeper than this are wrong answers, and never walked recursively (stack safety). */
export const MAX_RESULT_DEPTH = 200;

/** `notRun` explains cases without a result (the driver crashed, hit a limit, or did not compile).
 *  `cost`: the outside measurement of a budget case (absent: it could not be judged, which fails the case). */
export function evaluateCase(c: HiddenCase, frame: CaseFrame | undefined, notRun: string, cost?: BudgetCost, noCost = 'no reference timing'): TestResult {
  const budget = isBudgetCase(c);
  const base = {
    name: c.name,
    kind: budget ? ('budget' as const) : ('hidden' as const),
    hidden: true,
    weight: c.weight,
    expected: canonicalJson(c.expected),
  };
  if (!frame) return { ...base, status: 'error', message: `not run: ${notRun}`, durationMs: 0 };
  const durationMs = budget ? (cost?.costMs ?? 0) : Math.round(frame.durationMs * 1000) / 1000;
  if (frame.status === 'timeout') return { ...base, status: 'error', message: frame.message || 'timed out', durationMs };
  if (frame.status === 'error') return { ...base, status: 'error', message: frame.message || 'error', durationMs };
  if (deeperThan(frame.value, MAX_RESULT_DEPTH)) {
    return { ...base, status: 'fail', message: `wrong result: nested deeper than ${MAX_RESULT_DEPTH} levels`, durationMs, actual: '(too deeply nested to show)' };
  }
  const actual = canonicalJson(frame.value);
  if (!jsonEqual(frame.value, c.expected)) {
    return { ...base, status: 'fail', message: `wrong result at ${firstDifference(frame.value, c.expected)}`, durationMs, actual };
  }
  if (budget && !cost) return { ...base, status: 'error', message: `correct, but its cost could not be judged: ${noCost}`, durationMs, actual };
  if (budget && cost && cost.costMs > cost.allowedMs) {
    const msg = `correct, but cost ${cost.costMs} ms CPU, ${cost.ratio}x the reference's ${cost.referenceMs} ms (allowed ${cost.factor}x)`;
    return { ...base, status: 'fail', message: msg, durationMs, actual, cost };
  }
  return { ...base, status: 'pass', message: '', durationMs, actual, ...(cost ? { cost } : {}) };
}

export function evaluateCases(cases: HiddenCase[], frames: Map<string, CaseFrame>, notRun: string, costs = new Map<string, BudgetCost>(), noCost?: string): TestResult[] {
  return cases.map((c) => evaluateCase(c, frames.get(c.name), notRun, costs.get(c.name), noCost));
}
