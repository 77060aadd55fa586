// From submission bundles to scorecards: grade every exercise of every bundle with the hidden tests (one at a
// time: grading is CPU-heavy), run the similarity check across the bundles, and build one scorecard each.
// Used by `assay scorecard` and by the interviewer side of the app.
import type { Rubric, Scorecard, SimilarityPair, SubmissionBundle } from '../../common/assessment.ts';
import type { Flag, GradeReport } from '../../common/results.ts';
import { loadExercise, type LoadedExercise } from '../library/load.ts';
import { loadRequirements } from '../library/requirements.ts';
import { gradeSubmission, type GradeOptions } from '../grading/grade.ts';
import { indexLibrary } from '../assessment/select.ts';
import { compareSubmissions } from '../similarity/compare.ts';
import { similarityInputs } from '../similarity/from-bundles.ts';
import { buildScorecard } from './build.ts';
import type { Register } from '../assessment/register.ts';
import { planGrading, unverifiedPlan, type PlannedExercise } from '../bundle/issued.ts';

export interface ScoredInput {
  bundle: SubmissionBundle;
  warnings: Flag[];
  rubric: Rubric | null;
}

export interface ScoreOptions {
  onProgress?: (message: string) => void;
  grade?: GradeOptions;
  /** The register of issued packs to grade against; without it every scorecard is flagged pack_unverified. */
  register?: Register;
  /** Replaces gradeSubmission (tests that exercise only the structure-dependent part of grading). */
  gradeExercise?: (ex: LoadedExercise, code: Record<string, string>) => Promise<GradeReport>;
}

/** A bundle that could not be scored: it becomes a row with its error; the others complete. */
export interface ScoreFailure {
  digest: string;
  candidate: string;
  error: string;
}

/** The library exercise with the issued limits (the register's, not the library's current ones). */
export function withIssuedLimits(ex: LoadedExercise, p: PlannedExercise): LoadedExercise {
  return p.limits ? { ...ex, meta: { ...ex.meta, limits: { ...p.limits } } } : ex;
}

/** The library exercises the bundles need; one that fails to load is reported as missing, not fatal. */
export function libraryFor(libraryDir: string, ids: Iterable<string>): Map<string, LoadedExercise> {
  const index = indexLibrary(libraryDir);
  const out = new Map<string, LoadedExercise>();
  for (const id of new Set(ids)) {
    const entry = index.get(id);
    if (!entry) continue;
    try {
      out.set(id, loadExercise(entry.dir));
    } catch {
      // reported on the scorecard as exercise_missing
    }
  }
  return out;
}

/** Scorecards in input order, and every similarity pair (for the dashboard's side-by-side view). */
export async function scoreBundles(
  inputs: ScoredInput[],
  libraryDir: string,
  opts: ScoreOptions = {},
): Promise<{ scorecards: Scorecard[]; similarity: SimilarityPair[]; failures: ScoreFailure[] }> {
  const progress = opts.onProgress ?? (() => {});
  const requirements = loadRequirements(libraryDir);
  const library = libraryFor(libraryDir, inputs.flatMap((i) => i.bundle.submission.exercises.map((e) => e.id)));
  const similarity = compareSubmissions(similarityInputs(inputs.map((i) => i.bundle)));
  const cards: Scorecard[] = [];
  const failures: ScoreFailure[] = [];
  const grade = opts.gradeExercise ?? ((ex: LoadedExercise, code: Record<string, string>) => gradeSubmission(ex, code, opts.grade));
  for (const { bundle, warnings, rubric } of inputs) {
    const candidate = bundle.submission.assessment.candidateName;
    try {
      const plan = opts.register ? planGrading(bundle, opts.register) : unverifiedPlan(bundle);
      const grades = new Map<string, GradeReport | null>();
      for (const p of plan.exercises.filter((x) => x.submitted)) {
        const ex = library.get(p.id);
        progress(`grading ${candidate}: ${p.id}`);
        grades.set(p.id, ex ? await grade(withIssuedLimits(ex, p), bundle.code[p.id]!) : null);
      }
      const gradeRecord = Object.assign(Object.create(null) as Record<string, GradeReport | null>, Object.fromEntries(grades));
      cards.push(buildScorecard({ bundle, warnings, library, grades: gradeRecord, requirements, rubric, similarity, plan }));
    } catch (e) {
      failures.push({ digest: bundle.digest, candidate, error: (e as Error).message });
    }
  }
  return { scorecards: cards, similarity, failures };
}
