// The IPC contract's names without its schemas: method → channel, the events main pushes, and makeApi. The sandboxed
// preload and the harness bridge import only this file, so zod (and the request schemas) stay out of them;
// contract.ts adds one zod request schema per method here and main validates every request with it.

export const channels = {
  listExercises: 'library:list',
  openExercise: 'exercise:open',
  loadWorkspace: 'workspace:load',
  saveWorkspace: 'workspace:save',
  resetWorkspace: 'workspace:reset',
  runTests: 'run:start',
  cancelRun: 'run:cancel',
  environment: 'env:info',
  candidateStatus: 'candidate:status',
  openPack: 'candidate:open-pack',
  discardPack: 'candidate:discard-pack',
  startSession: 'candidate:start',
  switchExercise: 'candidate:switch',
  recordPaste: 'candidate:paste',
  recordFocus: 'candidate:focus',
  heartbeat: 'candidate:heartbeat',
  submitSession: 'candidate:submit',
  downloadSubmission: 'candidate:bundle',
  finishSession: 'candidate:finish',
  catalog: 'interviewer:catalog',
  exportPack: 'interviewer:export-pack',
  issuePacks: 'interviewer:issue-packs',
  listAssessments: 'interviewer:assessments',
  downloadPack: 'interviewer:download-pack',
  savePacks: 'interviewer:save-packs',
  importBundle: 'interviewer:import',
  dashboard: 'interviewer:dashboard',
  gradeCandidates: 'interviewer:grade',
  gradingStatus: 'interviewer:grading',
  candidateDetail: 'interviewer:candidate',
  replaySnapshot: 'interviewer:replay',
  saveRubric: 'interviewer:rubric',
  exportScorecard: 'interviewer:scorecard',
  exportCsv: 'interviewer:csv',
  archiveCandidate: 'interviewer:archive',
  deleteCandidate: 'interviewer:delete',
  exportPackRecord: 'interviewer:export-record',
  importPackRecord: 'interviewer:import-record',
  withdrawPack: 'interviewer:withdraw-pack',
  exportCandidates: 'interviewer:export-candidates',
  compareCode: 'interviewer:compare-code',
  librarySetting: 'settings:library',
  setLibrary: 'settings:set-library',
  clearLibrary: 'settings:clear-library',
  chooseFolder: 'settings:choose-folder',
} as const;

export type Method = keyof typeof channels;

/** Events main pushes to the renderer. */
export const events = {
  runEvent: 'run:event',
} as const;
export type EventName = keyof typeof events;

export type Invoke = (channel: string, req: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, cb: (payload: unknown) => void) => () => void;

/**
 * Builds the renderer-facing API from a transport (ipcRenderer in the preload, a WebSocket in the harness): one named
 * function per method plus onRunEvent. Untyped here so this file needs nothing from contract.ts; contract.ts's
 * makeApi gives it the Api type.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): Record<string, (arg: never) => unknown> {
  const api: Record<string, (arg: never) => unknown> = {};
  for (const [name, channel] of Object.entries(channels)) {
    api[name] = (req: unknown) => invoke(channel, req);
  }
  api.onRunEvent = (cb: (e: unknown) => void) => subscribe(events.runEvent, cb);
  return api;
}

export const channelToMethod: Record<string, Method> = Object.fromEntries(
  Object.entries(channels).map(([name, channel]) => [channel, name as Method]),
);
