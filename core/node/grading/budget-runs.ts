// Running a candidate's hidden cases: the correctness cases together in one process, then each budget case alone
// in its own sandboxed process and fresh directory, holding only that case's input (nothing to precompute or cache
// across cases). A budget case's cost is the run's CPU time measured outside the candidate's tree, net of the
// reference's start-up; nothing the candidate prints is used as a duration. A correct case that looks too slow is
// run again (up to three runs, lowest cost kept), so one unlucky run on a loaded machine does not decide.
import { isBudgetCase, type HiddenCase } from '../../common/exercise.ts';
import type { BudgetCost } from '../../common/results.ts';
import type { CaseFrame, DriverOutcome, PreparedDriver } from '../runner/driver-results.ts';
import { casesFileContent } from '../runner/suites.ts';
import { jsonEqual } from './compare.ts';
import { caseJson, netCost, runCost, type ReferenceTiming } from './reference-timing.ts';

/** Reference costs below this are treated as this (ms): below it, start-up noise dominates the ratio. */
export const REFERENCE_FLOOR_MS = 20;
export const CANDIDATE_RUNS = 3;
/** A run costing more than this many times the allowed cost is not re-run: no load makes CPU time lie by that much
 *  (check's margin rule, library/perf-margin.ts MIN_MARGIN, keeps every slow solution past it). */
export const CLEARLY_SLOW = 3;

export interface HiddenRuns {
  /** Every run, for verdicts, flags and output. */
  runs: DriverOutcome[];
  frames: Map<string, CaseFrame>;
  costs: Map<string, BudgetCost>;
  /** Why budget cases could not be judged (no reference timing), or null. */
  budgetProblem: string | null;
  /** The reference timing budget cases were judged against (null when there were none to judge). */
  reference: ReferenceTiming | null;
}

export function allowedCost(referenceMs: number, factor: number): number {
  return factor * Math.max(referenceMs, REFERENCE_FLOOR_MS);
}

/** The correctness cases, together in one process (null when there are none or the driver did not build). Not a
 *  measured run: grade.ts starts it as soon as the driver is ready, while the visible tests still run. */
export function runPlainCases(driver: PreparedDriver, cases: HiddenCase[]): Promise<DriverOutcome | null> {
  const plain = cases.filter((c) => !isBudgetCase(c));
  if (driver.failed || plain.length === 0) return Promise.resolve(null);
  return driver.run(casesFileContent(plain), plain.map((c) => c.name), 'driver-run');
}

/** plain: the outcome of runPlainCases for these cases. Budget cases run afterwards, one at a time. */
export async function runHiddenCases(driver: PreparedDriver, cases: HiddenCase[], plain: DriverOutcome | null, factor: number, ref: () => Promise<ReferenceTiming>): Promise<HiddenRuns> {
  const out: HiddenRuns = { runs: [], frames: new Map(), costs: new Map(), budgetProblem: null, reference: null };
  if (driver.failed) return { ...out, runs: [driver.failed] };
  const budgets = cases.filter(isBudgetCase);
  if (plain) {
    out.runs.push(plain);
    for (const [k, v] of plain.cases) out.frames.set(k, v);
    if (plain.verdict === 'tampered' || plain.cancelled) return out;
  }
  if (budgets.length === 0) return out;
  const timing = await ref();
  out.reference = timing;
  if (timing.problem) out.budgetProblem = `budget cases not judged: ${timing.problem}`;
  for (const [i, c] of budgets.entries()) {
    let best: { frame: CaseFrame; cost: number; source: BudgetCost['source'] } | null = null;
    let runs = 0;
    for (let attempt = 0; attempt < CANDIDATE_RUNS; attempt++) {
      const o = await driver.run(caseJson(c), [c.name], `budget-${i}-${attempt}`, { measured: true });
      runs++;
      const frame = o.cases.get(c.name);
      if (attempt === 0 || o.verdict !== 'passed') out.runs.push(o);
      if (o.verdict !== 'passed' || !frame || frame.status !== 'ok' || !jsonEqual(frame.value, c.expected)) {
        if (!best && frame) out.frames.set(c.name, frame);
        break;
      }
      const measured = runCost(o);
      const source = measured.source;
      const net = netCost(measured, timing);
      if (!best || net < best.cost) best = { frame, cost: net, source };
      const refMs = timing.cases.get(c.name);
      if (refMs === undefined || best.cost <= allowedCost(refMs, factor)) break;
      if (best.cost > CLEARLY_SLOW * allowedCost(refMs, factor)) break;
    }
    if (!best) continue;
    out.frames.set(c.name, best.frame);
    const referenceMs = timing.cases.get(c.name);
    if (referenceMs === undefined) continue;
    const round = (n: number) => Math.round(n * 10) / 10;
    out.costs.set(c.name, {
      costMs: round(best.cost),
      referenceMs: round(referenceMs),
      startupMs: round(timing.startupMs),
      factor,
      allowedMs: round(allowedCost(referenceMs, factor)),
      ratio: Math.round((best.cost / Math.max(referenceMs, REFERENCE_FLOOR_MS)) * 100) / 100,
      source: best.source,
      runs,
      referenceMeasuredAt: timing.measuredAt,
      referenceOrigin: timing.origin,
    });
  }
  return out;
}
