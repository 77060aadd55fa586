// The review.json model as comments: re-read whenever the model changes (comment box, reset, restore), and
// written back as one full-file edit, which the workspace autosaves and Run sends like any other edit.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Model } from '../monaco/models.ts';
import type { ReviewComment } from './comments.ts';
import { diffLineCount, parseReviewText, serializeReview, type ParsedReview } from './review-json.ts';

export interface ReviewFile extends ParsedReview {
  /** The file's text now. */
  text: string;
  /** Rewrites review.json; returns the text written. */
  write(comments: ReviewComment[]): string;
}

export function useReviewFile(review: Model, diff: Model): ReviewFile {
  const [text, setText] = useState(() => review.getValue());
  useEffect(() => {
    setText(review.getValue());
    const sub = review.onDidChangeContent(() => setText(review.getValue()));
    return () => sub.dispose();
  }, [review]);
  const lineCount = useMemo(() => diffLineCount(diff.getValue()), [diff]);
  const parsed = useMemo(() => parseReviewText(text, lineCount), [text, lineCount]);
  const write = useCallback(
    (comments: ReviewComment[]) => {
      const next = serializeReview(comments);
      if (review.getValue() !== next) review.pushEditOperations([], [{ range: review.getFullModelRange(), text: next }], () => null);
      return next;
    },
    [review],
  );
  return { ...parsed, text, write };
}
