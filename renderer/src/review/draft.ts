// The comment box the candidate is typing in. Text is written through to review.json as it is typed (so
// autosave and reload keep it); a comment whose box is emptied disappears from the file.
import { deleteComment, insertionIndex, sortComments, type IndexedComment, type ReviewComment } from './comments.ts';

export interface Draft {
  line: number;
  /** Every other comment, as they were when the box opened. */
  base: ReviewComment[];
  /** The comment's index in the list while it has text. */
  position: number;
  text: string;
  /** True when the box edits a comment that existed when it opened. */
  existing: boolean;
}

export function newDraft(list: readonly ReviewComment[], line: number): Draft {
  const base = sortComments(list);
  return { line, base, position: insertionIndex(base, line), text: '', existing: false };
}

export function editDraft(list: readonly ReviewComment[], index: number): Draft | null {
  const comment = list[index];
  if (!comment) return null;
  return { line: comment.line, base: deleteComment(list, index), position: index, text: comment.body, existing: true };
}

export function hasText(draft: Draft): boolean {
  return draft.text.trim().length > 0;
}

/** The full comment list with the draft in place (left out while its box is blank). */
export function draftComments(draft: Draft): ReviewComment[] {
  if (!hasText(draft)) return draft.base;
  return [...draft.base.slice(0, draft.position), { line: draft.line, body: draft.text }, ...draft.base.slice(draft.position)];
}

export type ThreadItem = { kind: 'comment'; index: number; comment: ReviewComment } | { kind: 'draft' };

/** What the thread under `line` shows: its comments in order, with the open box in its comment's place. */
export function threadItems(group: readonly IndexedComment[], draft: Draft | null, line: number): ThreadItem[] {
  const items: ThreadItem[] = [];
  const mine = draft?.line === line ? draft : null;
  let placed = false;
  for (const { index, comment } of group) {
    if (mine && !placed && index >= mine.position) {
      items.push({ kind: 'draft' });
      placed = true;
      if (hasText(mine) && index === mine.position) continue;
    }
    items.push({ kind: 'comment', index, comment });
  }
  if (mine && !placed) items.push({ kind: 'draft' });
  return items;
}
