// The assessment-lifecycle part of the handler table: candidate-session methods (candidate mode) and the
// interviewer's methods (interviewer mode, which has the full library with hidden tests). Each side refuses
// the other's methods, so a candidate build cannot reach grading or hidden material through the bridge.
import type { Handlers } from '../handler-table.ts';
import type { ClockOption } from '../session/clock.ts';
import type { EnvironmentInfo } from '../../common/assessment.ts';
import { collectEnvironment } from '../bundle/environment.ts';
import { detectToolchains } from '../toolchains.ts';
import type { Library } from './library.ts';
import { CandidateSessions } from './session.ts';
import { SessionWorkspace } from './session-workspace.ts';
import { Assessments } from './assessment.ts';
import { ReviewStore } from './review-store.ts';
import { Review } from './review.ts';
import { Grading } from './review-grading.ts';
import { assessmentCsv, scorecardFile } from './review-export.ts';
import { fileSlug, fromBase64, payload } from './files.ts';
import type { PdfPrinter } from '../scorecard/pdf.ts';
import { compareCode } from './code-compare.ts';
import { exportCandidates } from './candidates-export.ts';
import { savePacks } from './save-packs.ts';

export interface LifecycleDeps {
  mode: 'candidate' | 'interviewer';
  /** Where sessions (candidate) or packs, submissions, grades and rubrics (interviewer) are kept. */
  dataDir: string | undefined;
  library: Library;
  require: 'full' | 'prefer-full';
  shutdown?: AbortSignal;
  log: (msg: string) => void;
  clock?: ClockOption;
  /** Prints scorecard PDFs (Electron's printToPDF in the desktop app); default headless Chromium. */
  printPdf?: PdfPrinter;
  /** The native dialog choosing the folder savePacks writes into (Electron); without it savePacks is 'unavailable'. */
  chooseSaveFolder?: (count: number) => Promise<string | null>;
}

export type LifecycleMethods =
  | 'candidateStatus' | 'openPack' | 'discardPack' | 'startSession' | 'switchExercise' | 'recordPaste' | 'recordFocus'
  | 'heartbeat' | 'submitSession' | 'downloadSubmission' | 'finishSession' | 'catalog' | 'exportPack' | 'issuePacks' | 'listAssessments'
  | 'downloadPack' | 'savePacks' | 'importBundle' | 'dashboard' | 'gradeCandidates' | 'gradingStatus' | 'candidateDetail' | 'replaySnapshot'
  | 'saveRubric' | 'exportScorecard' | 'exportCsv' | 'archiveCandidate' | 'deleteCandidate' | 'exportPackRecord' | 'importPackRecord'
  | 'withdrawPack' | 'compareCode' | 'exportCandidates';

async function bundleEnvironment(): Promise<EnvironmentInfo> {
  const toolchains = await detectToolchains();
  return collectEnvironment(toolchains.map((t) => ({ language: t.language, version: t.version })));
}

