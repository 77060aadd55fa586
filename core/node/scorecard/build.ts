// buildScorecard: one candidate's scorecard (assay.scorecard/1) from the submission bundle, the library it is
// graded against, the grade reports, the requirements map, the rubric and the similarity results.
import type { CompetencyScore, FileMap, Rubric, Scorecard, ScorecardExercise, SimilarityPair, SubmissionBundle } from '../../common/assessment.ts';
import type { Flag, GradeReport } from '../../common/results.ts';
import type { LoadedExercise } from '../library/load.ts';
import type { RequirementsFile } from '../library/requirements.ts';
import { exerciseContentHash } from '../assessment/library-version.ts';
import { exerciseCompetencies, roleCompetencies } from '../assessment/competencies.ts';
import { replayTo } from '../session/replay.ts';
import { diffStats, diffText } from '../session/line-diff.ts';
import { awayTime, idlePeriods, timeline } from '../session/timing.ts';
import { activityFlags, similarityFlags } from './flags.ts';
import { sessionFlags } from './session-flags.ts';
import { wallTimeUsed } from './wall-time.ts';
import { reviewFindings } from './review.ts';
import { unverifiedPlan, type GradingPlan, type PlannedExercise } from '../bundle/issued.ts';
import { rubricFor } from './rubric.ts';

export interface ScorecardInput {
  bundle: SubmissionBundle;
  /** Warnings readBundle returned. */
  warnings?: Flag[];
  /** Library exercises by id; an exercise missing here is reported as not graded. */
  library: Map<string, LoadedExercise>;
  grades: Record<string, GradeReport | null>;
  requirements: RequirementsFile;
  rubric?: Rubric | null;
  similarity?: SimilarityPair[];
  now?: Date;
  /** What was issued (core/node/bundle/issued.ts); without one the bundle's own claims are used and flagged. */
  plan?: GradingPlan;
}

const ownGrade = (grades: Record<string, GradeReport | null>, id: string) => (Object.hasOwn(grades, id) ? (grades[id] ?? null) : null);

function changedLines(starter: FileMap, final: FileMap) {
  let added = 0;
  let removed = 0;
  for (const path of Object.keys(final)) {
    const d = diffStats(diffText(Object.hasOwn(starter, path) ? starter[path] : undefined, final[path]!));
    added += d.added;
    removed += d.removed;
  }
  return { added, removed };
}

/** An issued exercise the bundle lacks: 0 points, in the denominator. */
function missingRow(input: ScorecardInput, p: PlannedExercise): ScorecardExercise {
  const ex = input.library.get(p.id);
  return {
    id: p.id,
    title: ex?.meta.title ?? p.id,
    language: ex?.meta.language ?? '',
    type: ex?.meta.type ?? '',
    difficulty: ex?.meta.difficulty ?? '',
    minutes: p.minutes ?? ex?.meta.minutes ?? 0,
    verdict: 'not_submitted',
    summary: 'issued but not in the bundle',
    score: 0,
    hidden: { passed: 0, total: 0 },
    visible: null,
    lastRun: null,
    timeSpentMs: 0,
    runs: 0,
    pastes: 0,
    diff: { added: 0, removed: 0 },
    libraryMatches: ex ? exerciseContentHash(ex.dir) === p.contentHash : false,
    flags: [{ code: 'exercise_not_submitted', severity: 'critical', message: `${p.id} was issued but is not in the bundle: it scores 0` }],
    review: null,
  };
}

function exerciseRow(input: ScorecardInput, id: string, planned: PlannedExercise): ScorecardExercise {
  const { bundle } = input;
  const sub = bundle.submission.exercises.find((e) => e.id === id)!;
  const ex = input.library.get(id);
  const grade = ex ? ownGrade(input.grades, id) : null;
  const final = bundle.code[id]!;
  const graded = grade?.tests.filter((t) => t.kind !== 'visible') ?? [];
  const visible = grade?.tests.filter((t) => t.kind === 'visible') ?? [];
  const last = bundle.results[id];
  const libraryMatches = ex ? exerciseContentHash(ex.dir) === planned.contentHash : false;
  const flags: Flag[] = [...(grade?.flags ?? [])];
  if (!ex) flags.push({ code: 'exercise_missing', severity: 'critical', message: `${id} is not in the library; it was not graded` });
  else if (!libraryMatches) {
    flags.push({ code: 'exercise_changed', severity: 'warning', message: `${id} changed in the library since the pack was made; grades use the current version` });
  }
  return {
    id,
    title: ex?.meta.title ?? bundle.submission.assessment.exercises.find((e) => e.id === id)!.title,
    language: ex?.meta.language ?? '',
    type: ex?.meta.type ?? '',
    difficulty: ex?.meta.difficulty ?? '',
    minutes: planned.minutes ?? ex?.meta.minutes ?? 0,
    verdict: grade?.verdict ?? 'not_graded',
    summary: grade?.summary ?? 'not graded',
    score: grade ? grade.score : null,
    hidden: { passed: graded.filter((t) => t.status === 'pass').length, total: graded.length },
    visible: grade ? { passed: visible.filter((t) => t.status === 'pass').length, total: visible.length } : null,
    lastRun: last ? { verdict: last.verdict, passed: last.tests.filter((t) => t.status === 'pass').length, total: last.tests.length } : null,
    timeSpentMs: sub.timeSpentMs,
    runs: bundle.activity.filter((e) => e.type === 'run' && e.exerciseId === id).length,
    pastes: bundle.activity.filter((e) => e.type === 'paste' && e.exerciseId === id).length,
    diff: changedLines(replayTo(bundle.snapshots[id]!, 0), final),
    libraryMatches,
    flags,
    review: ex ? reviewFindings(ex, final) : null,
  };
}

