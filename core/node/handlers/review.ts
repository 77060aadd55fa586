// The interviewer's review of imported submissions: scorecards built from the stored grades and rubric (grading
// itself: ./review-grading.ts), the dashboard (a row per candidate, flagged similar pairs), one candidate's
// detail (final code against the starter, graded tests, snapshot times), replay steps and rubric saves.
import type { Rubric, Scorecard, SimilarityPair } from '../../common/assessment.ts';
import type { CandidateDetail, CandidateRow, Dashboard, SubmissionRef } from '../../common/lifecycle.ts';
import type { Flag } from '../../common/results.ts';
import { planGrading, type GradingPlan } from '../bundle/issued.ts';
import { submissionFlags } from '../scorecard/session-flags.ts';
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
  /** The grading plan of one bundle: what was issued for its pack (throws IssueRejected with the reason). */
  plan(r: ReadBundleResult): GradingPlan {
    return planGrading(r.bundle, this.store.register);
  }

  /**
   * Scorecards of the given bundles, with the similarity check run across every imported submission. Each bundle
   * on its own: one that cannot be scored lands in `failures` with its message, the others complete.
   */
  scorecards(only?: (r: ReadBundleResult) => boolean): { cards: Scorecard[]; similarity: SimilarityPair[]; failures: Map<string, string> } {
    const all = this.store.bundles();
    let similarity: SimilarityPair[] = [];
    try {
      similarity = compareSubmissions(similarityInputs(all.map((r) => r.bundle)));
    } catch {
      // similarity is advisory; a failure here must not take the scorecards with it
    }
    const chosen = only ? all.filter(only) : all;
    const requirements = loadRequirements(this.#libraryDir);
    const library = libraryFor(this.#libraryDir, chosen.flatMap((r) => r.bundle.submission.exercises.map((e) => e.id)));
    const siblings = groupByPack(all);
    const cards: Scorecard[] = [];
    const failures = new Map<string, string>();
    for (const r of chosen) {
      const { bundle, warnings } = r;
      try {
        const same = siblings.get(bundle.submission.assessment.id) ?? [r];
        cards.push(
          buildScorecard({
            bundle,
            warnings: [...warnings, ...submissionFlags(same.map((x) => x.bundle))],
            library,
            grades: this.store.grades(bundle.digest)?.grades ?? Object.create(null),
            requirements,
            rubric: this.store.rubric(bundle.digest),
            similarity,
            plan: this.plan(r),
          }),
        );
      } catch (e) {
        failures.set(bundle.digest, (e as Error).message);
      }
    }
    return { cards, similarity, failures };
  }

  scorecard(digest: string): Scorecard {
    this.store.bundle(digest);
    const { cards, failures } = this.scorecards((r) => r.bundle.digest === digest);
    if (!cards[0]) throw new Error(failures.get(digest) ?? `no scorecard for ${digest.slice(0, 12)}`);
    return cards[0];
  }

  /** One row per issued pack (its candidate), every submission for it listed; the latest submission is shown. */
  dashboard(): Dashboard {
    const all = this.store.bundles();
    const { cards, similarity, failures } = this.scorecards();
    const byDigest = new Map(cards.map((c) => [c.bundleDigest, c]));
    const archived = this.store.archived();
    const rows: CandidateRow[] = [];
    for (const [packId, group] of groupByPack(all)) {
      const latest = group.at(-1)!;
      const submissions: SubmissionRef[] = group.map(({ bundle: b }) => ({
        digest: b.digest,
        sessionId: b.submission.sessionId,
        submittedAt: new Date(b.submission.submittedAt).toISOString(),
        submitReason: b.submission.submitReason,
      }));
      const card = byDigest.get(latest.bundle.digest);
      const entry = this.store.register.get(packId);
      const base = { packId, submissions, archived: archived.has(packId), origin: entry?.origin ?? ('unverified' as const) };
      rows.push(card ? { ...this.#row(card), ...base, error: null } : { ...errorRow(latest, failures.get(latest.bundle.digest) ?? 'could not be scored'), ...base });
    }
    return { rows, similar: similarity.filter((p) => p.flagged), unreadable: this.store.unreadable };
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

  #row(c: Scorecard): Omit<CandidateRow, 'packId' | 'submissions' | 'archived' | 'origin' | 'error'> {
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

/** Bundles per pack id (Map: ids are the candidate's), oldest submission first. */
export function groupByPack(all: ReadBundleResult[]): Map<string, ReadBundleResult[]> {
  const out = new Map<string, ReadBundleResult[]>();
  for (const r of all) {
    const id = r.bundle.submission.assessment.id;
    const list = out.get(id) ?? [];
    list.push(r);
    out.set(id, list);
  }
  // oldest first; the same session bundled again (reopened after submitting) sorts by its latest activity
  const last = (r: ReadBundleResult) => r.bundle.activity.reduce((m, e) => Math.max(m, e.t), 0);
  for (const list of out.values()) {
    list.sort((a, b) => a.bundle.submission.submittedAt - b.bundle.submission.submittedAt || last(a) - last(b) || a.bundle.activity.length - b.bundle.activity.length);
  }
  return out;
}

function errorRow(r: ReadBundleResult, error: string): Omit<CandidateRow, 'packId' | 'submissions' | 'archived' | 'origin'> {
  const s = r.bundle.submission;
  const flag: Flag = { code: 'not_scored', severity: 'critical', message: error };
  return {
    digest: r.bundle.digest,
    candidate: s.assessment.candidateName,
    assessmentId: s.assessment.id,
    assessmentTitle: s.assessment.title,
    submittedAt: new Date(s.submittedAt).toISOString(),
    submitReason: s.submitReason,
    timeUsedMs: 0,
    gradedAt: null,
    score: null,
    recommendation: null,
    exercises: [],
    competencies: [],
    flags: [flag],
    error,
  };
}
