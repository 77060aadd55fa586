// The rows of a batch summary: one per bundle, in file-name order, from its result and its scorecard.
import type { Scorecard } from '../../common/assessment.ts';
import type { BundleResult } from './result.ts';

export interface BatchExerciseRow {
  id: string;
  verdict: string;
  score: number | null;
  summary: string;
  isolation: string | null;
  durationMs: number;
}

export interface BatchRow {
  file: string;
  digest: string | null;
  candidate: string | null;
  assessmentId: string | null;
  status: BundleResult['status'];
  problem: string | null;
  score: number | null;
  passed: number;
  total: number;
  exercises: BatchExerciseRow[];
}

export function batchRow(r: BundleResult, card: Scorecard | null): BatchRow {
  const exercises = r.exercises.map((e): BatchExerciseRow => {
    const row = card?.exercises.find((x) => x.id === e.id);
    return {
      id: e.id,
      verdict: row?.verdict ?? e.report?.verdict ?? 'not_graded',
      score: row ? row.score : (e.report?.score ?? null),
      summary: row?.summary ?? e.report?.summary ?? 'not graded',
      isolation: e.report?.isolation ?? null,
      durationMs: e.report ? e.report.timings.compileMs + e.report.timings.runMs : 0,
    };
  });
  return {
    file: r.file,
    digest: r.digest,
    candidate: r.candidate,
    assessmentId: r.assessmentId,
    status: r.status,
    problem: r.problem ? `${r.problem.code}: ${r.problem.message}` : null,
    score: card?.overall.score ?? null,
    passed: card?.overall.passed ?? 0,
    total: card?.overall.total ?? r.exercises.length,
    exercises,
  };
}
