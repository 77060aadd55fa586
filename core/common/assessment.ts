// Plain-data types of the assessment lifecycle: what the interviewer builds, what the candidate's pack holds, the
// candidate's session, the submission bundle, the rubric and the scorecard. Everything here is JSON-safe and carries
// a versioned `schema` string where it is written to disk. Times are epoch milliseconds unless named `…At` strings.
// File formats: docs/assessment-files.md.
import type { ExerciseMeta } from './exercise.ts';
import type { Flag, RunReport, Verdict } from './results.ts';

export type FileMap = Record<string, string>;

/** Which library a pack was made from: the git commit when the library sits in a git checkout, always a hash. */
export interface LibraryVersion {
  /** `git rev-parse HEAD` of the checkout holding the library, or null outside git. */
  commit: string | null;
  /** True when the library has uncommitted changes, so the commit alone does not describe it. */
  dirty: boolean;
  /** SHA-256 over every file of the library directory (path and content hash, in path order; dot-entries skipped). */
  hash: string;
}

export interface AssessmentExercise {
  id: string;
  title: string;
  /** SHA-256 over the exercise's whole directory in the library (hidden material included): grading checks it. */
  contentHash: string;
}

export interface Assessment {
  schema: 'assay.assessment/1';
  id: string;
  title: string;
  candidateName: string;
  /** Role profile the exercises were picked for (a key of requirements.json `roles`), or null when hand-picked. */
  roleId: string | null;
  timeLimitMinutes: number;
  createdAt: string;
  library: LibraryVersion;
  /** Candidate-facing order. */
  exercises: AssessmentExercise[];
  /** Markdown the candidate reads before pressing Start. */
  instructions: string;
}

/** One exercise as packed for the candidate: metadata, prompt, starter and visible tests. Nothing hidden. */
export interface PackExercise {
  meta: ExerciseMeta;
  prompt: string;
  starter: FileMap;
  visible: FileMap;
}

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

/** The manifest of an Assay container file (a pack or a submission bundle). */
export interface ContainerManifest<F extends string = string> {
  format: F;
  createdAt: string;
  tool: string;
  entries: ManifestEntry[];
}

export type PackManifest = ContainerManifest<'assay.pack/1'>;
export type BundleManifest = ContainerManifest<'assay.submission/1'>;

export interface Pack {
  /** SHA-256 of the canonical manifest: identifies the pack. */
  digest: string;
  manifest: PackManifest;
  assessment: Assessment;
  exercises: PackExercise[];
}

export type SubmitReason = 'manual' | 'expired';

export interface SessionState {
  schema: 'assay.session/1';
  sessionId: string;
  packDigest: string;
  status: 'active' | 'submitted';
  startedAt: number;
  /** Absolute, in session time (startedAt + established elapsed; docs/assessment-files.md "The clock"): it runs
   *  on while the app is closed and cannot be moved by setting the computer's clock. */
  deadline: number;
  /** Last moment the app was known alive (every write and heartbeat); a crash gap is measured from here. */
  lastSeenAt: number;
  activeExerciseId: string;
  submittedAt: number | null;
  submitReason: SubmitReason | null;
}

export interface RunSummary {
  verdict: Verdict;
  passed: number;
  failed: number;
  total: number;
  summary: string;
  durationMs: number;
}

export type ActivityEvent =
  | { type: 'session_started'; t: number; deadline: number }
  | { type: 'exercise_opened'; t: number; exerciseId: string }
  | ({ type: 'run'; t: number; exerciseId: string } & RunSummary)
  | { type: 'paste'; t: number; exerciseId: string; file: string; chars: number; lines: number }
  | { type: 'focus_lost'; t: number }
  | { type: 'focus_returned'; t: number; awayMs: number }
  /** Written on reopen after the app died or was closed: `t` is the reopen time, `from` the last sign of life. */
  | { type: 'app_closed'; t: number; from: number; durationMs: number }
  /** Derived from gaps in activity when a timeline is built; never stored. */
  | { type: 'idle'; t: number; durationMs: number; exerciseId: string }
  /** `wall`: the computer's clock at submission, for the wall-clock view of time used (absent in older logs). */
  | { type: 'submitted'; t: number; reason: SubmitReason; wall?: number }
  /** The pack was opened again on this machine (app restart or pack reopened): same session, same clock. */
  | { type: 'session_resumed'; t: number; after: 'closed' | 'submitted' }
  /** Clock evidence (core/node/session/time-findings.ts): `deltaMs` is its size, `wall` the computer's clock then. */
  | { type: 'clock'; t: number; kind: ClockEventKind; deltaMs: number; during: 'running' | 'closed'; wall: number };

/**
 * wall_back / wall_forward: the wall clock moved against the monotonic or boot clock; wall_before_last_seen: on
 * reopen the wall clock read earlier than the last sign of life; reboot: the machine restarted during the session
 * (the closed gap is unknown); timezone: the time zone changed; suspend: the machine slept while the app ran.
 */
export type ClockEventKind = 'wall_back' | 'wall_forward' | 'wall_before_last_seen' | 'reboot' | 'timezone' | 'suspend';

