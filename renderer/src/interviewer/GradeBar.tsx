// Grading with the hidden tests: start (all, or only the ungraded), and a progress bar while it runs.
import type { GradingStatus } from '../../../core/common/lifecycle.ts';
import { percent } from './useGrading.ts';

export interface GradeBarProps {
  status: GradingStatus | null;
  error: string | null;
  ungraded: string[];
  all: string[];
  onGrade(digests: string[]): void;
}

export function GradeBar({ status, error, ungraded, all, onGrade }: GradeBarProps) {
  const running = status?.running ?? false;
  return (
    <div className="iv-grade">
      <button type="button" className="button button-primary" data-testid="grade-ungraded" disabled={running || !ungraded.length} onClick={() => onGrade(ungraded)}>
        {ungraded.length ? `Grade ${ungraded.length} ungraded` : 'All graded'}
      </button>
      <button type="button" className="button" data-testid="grade-all" disabled={running || !all.length} onClick={() => onGrade(all)}>
        Re-grade all
      </button>
      {status && (running || status.finishedAt) && (
        <div className="iv-progress" data-testid="grade-progress" data-running={running}>
          <progress max={100} value={percent(status)} aria-label="Grading progress" />
          <span className="small">
            {running ? `Grading ${status.current ?? '…'} (${status.done} of ${status.total} exercises)` : `Graded ${status.done} of ${status.total} exercises`}
            {status.failed.length ? ` · ⚠ ${status.failed.length} failed: ${status.failed.join('; ')}` : ''}
          </span>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
