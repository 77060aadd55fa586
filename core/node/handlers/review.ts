// The interviewer's review of imported submissions: scorecards built from the stored grades and rubric (grading
// itself: ./review-grading.ts), the dashboard (a row per candidate, flagged similar pairs), one candidate's
// detail (final code against the starter, graded tests, snapshot times), replay steps and rubric saves.
import type { Rubric, Scorecard, SimilarityPair } from '../../common/assessment.ts';
import type { CandidateDetail, CandidateRow, Dashboard } from '../../common/lifecycle.ts';
import { loadRequirements } from '../library/requirements.ts';
import { buildScorecard } from '../scorecard/build.ts';
import { libraryFor } from '../scorecard/score-bundles.ts';
import { compareSubmissions } from '../similarity/compare.ts';
import { similarityInputs } from '../similarity/from-bundles.ts';
import { replayTo } from '../session/replay.ts';
import type { ReadBundleResult } from '../bundle/read.ts';
import type { ReviewStore } from './review-store.ts';

export class Review {
  readonly store: ReviewStore;
  readonly #libraryDir: string;

  constructor(store: ReviewStore, libraryDir: string) {
    this.store = store;
    this.#libraryDir = libraryDir;
  }

  /** Scorecards of the given bundles, with the similarity check run across every imported submission. */
  scorecards(only?: (r: ReadBundleResult) => boolean): { cards: Scorecard[]; similarity: SimilarityPair[] } {
    const all = this.store.bundles();
    const similarity = compareSubmissions(similarityInputs(all.map((r) => r.bundle)));
    const chosen = only ? all.filter(only) : all;
    const requirements = loadRequirements(this.#libraryDir);
    const library = libraryFor(this.#libraryDir, chosen.flatMap((r) => r.bundle.submission.exercises.map((e) => e.id)));
    const cards = chosen.map(({ bundle, warnings }) =>
      buildScorecard({
        bundle,
        warnings,
        library,
        grades: this.store.grades(bundle.digest)?.grades ?? {},
        requirements,
        rubric: this.store.rubric(bundle.digest),
        similarity,
      }),
    );
    return { cards, similarity };
  }

  scorecard(digest: string): Scorecard {
    this.store.bundle(digest);
    return this.scorecards((r) => r.bundle.digest === digest).cards[0]!;
  }

  dashboard(): Dashboard {
    const { cards, similarity } = this.scorecards();
    return { rows: cards.map((c) => this.#row(c)), similar: similarity.filter((p) => p.flagged) };
  }

  /** Imported submissions per assessment id. */
  submissionsByAssessment(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { bundle } of this.store.bundles()) {
      const id = bundle.submission.assessment.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  detail(digest: string): CandidateDetail {
    const { bundle } = this.store.bundle(digest);
    const stored = this.store.grades(digest);
    const scorecard = this.scorecard(digest);
    return {
      digest,
      gradedAt: stored?.gradedAt ?? null,
      scorecard,
      exercises: bundle.submission.exercises.map(({ id }) => {
        const snaps = bundle.snapshots[id]!;
        const language = scorecard.exercises.find((e) => e.id === id)?.language;
        return {
          id,
          language: language === 'go' || language === 'ruby' ? language : '',
          starter: replayTo(snaps, 0),
          final: bundle.code[id]!,
          tests: stored?.grades[id]?.tests ?? [],
          snapshots: snaps.map((s) => ({ i: s.i, t: s.t })),
        };
      }),
    };
  }

  replay(digest: string, exerciseId: string, i: number) {
    const snaps = this.store.bundle(digest).bundle.snapshots[exerciseId];
    if (!snaps) throw new Error(`the submission has no exercise ${exerciseId}`);
    if (i >= snaps.length) throw new Error(`snapshot ${i} out of range 0..${snaps.length - 1}`);
    return { i, t: snaps[i]!.t, files: replayTo(snaps, i) };
  }

  saveRubric(digest: string, rubric: Rubric): { savedAt: string } {
    return { savedAt: this.store.saveRubric(digest, rubric) };
  }

  #row(c: Scorecard): CandidateRow {
    const gradedAt = this.store.grades(c.bundleDigest)?.gradedAt ?? null;
    return {
      digest: c.bundleDigest,
      candidate: c.candidate,
      assessmentId: c.assessment.id,
      assessmentTitle: c.assessment.title,
      submittedAt: c.session.submittedAt,
      submitReason: c.session.submitReason,
      timeUsedMs: c.session.timeUsedMs,
      gradedAt,
      score: c.overall.score,
      recommendation: c.rubric.recommendation,
      exercises: c.exercises.map((e) => ({ id: e.id, title: e.title, score: e.score, verdict: e.verdict })),
      competencies: c.competencies.map((k) => ({ id: k.id, text: k.text, score: k.score })),
      flags: [...c.flags, ...c.exercises.flatMap((e) => e.flags)],
    };
  }
}
