// Scores: correctness is the weighted share of hidden cases passed, performance the weighted share of budget
// cases passed (null when the exercise has none); the score splits them by exercise.json's scoring.
import type { ExerciseMeta } from '../../common/exercise.ts';
import type { TestResult, Verdict } from '../../common/results.ts';

/** Weighted percentage of passing tests, 0..100 (unrounded); null for an empty list. */
export function weightedShare(tests: TestResult[]): number | null {
  const total = tests.reduce((s, t) => s + (t.weight ?? 1), 0);
  if (tests.length === 0 || total <= 0) return null;
  const passed = tests.filter((t) => t.status === 'pass').reduce((s, t) => s + (t.weight ?? 1), 0);
  return (passed / total) * 100;
}

export interface Scores {
  score: number;
  correctness: number;
  performance: number | null;
}

/**
 * `correctnessTests`: the hidden cases (or, for exercises without any, whatever decides correctness);
 * `budgetTests`: budget cases. Tampering zeroes everything.
 */
export function computeScores(scoring: ExerciseMeta['scoring'], correctnessTests: TestResult[], budgetTests: TestResult[], verdict: Verdict): Scores {
  if (verdict === 'tampered') return { score: 0, correctness: 0, performance: budgetTests.length ? 0 : null };
  const correctness = weightedShare(correctnessTests) ?? 0;
  const performance = weightedShare(budgetTests);
  const score = Math.round((correctness * scoring.correctness) / 100 + ((performance ?? 0) * scoring.performance) / 100);
  return { score, correctness: round1(correctness), performance: performance === null ? null : round1(performance) };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
