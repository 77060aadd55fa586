// createBundle: writes a submitted session as one submission bundle (an Assay container, format
// assay.submission/1): submission.json, final code, activity, snapshots and the last visible run per exercise.
import type { EnvironmentInfo, FileMap, SubmissionInfo } from '../../common/assessment.ts';
import type { CandidateSession } from '../session/session.ts';
import { writeContainer } from '../container/container.ts';
import { collectEnvironment } from './environment.ts';

export const BUNDLE_FORMAT = 'assay.submission/1';
export const BUNDLE_EXTENSION = '.assay-submission';

export interface CreateBundleOptions {
  out: string;
  environment?: EnvironmentInfo;
}

export function bundleEntries(session: CandidateSession, environment: EnvironmentInfo): FileMap {
  const state = session.state;
  if (state.status !== 'submitted' || state.submittedAt === null || state.submitReason === null) {
    throw new Error('submit the session before creating its bundle');
  }
  const spent = session.timeSpent();
  const { assessment } = session.pack;
  const info: SubmissionInfo = {
    schema: 'assay.submission-info/1',
    sessionId: state.sessionId,
    packDigest: state.packDigest,
    assessment,
    startedAt: state.startedAt,
    deadline: state.deadline,
    submittedAt: state.submittedAt,
    submitReason: state.submitReason,
    exercises: session.pack.exercises.map((ex, i) => ({
      id: ex.meta.id,
      contentHash: assessment.exercises[i]!.contentHash,
      editable: ex.meta.editable,
      timeSpentMs: spent[ex.meta.id] ?? 0,
    })),
    environment,
  };
  const files: FileMap = {
    'submission.json': `${JSON.stringify(info, null, 1)}\n`,
    'activity.json': `[\n${session.activity.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`,
  };
  for (const ex of session.pack.exercises) {
    const id = ex.meta.id;
    for (const [path, content] of Object.entries(session.files(id))) files[`code/${id}/${path}`] = content;
    files[`snapshots/${id}.json`] = `[\n${session.snapshots(id).map((s) => JSON.stringify(s)).join(',\n')}\n]\n`;
    const run = session.lastRun(id);
    if (run) files[`results/${id}.json`] = `${JSON.stringify(run, null, 1)}\n`;
  }
  return files;
}

export function createBundle(session: CandidateSession, opts: CreateBundleOptions) {
  const files = bundleEntries(session, opts.environment ?? collectEnvironment());
  const submittedAt = new Date(session.state.submittedAt!).toISOString();
  return { path: opts.out, ...writeContainer(opts.out, BUNDLE_FORMAT, files, submittedAt) };
}
