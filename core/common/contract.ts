// The one typed IPC contract shared by Electron main, the preload, the browser harness and the renderer.
// Each method names its channel and a zod schema for its request; main validates every request with it.
// The preload exposes exactly these methods (plus event subscriptions) as named functions: no generic send.
import { z } from 'zod';
import type { ExerciseSummary, ExerciseView } from './exercise.ts';
import type { RunEvent, RunReport, Isolation } from './results.ts';
import type { AssessmentItem, CandidateDetail, CandidateStatus, Catalog, CodeComparison, Dashboard, FilePayload, GradingStatus, ImportOutcome, SavePacksResult } from './lifecycle.ts';
import type { PackWithdrawal } from './issue.ts';
import { RATINGS, type FileMap as AssessmentFiles, type LibraryVersion } from './assessment.ts';
import { buildApi, channels, type Invoke, type Method, type Subscribe } from './channels.ts';

export { channels, events, channelToMethod, type Method, type EventName, type Invoke, type Subscribe } from './channels.ts';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, 'not an exercise id');
const RunId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not a run id');
/** Relative file path inside a workspace: no absolute paths, no `..`, no backslashes. */
export const RelPath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9_./-]+$/, 'not a safe relative path');
const MAX_FILE = 512 * 1024;
export const FileMap = z
  .record(RelPath, z.string().max(MAX_FILE, 'file too large (512 KiB max)'))
  .refine((m) => Object.keys(m).length <= 50, 'too many files');

/** A file's bytes as base64: packs are capped at 16 MiB, so 22 MiB of base64 (the harness bridge takes 32 MiB). */
const Base64 = z.string().max(22 * 1024 * 1024, 'file too large').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
const Upload = z.object({ fileName: z.string().min(1).max(255), data: Base64 }).strict();
const Digest = z.string().regex(/^[0-9a-f]{64}$/, 'not a digest');
const AssessmentId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'not an assessment id');
const Rating = z.enum(RATINGS).nullable();
/** An absolute folder path (POSIX or Windows drive), no NUL bytes. */
const FolderPath = z
  .string()
  .max(1024, 'path too long')
  .regex(/^(?:\/|[A-Za-z]:[\\/])[^\0]*$/, 'not an absolute folder path');
const RubricInput = z
  .object({
    schema: z.literal('assay.rubric/1'),
    reviewer: z.string().max(200),
    rows: z
      .array(z.object({ competencyId: z.string().max(100), text: z.string().max(2000), rating: Rating, notes: z.string().max(20_000) }).strict())
      .max(100),
    recommendation: Rating,
    notes: z.string().max(100_000),
  })
  .strict();

