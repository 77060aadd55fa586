// The strip above the diff: the keyboard way to comment ("Comment on line N"), how many comments there are,
// undo after a delete, and what happened when review.json could not be read as it was.
import type { ReviewComment } from './comments.ts';
import { describeComments } from './comments.ts';
import { COMMENT_KEY_HINT } from './gutter.ts';
import { DIFF_FILE } from './review-json.ts';

export interface ReviewToolbarProps {
  onDiff: boolean;
  cursorLine: number;
  comments: ReviewComment[];
  problem: string | null;
  canUndo: boolean;
  onComment(line: number): void;
  onUndo(): void;
  onOpenDiff(): void;
}

export function ReviewToolbar(p: ReviewToolbarProps) {
  return (
    <div className="review-bar" data-testid="review-bar">
      {p.onDiff ? (
        <>
          <button type="button" className="button" data-testid="review-comment-button" onClick={() => p.onComment(p.cursorLine)}>
            <span aria-hidden="true">+</span> Comment on line {p.cursorLine}
            <kbd>{COMMENT_KEY_HINT}</kbd>
          </button>
          <span className="review-bar-hint">or click the gutter left of a line number</span>
        </>
      ) : (
        <>
          <span className="review-bar-hint">Comments are written on the diff; this file is what gets submitted.</span>
          <button type="button" className="button button-quiet" onClick={p.onOpenDiff}>
            Open {DIFF_FILE}
          </button>
        </>
      )}
      <span className="review-bar-count" data-testid="review-count" role="status">
        {describeComments(p.comments)}
      </span>
      {p.canUndo && (
        <button type="button" className="button button-quiet" data-testid="review-undo" onClick={p.onUndo}>
          Undo delete
        </button>
      )}
      {p.problem && (
        <p className="review-bar-problem tone-warn" role="alert">
          <span aria-hidden="true">⚠</span> {p.problem}
        </p>
      )}
    </div>
  );
}
