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

export interface ScoredInput {
  bundle: SubmissionBundle;
  warnings: Flag[];
  rubric: Rubric | null;
}

export interface ScoreOptions {
  onProgress?: (message: string) => void;
  grade?: GradeOptions;
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
): Promise<{ scorecards: Scorecard[]; similarity: SimilarityPair[] }> {
  const progress = opts.onProgress ?? (() => {});
  const requirements = loadRequirements(libraryDir);
  const library = libraryFor(libraryDir, inputs.flatMap((i) => i.bundle.submission.exercises.map((e) => e.id)));
  const similarity = compareSubmissions(similarityInputs(inputs.map((i) => i.bundle)));
  const cards: Scorecard[] = [];
  for (const { bundle, warnings, rubric } of inputs) {
    const grades: Record<string, GradeReport | null> = {};
    for (const { id } of bundle.submission.exercises) {
      const ex = library.get(id);
      progress(`grading ${bundle.submission.assessment.candidateName}: ${id}`);
      grades[id] = ex ? await gradeSubmission(ex, bundle.code[id]!, opts.grade) : null;
    }
    cards.push(buildScorecard({ bundle, warnings, library, grades, requirements, rubric, similarity }));
  }
  return { scorecards: cards, similarity };
}