export const methods = {
  listExercises: { channel: channels.listExercises, request: z.object({}).strict() },
  openExercise: { channel: channels.openExercise, request: z.object({ id: Id }).strict() },
  loadWorkspace: { channel: channels.loadWorkspace, request: z.object({ exerciseId: Id }).strict() },
  saveWorkspace: { channel: channels.saveWorkspace, request: z.object({ exerciseId: Id, files: FileMap }).strict() },
  resetWorkspace: { channel: channels.resetWorkspace, request: z.object({ exerciseId: Id }).strict() },
  runTests: { channel: channels.runTests, request: z.object({ runId: RunId, exerciseId: Id, files: FileMap }).strict() },
  cancelRun: { channel: channels.cancelRun, request: z.object({ runId: RunId }).strict() },
  environment: { channel: channels.environment, request: z.object({}).strict() },

  // Candidate mode: the assessment session. While a session exists, the workspace methods above address the
  // pack's exercises (Run = the pack's visible tests, saves = session edits) instead of the library.
  candidateStatus: { channel: channels.candidateStatus, request: z.object({}).strict() },
  openPack: { channel: channels.openPack, request: Upload },
  discardPack: { channel: channels.discardPack, request: z.object({}).strict() },
  startSession: { channel: channels.startSession, request: z.object({ digest: Digest }).strict() },
  switchExercise: { channel: channels.switchExercise, request: z.object({ exerciseId: Id }).strict() },
  recordPaste: {
    channel: channels.recordPaste,
    request: z.object({ exerciseId: Id, file: RelPath, text: z.string().max(MAX_FILE, 'paste too large') }).strict(),
  },
  recordFocus: { channel: channels.recordFocus, request: z.object({ focused: z.boolean() }).strict() },
  heartbeat: { channel: channels.heartbeat, request: z.object({}).strict() },
  submitSession: { channel: channels.submitSession, request: z.object({}).strict() },
  downloadSubmission: { channel: channels.downloadSubmission, request: z.object({}).strict() },
  finishSession: { channel: channels.finishSession, request: z.object({}).strict() },

  // Interviewer mode: assessments, submissions, grading, review, scorecards.
  catalog: { channel: channels.catalog, request: z.object({}).strict() },
  exportPack: {
    channel: channels.exportPack,
    request: z
      .object({
        title: z.string().trim().min(1).max(200).optional(),
        candidateName: z.string().trim().min(1, 'the candidate name is required').max(200),
        timeLimitMinutes: z.number().int().min(1).max(24 * 60),
        exerciseIds: z.array(Id).min(1).max(50).optional(),
        profileId: z.string().max(64).optional(),
      })
      .strict()
      .refine((r) => r.exerciseIds || r.profileId, 'choose exercises or a role profile'),
  },
  /** One assessment (title, exercises, time limit) issued as a personal pack to each of many candidates. */
  issuePacks: {
    channel: channels.issuePacks,
    request: z
      .object({
        title: z.string().trim().min(1).max(200).optional(),
        timeLimitMinutes: z.number().int().min(1).max(24 * 60),
        exerciseIds: z.array(Id).min(1).max(50).optional(),
        profileId: z.string().max(64).optional(),
        candidates: z
          .array(z.object({ name: z.string().trim().min(1, 'a candidate name is empty').max(200), email: z.string().trim().max(200).optional() }).strict())
          .min(1, 'add at least one candidate')
          .max(500),
      })
      .strict()
      .refine((r) => r.exerciseIds || r.profileId, 'choose exercises or a role profile')
      .refine((r) => new Set(r.candidates.map((c) => c.name.trim().toLowerCase())).size === r.candidates.length, 'a candidate is listed twice'),
  },
  listAssessments: { channel: channels.listAssessments, request: z.object({}).strict() },
  downloadPack: { channel: channels.downloadPack, request: z.object({ assessmentId: AssessmentId }).strict() },
  /** Many packs at once into one folder chosen in a native dialog (Electron); elsewhere answers 'unavailable'. */
  savePacks: { channel: channels.savePacks, request: z.object({ assessmentIds: z.array(AssessmentId).min(1).max(500) }).strict() },
  importBundle: { channel: channels.importBundle, request: Upload },
  dashboard: { channel: channels.dashboard, request: z.object({}).strict() },
  gradeCandidates: { channel: channels.gradeCandidates, request: z.object({ digests: z.array(Digest).min(1).max(500) }).strict() },
  gradingStatus: { channel: channels.gradingStatus, request: z.object({}).strict() },
  candidateDetail: { channel: channels.candidateDetail, request: z.object({ digest: Digest }).strict() },
  replaySnapshot: {
    channel: channels.replaySnapshot,
    request: z.object({ digest: Digest, exerciseId: Id, i: z.number().int().min(0) }).strict(),
  },
  saveRubric: { channel: channels.saveRubric, request: z.object({ digest: Digest, rubric: RubricInput }).strict() },
  exportScorecard: {
    channel: channels.exportScorecard,
    request: z.object({ digest: Digest, format: z.enum(['pdf', 'html', 'md', 'json']) }).strict(),
  },
  exportCsv: { channel: channels.exportCsv, request: z.object({ assessmentId: AssessmentId }).strict() },
  /** A candidate row is one issued pack: archive (hide) or delete it with every submission, grade and rubric. */
  archiveCandidate: { channel: channels.archiveCandidate, request: z.object({ packId: AssessmentId, archived: z.boolean() }).strict() },
  deleteCandidate: { channel: channels.deleteCandidate, request: z.object({ packId: AssessmentId }).strict() },
  /** The register of issued packs: export one record for another interviewer, import theirs. */
  exportPackRecord: { channel: channels.exportPackRecord, request: z.object({ assessmentId: AssessmentId }).strict() },
  importPackRecord: { channel: channels.importPackRecord, request: Upload },
  /** Withdraws an issued pack (reason: the interviewer's text) or, withdrawn false, reinstates it. */
  withdrawPack: {
    channel: channels.withdrawPack,
    request: z.object({ packId: AssessmentId, withdrawn: z.boolean(), reason: z.string().max(500).optional() }).strict(),
  },
  /** A group of candidates (an assessment, or the dashboard's current filter) as CSV / JSON rows or a PDF summary. */
  exportCandidates: {
    channel: channels.exportCandidates,
    request: z.object({ digests: z.array(Digest).min(1).max(2000), format: z.enum(['csv', 'json', 'pdf']) }).strict(),
  },
  /** Side by side: candidate `a`'s final code for an exercise against candidate `b`'s, or the reference (b: null). */
  compareCode: {
    channel: channels.compareCode,
    request: z.object({ exerciseId: Id, a: Digest, b: Digest.nullable() }).strict(),
  },

  // Settings: which exercise library this app uses, persisted; a full one (hidden/ + reference/) means interviewer mode.
  librarySetting: { channel: channels.librarySetting, request: z.object({}).strict() },
  setLibrary: { channel: channels.setLibrary, request: z.object({ path: FolderPath }).strict() },
  clearLibrary: { channel: channels.clearLibrary, request: z.object({}).strict() },
  /** The native folder dialog (Electron only; elsewhere answers null). */
  chooseFolder: { channel: channels.chooseFolder, request: z.object({}).strict() },
} as const satisfies { [M in Method]: { channel: (typeof channels)[M]; request: z.ZodType } };
export type Request<M extends Method> = z.output<(typeof methods)[M]['request']>;

