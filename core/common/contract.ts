// The one typed IPC contract shared by Electron main, the preload, the browser harness and the renderer.
// Each method names its channel and a zod schema for its request; main validates every request with it.
// The preload exposes exactly these methods (plus event subscriptions) as named functions: no generic send.
import { z } from 'zod';
import type { ExerciseSummary, ExerciseView } from './exercise.ts';
import type { RunEvent, RunReport, Isolation } from './results.ts';

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

export const methods = {
  listExercises: { channel: 'library:list', request: z.object({}).strict() },
  openExercise: { channel: 'exercise:open', request: z.object({ id: Id }).strict() },
  loadWorkspace: { channel: 'workspace:load', request: z.object({ exerciseId: Id }).strict() },
  saveWorkspace: { channel: 'workspace:save', request: z.object({ exerciseId: Id, files: FileMap }).strict() },
  resetWorkspace: { channel: 'workspace:reset', request: z.object({ exerciseId: Id }).strict() },
  runTests: { channel: 'run:start', request: z.object({ runId: RunId, exerciseId: Id, files: FileMap }).strict() },
  cancelRun: { channel: 'run:cancel', request: z.object({ runId: RunId }).strict() },
  environment: { channel: 'env:info', request: z.object({}).strict() },
} as const;

export type Method = keyof typeof methods;
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

export interface Responses {
  listExercises: ExerciseSummary[];
  openExercise: ExerciseView;
  loadWorkspace: SavedWorkspace;
  saveWorkspace: { savedAt: string };
  resetWorkspace: SavedWorkspace;
  runTests: RunReport;
  cancelRun: { cancelled: boolean };
  environment: EnvironmentInfo;
}

/** Events main pushes to the renderer. */
export const events = {
  runEvent: 'run:event',
} as const;
export interface EventPayloads {
  runEvent: RunEvent;
}
export type EventName = keyof typeof events;

export type Api = { [M in Method]: (req: z.input<(typeof methods)[M]['request']>) => Promise<Responses[M]> } & {
  onRunEvent(cb: (e: RunEvent) => void): () => void;
};

export type Invoke = (channel: string, req: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, cb: (payload: unknown) => void) => () => void;

/** Builds the renderer-facing API from a transport (ipcRenderer in the preload, a WebSocket in the harness). */
export function makeApi(invoke: Invoke, subscribe: Subscribe): Api {
  const api = {} as Record<string, unknown>;
  for (const [name, spec] of Object.entries(methods)) {
    api[name] = (req: unknown) => invoke(spec.channel, req);
  }
  api.onRunEvent = (cb: (e: RunEvent) => void) => subscribe(events.runEvent, (p) => cb(p as RunEvent));
  return api as Api;
}

export const channelToMethod: Record<string, Method> = Object.fromEntries(
  Object.entries(methods).map(([name, spec]) => [spec.channel, name as Method]),
);