export function lifecycle(deps: LifecycleDeps): { handlers: Pick<Handlers, LifecycleMethods>; session: () => SessionWorkspace | null } {
  const needDir = (): string => {
    if (!deps.dataDir) throw new Error('this app was started without a data directory for assessments');
    return deps.dataDir;
  };
  const only = <T>(mode: 'candidate' | 'interviewer', make: () => T): (() => T) => {
    let made: T | undefined;
    return () => {
      if (deps.mode !== mode) throw new Error(`not available in ${deps.mode} mode (this is for the ${mode})`);
      return (made ??= make());
    };
  };
  const sessions = only('candidate', () => new CandidateSessions({ dataDir: needDir(), environment: bundleEnvironment, log: deps.log, clock: deps.clock, shutdown: deps.shutdown }));
  const store = only('interviewer', () => new ReviewStore(needDir(), deps.log));
  const review = only('interviewer', () => new Review(store(), deps.library.dir));
  const assessments = only('interviewer', () => new Assessments(deps.library, needDir(), () => review().submissionsByAssessment(), () => store().register));
  const grading = only('interviewer', () => new Grading(store(), deps.library.dir, { require: deps.require, signal: deps.shutdown, log: deps.log }));
  const live = () => {
    const s = sessions().current();
    if (!s) throw new Error('no assessment in progress');
    return s;
  };

  const session = () => {
    if (deps.mode !== 'candidate' || !deps.dataDir) return null;
    const s = sessions().current();
    return s ? new SessionWorkspace(s) : null;
  };

  const handlers: Pick<Handlers, LifecycleMethods> = {
    candidateStatus: async () => sessions().status(),
    openPack: async ({ fileName, data }) => sessions().openPack(fileName, fromBase64(data)),
    discardPack: async () => sessions().discardPack(),
    startSession: async ({ digest }) => sessions().start(digest),
    switchExercise: async ({ exerciseId }) => {
      live().openExercise(exerciseId);
      return sessions().status();
    },
    recordPaste: async ({ exerciseId, file, text }) => {
      live().recordPaste(exerciseId, file, text);
      return { recorded: true as const };
    },
    recordFocus: async ({ focused }) => {
      const s = live();
      const before = s.activity.length;
      if (focused) s.focusReturned();
      else s.focusLost();
      return { recorded: s.activity.length > before };
    },
    heartbeat: async () => {
      live().heartbeat();
      return sessions().status();
    },
    submitSession: async () => sessions().submit(),
    downloadSubmission: async () => sessions().bundle(),
    finishSession: async () => sessions().finish(),

    catalog: async () => assessments().catalog(),
    exportPack: async (req) => assessments().export(req),
    issuePacks: async (req) => assessments().issueMany(req),
    listAssessments: async () => assessments().list(),
    downloadPack: async ({ assessmentId }) => assessments().download(assessmentId),
    savePacks: async ({ assessmentIds }) => savePacks(assessments(), assessmentIds, deps.chooseSaveFolder),
    importBundle: async ({ fileName, data }) => store().import(fileName, fromBase64(data)),
    dashboard: async () => review().dashboard(),
    gradeCandidates: async ({ digests }) => grading().start(digests),
    gradingStatus: async () => grading().status(),
    candidateDetail: async ({ digest }) => review().detail(digest),
    replaySnapshot: async ({ digest, exerciseId, i }) => review().replay(digest, exerciseId, i),
    saveRubric: async ({ digest, rubric }) => review().saveRubric(digest, rubric),
    exportScorecard: async ({ digest, format }) => scorecardFile(review(), digest, format, deps.printPdf),
    exportCsv: async ({ assessmentId }) => assessmentCsv(review(), assessmentId),
    archiveCandidate: async ({ packId, archived }) => {
      store().setArchived(packId, archived);
      return { packId, archived };
    },
    deleteCandidate: async ({ packId }) => ({ packId, deleted: store().deletePack(packId) }),
    exportPackRecord: async ({ assessmentId }) => {
      const record = store().register.export(assessmentId);
      return payload(`${fileSlug(record.record.candidateName)}-${assessmentId.slice(0, 8)}.assay-record.json`, 'application/json', Buffer.from(`${JSON.stringify(record, null, 1)}\n`));
    },
    importPackRecord: async ({ fileName, data }) => {
      const e = store().register.import(fromBase64(data).toString('utf8'), fileName);
      return { packId: e.record.packId, candidateName: e.record.candidateName, origin: 'imported' as const };
    },
    withdrawPack: async ({ packId, withdrawn, reason }) => {
      if (!withdrawn && reason !== undefined) throw new Error('a reason is given when withdrawing, not when reinstating');
      const e = withdrawn ? store().register.withdraw(packId, reason ?? '') : store().register.reinstate(packId);
      return { packId, withdrawn: e.record.withdrawn ?? null };
    },
    compareCode: async (req) => compareCode(review(), deps.library, req),
    exportCandidates: async (req) => exportCandidates(review(), req),
  };
  return { handlers, session };
}
