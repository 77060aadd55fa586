// The Results tab of a review exercise. Run checks that review.json is well-formed (there are no tests to
// list); below that, every comment, each a link to its line in the diff.
import type { Model } from '../monaco/models.ts';
import type { RunState } from '../state/run.ts';
import { firstLine } from '../state/verdict.ts';
import { RUN_KEY_HINT } from '../components/TopBar.tsx';
import { bodyHint } from './comments.ts';
import { useReviewFile } from './useReviewFile.ts';
import './review.css';

export interface ReviewResultsProps {
  run: RunState | undefined;
  diff: Model;
  review: Model;
  problemCount: number;
  onShowProblems(): void;
  onJump(line: number): void;
}

function CheckLine({ run, problemCount, onShowProblems }: Pick<ReviewResultsProps, 'run' | 'problemCount' | 'onShowProblems'>) {
  if (!run) {
    return (
      <p className="results-note">
        Check your review with <kbd>{RUN_KEY_HINT}</kbd>: it confirms review.json can be graded. Whether your comments
        find the problems in the merge request is decided when your submission is graded.
      </p>
    );
  }
  if (run.kind === 'running') return <p className="results-meta">Checking review.json…</p>;
  if (run.kind === 'error') return <pre className="output">{run.message}</pre>;
  const ok = run.report.verdict === 'passed';
  return (
    <p className="results-meta" data-testid="review-check" data-verdict={run.report.verdict}>
      <span>
        {ok
          ? 'Review check passed: review.json is well-formed. The problems your comments find are scored when your submission is graded.'
          : `Review check failed: ${run.report.summary}`}
      </span>
      {problemCount > 0 && (
        <button type="button" className="button button-quiet" onClick={onShowProblems}>
          Show {problemCount} problem{problemCount === 1 ? '' : 's'}
        </button>
      )}
    </p>
  );
}

export function ReviewResults(p: ReviewResultsProps) {
  const { comments } = useReviewFile(p.review, p.diff);
  return (
    <div className="results">
      <CheckLine run={p.run} problemCount={p.problemCount} onShowProblems={p.onShowProblems} />
      <h3 className="review-results-heading">Your comments ({comments.length})</h3>
      {comments.length === 0 ? (
        <p className="panel-empty">No comments yet. Click the gutter next to a line of the diff, or press the Comment button above it.</p>
      ) : (
        <ul className="test-rows" aria-label="Your comments">
          {comments.map((c, i) => (
            <li key={i} className="test-row" data-testid="review-result-row" data-line={c.line}>
              <button type="button" className="test-row-head" onClick={() => p.onJump(c.line)} title={`Show line ${c.line} of the diff`}>
                <span className="test-name">Line {c.line}</span>
                <span className="test-message">{firstLine(c.body)}</span>
                <span className="test-duration">{bodyHint(c.body) ? '⚠ too short to count' : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
