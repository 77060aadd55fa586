// Starts and cancels runs through window.assay, feeding progress events and results to the run reducer.
import { useCallback, useEffect, useReducer } from 'react';
import type { RunReport } from '../../../core/common/results.ts';
import { newRunId, runsReducer, type Runs } from '../state/run.ts';
import { loadLastRuns, saveLastRuns } from '../state/last-runs.ts';

export interface RunControls {
  runs: Runs;
  start(exerciseId: string, files: Record<string, string>): Promise<RunReport | null>;
  cancel(exerciseId: string): void;
}

/** `scope` names where the last results are kept so a reopened workspace shows them again (see last-runs.ts). */
export function useRuns(scope = 'practice'): RunControls {
  const [runs, dispatch] = useReducer(runsReducer, scope, loadLastRuns);
  useEffect(() => window.assay.onRunEvent((event) => dispatch({ type: 'event', event })), []);
  useEffect(() => saveLastRuns(scope, runs), [scope, runs]);

  const start = useCallback(async (exerciseId: string, files: Record<string, string>) => {
    const runId = newRunId();
    dispatch({ type: 'start', exerciseId, runId });
    try {
      const report = await window.assay.runTests({ runId, exerciseId, files });
      dispatch({ type: 'finished', exerciseId, report });
      return report;
    } catch (e) {
      dispatch({ type: 'failed', exerciseId, runId, message: e instanceof Error ? e.message : String(e) });
      return null;
    }
  }, []);

  const cancel = useCallback(
    (exerciseId: string) => {
      const current = runs[exerciseId];
      if (current?.kind !== 'running' || current.cancelling) return;
      dispatch({ type: 'cancelling', runId: current.runId });
      window.assay.cancelRun({ runId: current.runId }).catch(() => undefined);
    },
    [runs],
  );

  return { runs, start, cancel };
}