export type ActivityType = ActivityEvent['type'];

/**
 * A line diff: numbers >= 1 keep that many lines, numbers <= -1 delete that many, string arrays insert lines.
 * Files are split on "\n", so joining the lines with "\n" restores the exact text.
 */
export type LineDiff = (number | string[])[];

/** One replay step of one exercise: the diff of each changed editable file against the previous step. */
export interface Snapshot {
  i: number;
  t: number;
  changes: Record<string, LineDiff>;
}

export interface EnvironmentInfo {
  app: string;
  platform: string;
  release: string;
  arch: string;
  node: string;
  toolchains: { language: string; version: string | null }[];
}

export interface SubmissionExercise {
  id: string;
  contentHash: string;
  editable: string[];
  timeSpentMs: number;
}

/** submission.json inside a bundle. */
export interface SubmissionInfo {
  schema: 'assay.submission-info/1';
  sessionId: string;
  packDigest: string;
  assessment: Assessment;
  startedAt: number;
  deadline: number;
  submittedAt: number;
  submitReason: SubmitReason;
  exercises: SubmissionExercise[];
  environment: EnvironmentInfo;
}

export interface SubmissionBundle {
  digest: string;
  manifest: BundleManifest;
  submission: SubmissionInfo;
  /** Final editable files per exercise id. */
  code: Record<string, FileMap>;
  activity: ActivityEvent[];
  snapshots: Record<string, Snapshot[]>;
  /** The candidate's last visible run per exercise, or null when they never ran the tests. */
  results: Record<string, RunReport | null>;
}

export interface SimilarityRegion {
  a: { file: string; startLine: number; endLine: number };
  b: { file: string; startLine: number; endLine: number };
  /** Shared fingerprints inside the region: a measure of its weight. */
  fingerprints: number;
}

/** Two submissions of the same exercise compared by token winnowing. */
export interface SimilarityPair {
  exerciseId: string;
  a: { id: string; label: string };
  b: { id: string; label: string };
  /** Jaccard index of the two fingerprint sets (starter code excluded), 0..1. */
  score: number;
  flagged: boolean;
  regions: SimilarityRegion[];
}

export const RATINGS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  strong_no: 'Strong No',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong Yes',
};

export interface RubricRow {
  competencyId: string;
  text: string;
  rating: Rating | null;
  notes: string;
}

/** The interviewer's judgement of one candidate: one row per competency of the role. */
export interface Rubric {
  schema: 'assay.rubric/1';
  reviewer: string;
  rows: RubricRow[];
  recommendation: Rating | null;
  notes: string;
}

/** A seeded defect of a review exercise next to the candidate's comments on its lines. */
export interface ReviewFinding {
  defectId: string;
  category: string;
  description: string;
  lines: [number, number];
  found: boolean;
  comments: { line: number; body: string }[];
  /** The row of comments that match no seeded defect (they cost points); absent on defect rows. */
  unmatched?: boolean;
}

export interface ScorecardExercise {
  id: string;
  title: string;
  language: string;
  type: string;
  difficulty: string;
  minutes: number;
  /** not_submitted: issued but missing from the bundle (scores 0). */
  verdict: Verdict | 'not_graded' | 'not_submitted';
  summary: string;
  /** 0-100, null when not graded. */
  score: number | null;
  hidden: { passed: number; total: number };
  /** Visible tests as the grader ran them, null when not graded. */
  visible: { passed: number; total: number } | null;
  /** The candidate's own last run of the visible tests, null when they never ran them. */
  lastRun: { verdict: Verdict; passed: number; total: number } | null;
  timeSpentMs: number;
  runs: number;
  pastes: number;
  diff: { added: number; removed: number };
  /** False when the library's exercise differs from the one the pack was made from. */
  libraryMatches: boolean;
  flags: Flag[];
  review: ReviewFinding[] | null;
}

export interface CompetencyScore {
  id: string;
  text: string;
  assessedBy: { exerciseId: string; score: number | null }[];
  /** Mean of the graded exercises assessing it, null when none is graded. */
  score: number | null;
}

export interface Scorecard {
  schema: 'assay.scorecard/1';
  generatedAt: string;
  candidate: string;
  bundleDigest: string;
  assessment: {
    id: string;
    title: string;
    roleId: string | null;
    roleTitle: string | null;
    timeLimitMinutes: number;
    library: LibraryVersion;
  };
  session: {
    startedAt: string;
    submittedAt: string;
    submitReason: SubmitReason;
    timeUsedMs: number;
    /** The computer's clock's view of time used (submission minus start), when it disagrees with timeUsedMs. */
    wallTimeUsedMs?: number | null;
    appClosedMs: number;
    idleMs: number;
    focusLost: number;
    awayMs: number;
    pastes: number;
    largestPasteChars: number;
    runs: number;
  };
  overall: { score: number | null; passed: number; total: number };
  exercises: ScorecardExercise[];
  competencies: CompetencyScore[];
  rubric: Rubric;
  flags: Flag[];
  /** The activity log with derived idle periods, in time order. */
  timeline: ActivityEvent[];
}