function competencyScores(input: ScorecardInput, exercises: ScorecardExercise[]): CompetencyScore[] {
  const { roleId } = input.bundle.submission.assessment;
  const metas = exercises.map((e) => ({ id: e.id, score: e.score, competencies: input.library.get(e.id)?.meta.competencies ?? [] }));
  const reqs = roleId ? roleCompetencies(input.requirements, roleId) : exerciseCompetencies(input.requirements, metas.flatMap((m) => m.competencies));
  return reqs.map((r) => {
    const assessedBy = metas.filter((m) => m.competencies.includes(r.id)).map((m) => ({ exerciseId: m.id, score: m.score }));
    const graded = assessedBy.filter((a) => a.score !== null).map((a) => a.score!);
    return { id: r.id, text: r.text, assessedBy, score: graded.length ? Math.round(graded.reduce((s, x) => s + x, 0) / graded.length) : null };
  });
}

export function buildScorecard(input: ScorecardInput): Scorecard {
  const { bundle } = input;
  const sub = bundle.submission;
  const plan = input.plan ?? unverifiedPlan(bundle);
  const exercises = plan.exercises.map((p) => (p.submitted ? exerciseRow(input, p.id, p) : missingRow(input, p)));
  const graded = exercises.filter((e) => e.score !== null);
  const weight = (e: ScorecardExercise) => e.minutes || 1;
  const totalWeight = graded.reduce((s, e) => s + weight(e), 0);
  const competencies = competencyScores(input, exercises);
  const pastes = bundle.activity.filter((e) => e.type === 'paste');
  const away = awayTime(bundle.activity, sub.submittedAt);
  return {
    schema: 'assay.scorecard/1',
    generatedAt: (input.now ?? new Date()).toISOString(),
    candidate: plan.record?.candidateName ?? sub.assessment.candidateName,
    bundleDigest: bundle.digest,
    assessment: {
      id: sub.assessment.id,
      title: sub.assessment.title,
      roleId: sub.assessment.roleId,
      roleTitle: sub.assessment.roleId ? (input.requirements.roles[sub.assessment.roleId]?.title ?? null) : null,
      timeLimitMinutes: plan.record?.timeLimitMinutes ?? sub.assessment.timeLimitMinutes,
      library: sub.assessment.library,
    },
    session: {
      startedAt: new Date(sub.startedAt).toISOString(),
      submittedAt: new Date(sub.submittedAt).toISOString(),
      submitReason: sub.submitReason,
      timeUsedMs: Math.max(0, Math.min(sub.submittedAt, sub.deadline, sub.startedAt + (plan.record?.timeLimitMinutes ?? Infinity) * 60_000) - sub.startedAt),
      wallTimeUsedMs: wallTimeUsed(bundle),
      appClosedMs: bundle.activity.reduce((s, e) => s + (e.type === 'app_closed' ? e.durationMs : 0), 0),
      idleMs: idlePeriods(bundle.activity, bundle.snapshots, sub.submittedAt).reduce((s, e) => s + e.durationMs, 0),
      focusLost: away.count,
      awayMs: away.ms,
      pastes: pastes.length,
      largestPasteChars: pastes.reduce((m, e) => Math.max(m, e.type === 'paste' ? e.chars : 0), 0),
      runs: bundle.activity.filter((e) => e.type === 'run').length,
    },
    overall: {
      score: totalWeight ? Math.round(graded.reduce((s, e) => s + e.score! * weight(e), 0) / totalWeight) : null,
      passed: exercises.filter((e) => e.verdict === 'passed').length,
      total: exercises.length,
    },
    exercises,
    competencies,
    rubric: rubricFor(competencies, input.rubric ?? null),
    flags: [...plan.flags, ...(input.warnings ?? []), ...sessionFlags(bundle), ...activityFlags(bundle), ...similarityFlags(bundle, input.similarity ?? [])],
    timeline: timeline(bundle.activity, bundle.snapshots, sub.submittedAt),
  };
}