export interface SavedWorkspace {
  exerciseId: string;
  files: Record<string, string>;
  savedAt: string | null;
}

export interface EnvironmentInfo {
  toolchains: { language: 'go' | 'ruby'; version: string | null; problem: string | null }[];
  isolation: Isolation;
  isolationDetail: string;
  mode: 'candidate' | 'interviewer';
  libraryDir: string;
}

export interface LibrarySetting {
  mode: 'candidate' | 'interviewer';
  /** True when ASSAY_MODE / --mode fixed the mode at start: choosing a library cannot change it. */
  modeFixed: boolean;
  /** The folder chosen in settings, or null (the app's own library is used). */
  chosen: string | null;
  /** Why the chosen folder is not in use (moved, deleted, broken), or null. */
  problem: string | null;
  /** The library in use. */
  libraryDir: string;
  exercises: number;
  /** Every exercise has reference/ and hidden/ (or mutants/): grading (interviewer mode) is possible. */
  full: boolean;
  version: LibraryVersion | null;
  /** The app can show a native folder dialog (chooseFolder). */
  canChooseFolder: boolean;
}

export interface Responses {
  listExercises: ExerciseSummary[];
  openExercise: ExerciseView;
  loadWorkspace: SavedWorkspace;
  saveWorkspace: { savedAt: string };
  resetWorkspace: SavedWorkspace;
  runTests: RunReport;
  cancelRun: { cancelled: boolean };
  environment: EnvironmentInfo;
  candidateStatus: CandidateStatus;
  openPack: CandidateStatus;
  discardPack: CandidateStatus;
  startSession: CandidateStatus;
  switchExercise: CandidateStatus;
  recordPaste: { recorded: true };
  recordFocus: { recorded: boolean };
  heartbeat: CandidateStatus;
  submitSession: CandidateStatus;
  downloadSubmission: FilePayload;
  finishSession: CandidateStatus;
  catalog: Catalog;
  exportPack: { assessment: AssessmentItem; file: FilePayload };
  issuePacks: { groupId: string; title: string; issued: AssessmentItem[]; files: FilePayload[] };
  listAssessments: AssessmentItem[];
  downloadPack: FilePayload;
  savePacks: SavePacksResult;
  importBundle: ImportOutcome;
  dashboard: Dashboard;
  gradeCandidates: GradingStatus;
  gradingStatus: GradingStatus;
  candidateDetail: CandidateDetail;
  replaySnapshot: { i: number; t: number; files: AssessmentFiles };
  saveRubric: { savedAt: string };
  exportScorecard: FilePayload;
  exportCsv: FilePayload;
  archiveCandidate: { packId: string; archived: boolean };
  deleteCandidate: { packId: string; deleted: number };
  exportPackRecord: FilePayload;
  importPackRecord: { packId: string; candidateName: string; origin: 'imported' };
  withdrawPack: { packId: string; withdrawn: PackWithdrawal | null };
  compareCode: CodeComparison;
  exportCandidates: FilePayload;
  librarySetting: LibrarySetting;
  setLibrary: LibrarySetting;
  clearLibrary: LibrarySetting;
  chooseFolder: { path: string | null };
}

export interface EventPayloads {
  runEvent: RunEvent;
}

export type Api = { [M in Method]: (req: z.input<(typeof methods)[M]['request']>) => Promise<Responses[M]> } & {
  onRunEvent(cb: (e: RunEvent) => void): () => void;
};

/** The typed renderer-facing API over a transport (see buildApi in channels.ts). */
export function makeApi(invoke: Invoke, subscribe: Subscribe): Api {
  return buildApi(invoke, subscribe) as unknown as Api;
}
