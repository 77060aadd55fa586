// Everything under one diff line: its comments, each with Edit and Delete, and the open comment box if it
// is on this line.
import type { ReactNode } from 'react';
import { bodyHint } from './comments.ts';
import type { ThreadItem } from './draft.ts';

export interface CommentThreadProps {
  line: number;
  items: ThreadItem[];
  /** The open comment box, rendered where the thread has it. */
  form: ReactNode;
  onEdit(index: number): void;
  onDelete(index: number): void;
}

export function CommentThread({ line, items, form, onEdit, onDelete }: CommentThreadProps) {
  return (
    <section className="review-thread" aria-label={`Comments on line ${line}`} data-testid="review-thread" data-line={line}>
      {items.map((item) => {
        if (item.kind === 'draft') return <div key="draft">{form}</div>;
        const short = bodyHint(item.comment.body);
        return (
          <article key={item.index} className="review-comment" data-testid="review-comment" data-line={line}>
            <header className="review-comment-head">
              <span className="review-comment-line">Line {line}</span>
              {short && (
                <span className="review-comment-short tone-warn" title={short}>
                  <span aria-hidden="true">⚠</span> too short to count
                </span>
              )}
              <span className="review-comment-actions">
                <button type="button" className="button button-quiet" onClick={() => onEdit(item.index)} aria-label={`Edit comment on line ${line}`}>
                  Edit
                </button>
                <button type="button" className="button button-quiet" onClick={() => onDelete(item.index)} aria-label={`Delete comment on line ${line}`}>
                  Delete
                </button>
              </span>
            </header>
            <p className="review-comment-body">{item.comment.body || <em>(empty)</em>}</p>
          </article>
        );
      })}
    </section>
  );
}
