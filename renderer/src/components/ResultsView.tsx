// The Results tab: one row per test of the last run, or what to do when there is none.
import type { RunState } from '../state/run.ts';
import { formatDuration } from '../state/verdict.ts';
import { RUN_KEY_HINT } from './TopBar.tsx';
import { TestRow } from './TestRow.tsx';

export interface ResultsViewProps {
  run: RunState | undefined;
  problemCount: number;
  onShowProblems(): void;
}

export function ResultsView({ run, problemCount, onShowProblems }: ResultsViewProps) {
  if (!run) {
    return (
      <p className="panel-empty">
        Run the visible tests with <kbd>{RUN_KEY_HINT}</kbd>. Results appear here.
      </p>
    );
  }
  if (run.kind === 'running') return <p className="panel-empty">Results appear here when the run finishes.</p>;
  if (run.kind === 'error') return <pre className="output">{run.message}</pre>;
  const r = run.report;
  return (
    <div className="results">
      <p className="results-meta">
        <span>
          {r.tests.length} test{r.tests.length === 1 ? '' : 's'} · compile {formatDuration(r.timings.compileMs)} · run{' '}
          {formatDuration(r.timings.runMs)}
        </span>
        {problemCount > 0 && (
          <button type="button" className="button button-quiet" onClick={onShowProblems}>
            Show {problemCount} problem{problemCount === 1 ? '' : 's'}
          </button>
        )}
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
