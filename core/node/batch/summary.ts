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
  /** What the bundle was graded against: a record of this register, an imported one, or its own claims. */
  pack: 'this_register' | 'imported' | 'unverified' | null;
  /** The scorecard's critical flags (pack_unverified, time_limit_changed, exercise_not_submitted, …), by code. */
  flags: { code: string; message: string }[];
}

export function batchRow(r: BundleResult, card: Scorecard | null): BatchRow {
  // With a scorecard, its exercises: every issued one, a missing one as not_submitted with 0 points.
  const ids = card ? card.exercises.map((x) => x.id) : r.exercises.map((x) => x.id);
  const exercises = ids.map((id): BatchExerciseRow => {
    const row = card?.exercises.find((x) => x.id === id);
    const e = r.exercises.find((x) => x.id === id);
    return {
      id,
      verdict: row?.verdict ?? e?.report?.verdict ?? 'not_graded',
      score: row ? row.score : (e?.report?.score ?? null),
      summary: row?.summary ?? e?.report?.summary ?? 'not graded',
      isolation: e?.report?.isolation ?? null,
      durationMs: e?.report ? e.report.timings.compileMs + e.report.timings.runMs : 0,
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
    total: card?.overall.total ?? exercises.length,
    exercises,
    pack: r.status === 'graded' ? (r.plan?.origin ?? 'unverified') : null,
    flags: card ? [...card.flags, ...card.exercises.flatMap((x) => x.flags)].filter((f) => f.severity === 'critical').map((f) => ({ code: f.code, message: f.message })) : [],
  };
}
