// Title of the open exercise, its place in the list, and the Run / Cancel actions.
import type { ReactNode } from 'react';
import './TopBar.css';

export interface TopBarProps {
  title: string;
  index: number;
  count: number;
  running: boolean;
  cancelling: boolean;
  canRun: boolean;
  onRun(): void;
  onCancel(): void;
  /** Shown before the actions (an assessment's countdown and Submit; Open pack in practice). */
  extra?: ReactNode;
}

export const RUN_KEY_HINT = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘ Enter' : 'Ctrl+Enter';

export function TopBar(p: TopBarProps) {
  return (
    <header className="topbar">
      <span className="topbar-brand" aria-hidden="true">
        Assay
      </span>
      <div className="topbar-title">
        <h1 data-testid="exercise-title" id="exercise-title" tabIndex={-1} title={p.title}>{p.title}</h1>
        {p.count > 0 && (
          <span className="topbar-position">
            Exercise {p.index} of {p.count}
          </span>
        )}
      </div>
      {p.extra}
      <div className="topbar-actions">
        {p.running && (
          <button
            type="button"
            className="button"
            data-testid="cancel-button"
            onClick={p.onCancel}
            disabled={p.cancelling}
            aria-label="Cancel the running tests"
          >
            {p.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          data-testid="run-button"
          onClick={p.onRun}
          disabled={!p.canRun || p.running}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          title={`Run the visible tests (${RUN_KEY_HINT})`}
        >
          {p.running ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">▶</span>}
          <span>{p.running ? 'Running' : 'Run tests'}</span>
          <kbd>{RUN_KEY_HINT}</kbd>
        </button>
      </div>
    </header>
  );
}
