// The comment box under a diff line. What is typed is saved as it is typed; Done (or Escape) closes the box,
// Delete removes the comment.
import { useEffect, useId, useRef } from 'react';
import { bodyHint } from './comments.ts';

export interface CommentFormProps {
  line: number;
  text: string;
  existing: boolean;
  onChange(text: string): void;
  onDone(): void;
  onDelete(): void;
  /** Called once the box is on screen, to scroll it into view. */
  onShown(box: HTMLElement): void;
}

export function CommentForm({ line, text, existing, onChange, onDone, onDelete, onShown }: CommentFormProps) {
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const shown = useRef(onShown);
  useEffect(() => {
    const box = input.current!;
    // No scroll on focus: the box lives inside the editor's clipped layers, the editor scrolls itself.
    box.focus({ preventScroll: true });
    box.setSelectionRange(box.value.length, box.value.length);
    // After the zone under the line has grown to the box's height.
    const frame = requestAnimationFrame(() => shown.current(box.closest('form') ?? box));
    return () => cancelAnimationFrame(frame);
  }, []);
  const hint = text.trim() ? bodyHint(text) : null;
  const rows = Math.min(12, Math.max(3, text.split('\n').length + 1));
  return (
    <form
      className="review-form"
      data-testid="review-form"
      data-line={line}
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
    >
      <label htmlFor={id} className="review-form-label">
        {existing ? 'Edit comment' : 'New comment'} on line {line}
      </label>
      <textarea
        id={id}
        ref={input}
        data-testid="review-comment-input"
        className="review-form-input"
        value={text}
        rows={rows}
        spellCheck
        aria-describedby={`${id}-hint`}
        placeholder="What is wrong, why it matters, and what to do instead."
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
          }
        }}
      />
      <div className="review-form-foot">
        <span id={`${id}-hint`} className={`review-form-hint${hint ? ' tone-warn' : ''}`}>
          {hint ?? 'Saved as you type. Escape or Done closes the box.'}
        </span>
        <button type="button" className="button button-quiet" data-testid="review-delete" onClick={onDelete}>
          {existing || text.trim() ? 'Delete' : 'Discard'}
        </button>
        <button type="submit" className="button button-primary" data-testid="review-done">
          Done
        </button>
      </div>
    </form>
  );
}
