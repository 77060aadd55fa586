// Budget (performance) cases and per-case timeouts, on an in-memory Ruby exercise and the Go seed exercise.
import { CLEARLY_SLOW } from '../../../core/node/grading/budget-runs.ts';
import { describe, expect, it } from 'vitest';
import { isBudgetCase } from '../../../core/common/exercise.ts';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { editable, goEx, memoryExercise, reference, withEditable } from '../runner/helpers.ts';

const summer = memoryExercise({
  meta: { id: 'ruby-summer', language: 'ruby', type: 'implement', editable: ['summer.rb'], scoring: { correctness: 80, performance: 20 }, limits: { timeoutMs: 8000 } },
  starter: { 'summer.rb': 'module Summer\n  def self.sum(n) = 0\nend\n' },
  visible: {
    'summer_test.rb': "require 'minitest/autorun'\nrequire_relative 'summer'\n\nclass SummerTest < Minitest::Test\n  def test_small\n    assert_equal 6, Summer.sum(3)\n  end\nend\n",
  },
  reference: { 'summer.rb': 'module Summer\n  def self.sum(n) = n * (n + 1) / 2\nend\n' },
  hiddenFiles: { 'harness.rb': "ASSAY_HANDLERS = { 'sum' => ->(n) { Summer.sum(n) } }.freeze\n" },
  cases: [
    { name: 'three', call: 'sum', input: 3, expected: 6 },
    { name: 'ten', call: 'sum', input: 10, expected: 55 },
    { name: 'big_fast', call: 'sum', input: 1000000, expected: 500000500000, budget: true },
  ],
});

// Linear instead of constant time, ten times over: 10,000,000 additions in Ruby, far past 3x the reference's cost.
const slow = (extra = '') => `${extra}module Summer\n  def self.sum(n)\n    s = 0\n    10.times { s = 0; n.times { |i| s += i + 1 } }\n    s\n  end\nend\n`;

describe('budget cases', () => {
  it('the reference meets the budget', async () => {
    const g = await gradeSubmission(summer, reference(summer));
    expect(g).toMatchObject({ verdict: 'passed', score: 100, correctness: 100, performance: 100 });
    expect(g.tests.find((t) => t.name === 'big_fast')).toMatchObject({ kind: 'budget', hidden: true, status: 'pass' });
    // The report says which reference measurement the budget was judged against, and each budget row says when.
    expect(g.reference).toMatchObject({ origin: 'measured', cases: [{ name: 'big_fast', ms: expect.any(Number) }] });
    expect(g.tests.find((t) => t.name === 'big_fast')!.cost).toMatchObject({ referenceOrigin: 'measured', referenceMeasuredAt: g.reference!.measuredAt });
  });

  it('a correct but slow solution keeps correctness and loses performance', async () => {
    const g = await gradeSubmission(summer, { 'summer.rb': slow() });
    expect(g).toMatchObject({ verdict: 'failed', score: 80, correctness: 100, performance: 0 });
    const row = g.tests.find((t) => t.name === 'big_fast')!;
    expect(row.message).toMatch(/^correct, but cost [\d.]+ ms CPU, [\d.]+x the reference's [\d.]+ ms \(allowed 3x\)$/);
    expect(row.cost).toMatchObject({ factor: 3 });
    // Re-run (3 runs, lowest kept) unless the first run is clearly slow (over CLEARLY_SLOW x the allowed cost).
    expect(row.cost!.runs).toBe(row.cost!.costMs > CLEARLY_SLOW * row.cost!.allowedMs ? 1 : 3);
    expect(row.cost!.costMs).toBeGreaterThan(row.cost!.allowedMs);
  });

  it('patching the clock after load does not fake the timing', async () => {
    const patch = 'module Process\n  def self.clock_gettime(*) = 0.0\nend\n';
    const g = await gradeSubmission(summer, { 'summer.rb': slow(patch) });
    expect(g.performance).toBe(0);
  });

  it('a solution that sleeps instead of computing is judged by its wall time too', async () => {
    const g = await gradeSubmission(summer, { 'summer.rb': 'module Summer\n  def self.sum(n)\n    sleep 1.5 if n > 1000\n    n * (n + 1) / 2\n  end\nend\n' });
    expect(g).toMatchObject({ correctness: 100, performance: 0 });
  });

  it('timings forged inside the process are never used', async () => {
    // Every Hash#[]= of 'endNs' copies 'startNs': each case would report 0 ms.
    const patch = "class Hash\n  alias_method :__adv_set, :[]=\n  def []=(k, v)\n    v = self['startNs'] if k == 'endNs' && key?('startNs')\n    __adv_set(k, v)\n  end\nend\n";
    const g = await gradeSubmission(summer, { 'summer.rb': slow(patch) });
    expect(g.performance).toBe(0);
  });

  it('a hanging case times out alone: the other cases still count', async () => {
    const hang = 'module Summer\n  def self.sum(n)\n    sleep 60 if n == 10\n    n * (n + 1) / 2\n  end\nend\n';
    const g = await gradeSubmission(summer, { 'summer.rb': hang });
    expect(g.verdict).toBe('failed');
    expect(g.tests.find((t) => t.name === 'ten')).toMatchObject({ status: 'error' });
    expect(g.tests.find((t) => t.name === 'ten')!.message).toMatch(/did not finish within 2000 ms/);
    expect(g.tests.find((t) => t.name === 'three')!.status).toBe('pass');
    expect(g.performance).toBe(100);
  });
});

describe('Go budget cases (seed exercise)', () => {
  const ex = goEx();
  const budgets = ex.cases.filter(isBudgetCase);

  it.skipIf(budgets.length === 0)('a correct solution that sleeps 3 s on big logs fails only the budget cases (wall time counts, divided by its slack)', async () => {
    const src = reference(ex)[editable(ex)]!
      .replace('import (', 'import (\n\t"time"')
      .replace(/func Parse\(log string\) \(\[\]Section, error\) \{\n/, (m) => `${m}\tif len(log) > 1000000 {\n\t\ttime.Sleep(3 * time.Second)\n\t}\n`);
    const g = await gradeSubmission(ex, withEditable(ex, src));
    const rows = g.tests.filter((t) => t.kind === 'budget');
    expect(rows.length).toBe(budgets.length);
    expect(rows.every((t) => t.status === 'fail' && t.message.startsWith('correct, but cost'))).toBe(true);
    expect(g.correctness).toBe(100);
    expect(g.performance).toBe(0);
  });
});
