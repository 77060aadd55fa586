// The run's state in the panel header, visible whichever tab is open: spinner + phase while running, then the
// verdict as icon + word with the one-line summary.
import type { RunState } from '../state/run.ts';
import { phaseText } from '../state/run.ts';
import { verdictLabel } from '../state/verdict.ts';

export function RunStatus({ run }: { run: RunState | undefined }) {
  if (!run) return null;
  if (run.kind === 'running') {
    return (
      <p className="run-status" role="status" data-testid="run-phase" data-phase={run.phase} data-run-id={run.runId}>
        <span className="spinner" aria-hidden="true" />
        {run.cancelling ? 'Cancelling…' : phaseText(run.phase)}
      </p>
    );
  }
  if (run.kind === 'error') {
    return (
      <p className="run-status" role="alert" data-testid="run-verdict" data-verdict="error" data-run-id={run.runId}>
        <span className="verdict tone-warn">
          <span aria-hidden="true">⚠</span> Could not run
        </span>
        <span className="run-status-summary" title={run.message}>
          {run.message}
        </span>
      </p>
    );
  }
  const r = run.report;
  const label = verdictLabel(r.verdict, r.cancelled);
  return (
    <p
      className="run-status"
      role="status"
      data-testid="run-verdict"
      data-verdict={r.cancelled ? 'cancelled' : r.verdict}
      data-run-id={r.runId}
    >
      <span className={`verdict tone-${label.tone}`}>
        <span aria-hidden="true">{label.icon}</span> {label.word}
      </span>
      <span className="run-status-summary" title={r.summary}>
        {r.summary}
      </span>
    </p>
  );
}
