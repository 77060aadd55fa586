// Run state per exercise, updated by small pure transitions. Events carry a runId: anything from a run that
// is not the exercise's current one (a late event after a newer Run) is ignored.
import type { RunEvent, RunPhase, RunReport } from '../../../core/common/results.ts';

/** Streamed output kept in memory while running (the report carries the authoritative, capped output). */
export const MAX_STREAMED_OUTPUT = 256 * 1024;

export type RunState =
  | { kind: 'running'; runId: string; phase: RunPhase; output: string; cancelling: boolean }
  | { kind: 'done'; runId: string; report: RunReport }
  | { kind: 'error'; runId: string; message: string; output: string };

export type Runs = Readonly<Record<string, RunState>>;

export type RunAction =
  | { type: 'start'; exerciseId: string; runId: string }
  | { type: 'event'; event: RunEvent }
  | { type: 'cancelling'; runId: string }
  | { type: 'finished'; exerciseId: string; report: RunReport }
  | { type: 'failed'; exerciseId: string; runId: string; message: string };

function exerciseOf(runs: Runs, runId: string): string | null {
  for (const [exerciseId, state] of Object.entries(runs)) if (state.runId === runId) return exerciseId;
  return null;
}

function appendCapped(output: string, text: string): string {
  const joined = output + text;
  return joined.length <= MAX_STREAMED_OUTPUT ? joined : joined.slice(joined.length - MAX_STREAMED_OUTPUT);
}

export function runsReducer(runs: Runs, action: RunAction): Runs {
  switch (action.type) {
    case 'start':
      return {
        ...runs,
        [action.exerciseId]: { kind: 'running', runId: action.runId, phase: 'preparing', output: '', cancelling: false },
      };
    case 'event': {
      const exerciseId = exerciseOf(runs, action.event.runId);
      const current = exerciseId ? runs[exerciseId] : undefined;
      if (!exerciseId || current?.kind !== 'running') return runs;
      const e = action.event;
      if (e.type === 'phase') return { ...runs, [exerciseId]: { ...current, phase: e.phase } };
      if (e.type === 'output') return { ...runs, [exerciseId]: { ...current, output: appendCapped(current.output, e.text) } };
      return runs;
    }
    case 'cancelling': {
      const exerciseId = exerciseOf(runs, action.runId);
      const current = exerciseId ? runs[exerciseId] : undefined;
      if (!exerciseId || current?.kind !== 'running') return runs;
      return { ...runs, [exerciseId]: { ...current, cancelling: true } };
    }
    case 'finished': {
      if (runs[action.exerciseId]?.runId !== action.report.runId) return runs;
      return { ...runs, [action.exerciseId]: { kind: 'done', runId: action.report.runId, report: action.report } };
    }
    case 'failed': {
      const current = runs[action.exerciseId];
      if (current?.runId !== action.runId) return runs;
      const output = current.kind === 'running' ? current.output : '';
      return { ...runs, [action.exerciseId]: { kind: 'error', runId: action.runId, message: action.message, output } };
    }
  }
}

export function isRunning(state: RunState | undefined): boolean {
  return state?.kind === 'running';
}

const PHASE_WORDS: Record<RunPhase, string> = {
  preparing: 'Preparing…',
  compiling: 'Compiling…',
  running: 'Running tests…',
  grading: 'Checking results…',
  done: 'Finishing…',
};

export function phaseText(phase: RunPhase): string {
  return PHASE_WORDS[phase];
}

/** A run id the contract accepts ([A-Za-z0-9-]{8,64}). */
export function newRunId(random: () => string = () => crypto.randomUUID()): string {
  return `run-${random()}`;
}
