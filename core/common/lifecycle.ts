// Plain-data shapes of the assessment lifecycle as they cross the IPC bridge (responses of the candidate-session
// and interviewer methods of contract.ts). Files travel as base64 strings; the renderer saves them as downloads.
import type { FileMap, Rating, Scorecard, SimilarityPair, SimilarityRegion, SubmitReason } from './assessment.ts';
import type { ExerciseSummary } from './exercise.ts';
import type { PackWithdrawal } from './issue.ts';
import type { Flag, TestResult } from './results.ts';

/** A file handed to the renderer to save (Blob download; Electron shows a save dialog). */
export interface FilePayload {
  fileName: string;
  mime: string;
  /** base64 of the bytes. */
  data: string;
}

/**
 * savePacks: 'saved' (every pack written into `folder`, under the names in `saved`), 'cancelled' (the folder dialog
 * was closed: nothing saved, nothing else to do) or 'unavailable' (no folder dialog here, as in the browser harness:
 * save each pack as a download instead).
 */
export interface SavePacksResult {
  status: 'saved' | 'cancelled' | 'unavailable';
  folder: string | null;
  saved: { assessmentId: string; fileName: string }[];
}

/** What a candidate sees of a pack before pressing Start. */
export interface PackPreview {
  digest: string;
  title: string;
  candidateName: string;
  timeLimitMinutes: number;
  instructions: string;
  exercises: Pick<ExerciseSummary, 'id' | 'title' | 'language' | 'type' | 'difficulty' | 'minutes'>[];
}

export interface SessionClock {
  status: 'active' | 'submitted';
  startedAt: number;
  deadline: number;
  /** The main process's clock when this was produced: the renderer counts down from it, not from its own clock. */
  serverNow: number;
  remainingMs: number;
  activeExerciseId: string;
  /** Time on each exercise while the app was open. */
  timeSpentMs: Record<string, number>;
  submittedAt: number | null;
  submitReason: SubmitReason | null;
}

/** The candidate side: no pack, a pack opened but not started, a running session, or a submitted one. */
export type CandidateStatus =
  | { phase: 'none' }
  | { phase: 'ready'; pack: PackPreview }
  | { phase: 'active' | 'submitted'; pack: PackPreview; clock: SessionClock };

export interface CoverageRowView {
  requirement: string;
  text: string;
  assessable: boolean;
  reason?: string;
  inAssessment: string[];
  inLibrary: string[];
}

export interface ProfileView {
  id: string;
  role: string;
  title: string;
  language: 'go' | 'ruby';
  minutes: number;
  exercises: string[];
  coverage: CoverageRowView[];
}

/** The interviewer's library: exercises, roles, role profiles with their coverage matrices. */
export interface Catalog {
  exercises: ExerciseSummary[];
  roles: { id: string; title: string; language: string }[];
  profiles: ProfileView[];
  library: { dir: string; commit: string | null; dirty: boolean };
  /** Exercise folders that do not load, with why; they are left out of everything else. */
  problems?: { dir: string; error: string }[];
}

export interface AssessmentItem {
  id: string;
  /** The assessment this pack was issued for: shared by every candidate issued together; the pack's own id otherwise. */
  groupId: string;
  /** The candidate's email when the list gave one (kept by this interviewer only, never in the pack). */
  email: string | null;
  title: string;
  candidateName: string;
  roleId: string | null;
  timeLimitMinutes: number;
  createdAt: string;
  exercises: { id: string; title: string }[];
  fileName: string;
  /** Imported submissions of this assessment. */
  submissions: number;
  /** Set when the pack was withdrawn in the register (its bundles grade with the critical flag pack_withdrawn). */
  withdrawn?: PackWithdrawal | null;
}

export type ImportOutcome =
  | { fileName: string; ok: true; digest: string; candidate: string; duplicate: boolean; warnings: Flag[] }
  | { fileName: string; ok: false; code: string; error: string };

/** One submission (bundle) of an issued pack; a pack submitted twice lists both. */
export interface SubmissionRef {
  digest: string;
  sessionId: string;
  submittedAt: string;
  submitReason: SubmitReason;
}

/** One row of the dashboard: one issued pack (its candidate), with every submission for it; the latest is shown. */
export interface CandidateRow {
  /** The latest submission: what the row's scores and flags describe. */
  digest: string;
  packId: string;
  /** Every imported bundle for this pack, oldest first. */
  submissions: SubmissionRef[];
  archived: boolean;
  /** Where the pack's record came from: this register, an imported one, or none (cannot be graded). */
  origin: 'this_register' | 'imported' | 'unverified';
  /** Why this row could not be scored (e.g. an exercise that was not issued); the other rows are unaffected. */
  error: string | null;
  candidate: string;
  assessmentId: string;
  assessmentTitle: string;
  submittedAt: string;
  submitReason: SubmitReason;
  timeUsedMs: number;
  gradedAt: string | null;
  score: number | null;
  recommendation: Rating | null;
  exercises: { id: string; title: string; score: number | null; verdict: string }[];
  competencies: { id: string; text: string; score: number | null }[];
  flags: Flag[];
}

export interface Dashboard {
  rows: CandidateRow[];
  /** Stored submissions that no longer read (damaged on disk): each with its error; the other rows are unaffected. */
  unreadable?: { file: string; error: string }[];
  /** Pairs at or above the similarity threshold. */
  similar: SimilarityPair[];
}

export interface ExerciseDetail {
  id: string;
  language: 'go' | 'ruby' | '';
  /** The editable files as the pack gave them (snapshot 0) and as submitted. */
  starter: FileMap;
  final: FileMap;
  /** Graded tests (visible, hidden, budget); empty when not graded. */
  tests: TestResult[];
  snapshots: { i: number; t: number }[];
}

export interface CandidateDetail {
  digest: string;
  gradedAt: string | null;
  scorecard: Scorecard;
  exercises: ExerciseDetail[];
}

/** Grading runs in the background; the renderer polls this for its progress bar. */
export interface GradingStatus {
  running: boolean;
  /** Exercises graded so far, of `total` in this job. */
  done: number;
  total: number;
  /** What is being graded now, e.g. "Ada Lovelace: go-log-sections". */
  current: string | null;
  /** Submissions of the current (or last) job. */
  digests: string[];
  failed: string[];
  finishedAt: string | null;
}

/** Two versions of one exercise's code side by side (two candidates, or a candidate and the reference). */
export interface CodeComparison {
  exerciseId: string;
  a: { label: string; files: FileMap };
  b: { label: string; files: FileMap; reference: boolean };
  /** Jaccard index of the fingerprints (starter code excluded), 0..1. */
  score: number;
  regions: SimilarityRegion[];
}
