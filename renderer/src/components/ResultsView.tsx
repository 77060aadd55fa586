// The Results tab: progress while a run is going, then the verdict (icon + word) and one row per test.
import type { RunState } from '../state/run.ts';
import { phaseText } from '../state/run.ts';
import { formatDuration, verdictLabel } from '../state/verdict.ts';
import { RUN_KEY_HINT } from './TopBar.tsx';
import { TestRow } from './TestRow.tsx';

export function ResultsView({ run }: { run: RunState | undefined }) {
  if (!run) {
    return (
      <p className="panel-empty">
        Run the visible tests with <kbd>{RUN_KEY_HINT}</kbd>. Results appear here.
      </p>
    );
  }
  if (run.kind === 'running') {
    return (
      <p className="run-progress" role="status" data-testid="run-phase" data-phase={run.phase}>
        <span className="spinner" aria-hidden="true" />
        {run.cancelling ? 'Cancelling…' : phaseText(run.phase)}
      </p>
    );
  }
  if (run.kind === 'error') {
    return (
      <p className="run-summary tone-warn" role="alert" data-testid="run-verdict" data-verdict="error">
        <span aria-hidden="true">⚠</span> <strong>Could not run the tests</strong> {run.message}
      </p>
    );
  }
  const r = run.report;
  const label = verdictLabel(r.verdict, r.cancelled);
  return (
    <div className="results">
      <p className="run-summary" role="status" data-testid="run-verdict" data-verdict={r.cancelled ? 'cancelled' : r.verdict}>
        <span className={`verdict tone-${label.tone}`}>
          <span aria-hidden="true">{label.icon}</span> {label.word}
        </span>
        <span className="run-summary-text">{r.summary}</span>
        <span className="run-timings">
          compile {formatDuration(r.timings.compileMs)} · run {formatDuration(r.timings.runMs)}
        </span>
      </p>
      {r.tests.length > 0 && (
        <ul className="test-rows" aria-label="Tests">
          {r.tests.map((t, i) => (
            <TestRow key={`${t.name}-${i}`} test={t} />
          ))}
        </ul>
      )}
    </div>
  );
}
