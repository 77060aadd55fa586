// `assay check`'s performance rules: how far each budget case of a graded solution is from the line the exercise's
// factor draws. A verdict is only stable across machines when nothing sits near that line, so
//  - a performance mutant or too-slow solution must cost at least MIN_MARGIN x the allowed factor (its margin);
//  - a solution that passes a budget case must cost at most factor / PASS_MARGIN of the reference.
// Too-slow solutions live in submissions/too-slow/<name>/ (complete editable files) and must lose performance points.
import type { GradeReport, TestResult } from '../../common/results.ts';

/** A too-slow case must cost at least this many times the allowed factor x reference. */
export const MIN_MARGIN = 3;
/** A passing case must cost at most factor / PASS_MARGIN times the reference. */
export const PASS_MARGIN = 1.5;

export interface PerfMargin {
  /** `mutant:<name>`, `too-slow:<name>` or `reference`. */
  solution: string;
  performance: number | null;
  /** The smallest cost / allowed-cost over budget cases that failed on cost; null if none did. */
  margin: number | null;
  /** Each budget case: `name ratio x`. */
  cases: string[];
  problems: string[];
}

function costRows(r: GradeReport): TestResult[] {
  return r.tests.filter((t) => t.kind === 'budget' && t.cost);
}

const slow = (t: TestResult) => t.status === 'fail' && t.cost !== undefined && t.cost.costMs > t.cost.allowedMs;
/** A budget case whose run was stopped by the per-case time limit: slower than any measurable margin. */
const timedOut = (t: TestResult) => t.kind === 'budget' && t.status === 'error' && /did not finish|timed out/.test(t.message);

/** Margins of one graded solution. `mustBeSlow`: a too-slow solution (it must lose performance points). */
export function perfMargin(solution: string, r: GradeReport, mustBeSlow: boolean): PerfMargin {
  const rows = costRows(r);
  const slowRows = rows.filter(slow);
  const out: PerfMargin = {
    solution,
    performance: r.performance,
    margin: slowRows.length ? Math.min(...slowRows.map((t) => t.cost!.costMs / t.cost!.allowedMs)) : null,
    cases: rows.map((t) => `${t.name} ${t.cost!.ratio}x`),
    problems: [],
  };
  if (out.margin !== null) out.margin = Math.round(out.margin * 100) / 100;
  for (const t of slowRows) {
    const m = t.cost!.costMs / t.cost!.allowedMs;
    if (m < MIN_MARGIN) {
      out.problems.push(`${solution}: budget case ${t.name} costs ${t.cost!.ratio}x the reference, only ${m.toFixed(2)}x the allowed ${t.cost!.factor}x (needs ${MIN_MARGIN}x): size the input so it is clearly slower`);
    }
  }
  for (const t of rows.filter((x) => x.status === 'pass')) {
    if (t.cost!.ratio > t.cost!.factor / PASS_MARGIN) {
      out.problems.push(`${solution}: budget case ${t.name} passes at ${t.cost!.ratio}x the reference, too close to the allowed ${t.cost!.factor}x`);
    }
  }
  const stopped = r.tests.filter(timedOut);
  if (stopped.length) out.cases.push(...stopped.map((t) => `${t.name} timed out`));
  if (mustBeSlow && !(r.performance !== null && r.performance < 100 && slowRows.length + stopped.length > 0)) {
    out.problems.push(`${solution} does not lose performance points (performance ${r.performance}, score ${r.score})`);
  }
  if (mustBeSlow && r.correctness < 100) out.problems.push(`${solution} is not correct (correctness ${r.correctness}): a too-slow solution must be right`);
  return out;
}

