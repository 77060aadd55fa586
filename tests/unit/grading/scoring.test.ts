import { describe, expect, it } from 'vitest';
import { computeScores, weightedShare } from '../../../core/node/grading/scoring.ts';
import type { TestResult } from '../../../core/common/results.ts';

const row = (status: TestResult['status'], weight = 1, kind: TestResult['kind'] = 'hidden'): TestResult => ({
  name: `c${Math.random()}`, status, kind, hidden: true, message: '', durationMs: 0, weight,
});

describe('weightedShare', () => {
  it('weights passing cases', () => {
    expect(weightedShare([row('pass', 2), row('fail', 1), row('error', 1)])).toBe(50);
    expect(weightedShare([])).toBeNull();
  });
});

describe('computeScores', () => {
  const split = { correctness: 80, performance: 20 };

  it('splits the score between correctness and performance', () => {
    const s = computeScores(split, [row('pass'), row('pass'), row('pass'), row('fail')], [row('pass', 1, 'budget'), row('fail', 1, 'budget')], 'failed');
    expect(s).toEqual({ score: 70, correctness: 75, performance: 50 });
  });

  it('has no performance without budget cases', () => {
    expect(computeScores({ correctness: 100, performance: 0 }, [row('pass'), row('fail'), row('fail')], [], 'failed')).toEqual({ score: 33, correctness: 33.3, performance: null });
  });

  it('zeroes everything when tampered', () => {
    expect(computeScores(split, [row('pass')], [row('pass', 1, 'budget')], 'tampered')).toEqual({ score: 0, correctness: 0, performance: 0 });
  });

  it('gives 100 for a perfect submission', () => {
    expect(computeScores(split, [row('pass', 3)], [row('pass', 1, 'budget')], 'passed').score).toBe(100);
  });
});
