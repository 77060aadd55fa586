// The last finished run of each exercise, kept in the renderer's storage so a reopened session (or practice
// workspace) shows its results again. Scoped: a pack's digest for an assessment session, 'practice' otherwise.
// Only finished runs are kept; a report that does not parse is dropped, never trusted to have a shape.
import type { RunReport } from '../../../core/common/results.ts';
import type { Runs } from './run.ts';

const PREFIX = 'assay.last-run.';
const MAX_CHARS = 1_000_000;

export function loadLastRuns(scope: string, storage: Storage | undefined = globalThis.localStorage): Runs {
  const runs: Record<string, Runs[string]> = Object.create(null);
  if (!storage) return runs;
  const raw = storage.getItem(PREFIX + scope);
  if (!raw) return runs;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object') return runs;
    for (const [id, report] of Object.entries(parsed as Record<string, unknown>)) {
      const r = report as Partial<RunReport> | null;
      if (r && typeof r === 'object' && typeof r.runId === 'string' && typeof r.verdict === 'string' && Array.isArray(r.tests)) {
        runs[id] = { kind: 'done', runId: r.runId, report: r as RunReport };
      }
    }
  } catch {
    storage.removeItem(PREFIX + scope);
  }
  return runs;
}

export function saveLastRuns(scope: string, runs: Runs, storage: Storage | undefined = globalThis.localStorage): void {
  if (!storage) return;
  const done: Record<string, RunReport> = {};
  for (const [id, state] of Object.entries(runs)) if (state.kind === 'done') done[id] = state.report;
  const text = JSON.stringify(done);
  try {
    if (text.length <= MAX_CHARS) storage.setItem(PREFIX + scope, text);
  } catch {
    // Storage full or unavailable: the results are still on screen, only not restored next time.
  }
}
