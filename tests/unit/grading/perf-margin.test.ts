import { describe, expect, it } from 'vitest';
import type { GradeReport, TestResult } from '../../../core/common/results.ts';
import { allowedCost, REFERENCE_FLOOR_MS } from '../../../core/node/grading/budget-runs.ts';
import { netCost } from '../../../core/node/grading/reference-timing.ts';
import { perfMargin } from '../../../core/node/library/perf-margin.ts';

const row = (name: string, costMs: number, referenceMs: number, factor = 3): TestResult => {
  const allowedMs = allowedCost(referenceMs, factor);
  const cost = { costMs, referenceMs, startupMs: 2, factor, allowedMs, ratio: costMs / Math.max(referenceMs, REFERENCE_FLOOR_MS), source: 'cgroup' as const, runs: 1 };
  return { name, kind: 'budget', hidden: true, message: '', durationMs: costMs, status: costMs > allowedMs ? 'fail' : 'pass', cost };
};
const report = (tests: TestResult[], performance: number, correctness = 100) => ({ tests, performance, correctness, score: 0 }) as unknown as GradeReport;

describe('budget arithmetic', () => {
  it('allows factor x the reference, the reference floored', () => {
    expect(allowedCost(100, 3)).toBe(300);
    expect(allowedCost(1, 3)).toBe(3 * REFERENCE_FLOOR_MS);
  });

  it('nets out start-up and counts wall time only far beyond the CPU time', () => {
    const t = { startupMs: 10, startupWallMs: 20 };
    expect(netCost({ ms: 110, wallMs: 220 }, t)).toBe(100); // loaded: wall 2x CPU, CPU decides
    expect(netCost({ ms: 12, wallMs: 2020 }, t)).toBe(200); // slept 2 s: wall / 10 decides
    expect(netCost({ ms: 5, wallMs: 5 }, t)).toBe(0);
  });
});

describe('perfMargin', () => {
  it('reports the margin of a clearly too-slow solution and no problem', () => {
    const m = perfMargin('too-slow:x', report([row('big', 2000, 50)], 0), true);
    expect(m.margin).toBe(13.33);
    expect(m.problems).toEqual([]);
  });

  it('fails a too-slow case that is barely over the line', () => {
    const m = perfMargin('mutant:y', report([row('big', 200, 50)], 0), false);
    expect(m.problems.join()).toMatch(/only 1\.33x the allowed 3x/);
  });

  it('fails a pass that sits close to the line, and a too-slow solution that does not lose points', () => {
    expect(perfMargin('reference', report([row('big', 140, 50)], 100), false).problems.join()).toMatch(/too close/);
    expect(perfMargin('too-slow:z', report([row('big', 50, 50)], 100), true).problems.join()).toMatch(/does not lose performance points/);
  });
});
