import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../../core/node/grading/hidden-cases.ts';
import type { HiddenCase } from '../../../core/common/exercise.ts';

const hidden: HiddenCase = { name: 'c1', call: 'parse', input: 'x', expected: { n: [1, 2] }, weight: 2 };
const budget: HiddenCase = { ...hidden, name: 'b1', budget: true, weight: 1 };
const cost = (costMs: number) => ({ costMs, referenceMs: 20, startupMs: 3, factor: 3, allowedMs: 60, ratio: costMs / 20, source: 'cgroup' as const, runs: 1 });
const frame = (over: object = {}) => ({ name: 'c1', status: 'ok' as const, value: { n: [1, 2] }, message: '', durationMs: 12.5, ...over });

describe('evaluateCase', () => {
  it('passes an equal value and records actual and expected for the interviewer', () => {
    expect(evaluateCase(hidden, frame(), '')).toEqual({
      name: 'c1', kind: 'hidden', hidden: true, weight: 2, status: 'pass', message: '', durationMs: 12.5,
      actual: '{"n":[1,2]}', expected: '{"n":[1,2]}',
    });
  });

  it('fails a different value with the path of the difference', () => {
    const r = evaluateCase(hidden, frame({ value: { n: [1, 3] } }), '');
    expect(r).toMatchObject({ status: 'fail', message: 'wrong result at $.n[1]', actual: '{"n":[1,3]}' });
  });

  it('turns driver errors, timeouts and missing results into errors', () => {
    expect(evaluateCase(hidden, frame({ status: 'error', message: 'panic: boom' }), '')).toMatchObject({ status: 'error', message: 'panic: boom' });
    expect(evaluateCase(hidden, frame({ status: 'timeout', message: 'case did not finish within 1s' }), '')).toMatchObject({ status: 'error' });
    expect(evaluateCase(hidden, undefined, 'the driver crashed')).toMatchObject({ status: 'error', message: 'not run: the driver crashed' });
  });

  it('fails a hostile 10,000-level result without walking it recursively', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(evaluateCase(hidden, frame({ value: { n: deep } }), '')).toMatchObject({ status: 'fail', message: 'wrong result: nested deeper than 200 levels' });
  });

  it('judges budget cases by the cost measured outside, never by the driver-reported duration', () => {
    expect(evaluateCase(budget, frame({ durationMs: 0.001 }), '', cost(59.9))).toMatchObject({ kind: 'budget', status: 'pass', durationMs: 59.9 });
    const slow = evaluateCase(budget, frame({ durationMs: 0.001 }), '', cost(61));
    expect(slow).toMatchObject({ status: 'fail', message: "correct, but cost 61 ms CPU, 3.05x the reference's 20 ms (allowed 3x)" });
    expect(slow.cost).toMatchObject({ referenceMs: 20, allowedMs: 60 });
    expect(evaluateCase(budget, frame({ value: null }), '', cost(1))).toMatchObject({ status: 'fail' });
  });

  it('a budget case whose cost could not be measured is not passed', () => {
    expect(evaluateCase(budget, frame(), '', undefined, 'the reference did not build')).toMatchObject({ status: 'error', message: 'correct, but its cost could not be judged: the reference did not build' });
  });

  it('still loads legacy budgetMs cases as budget cases (the number is ignored)', () => {
    expect(evaluateCase({ ...hidden, budgetMs: 1 }, frame({ durationMs: 999 }), '', cost(10))).toMatchObject({ kind: 'budget', status: 'pass' });
  });
});
