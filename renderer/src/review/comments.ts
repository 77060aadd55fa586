// Review comments as plain data: one list, sorted by line (comments on the same line keep their order).
// A comment is addressed by its index in that sorted list; every operation returns a new list.
export interface ReviewComment {
  /** 1-based line of changes.diff. */
  line: number;
  body: string;
}

/** A comment shorter than this does not count as finding a defect (core/node/grading/review.ts). */
export const MIN_COMMENT_CHARS = 15;

export function sortComments(list: readonly ReviewComment[]): ReviewComment[] {
  return [...list].sort((a, b) => a.line - b.line);
}

/** Where a new comment on `line` goes: after every comment on that line or before it. */
export function insertionIndex(list: readonly ReviewComment[], line: number): number {
  const i = list.findIndex((c) => c.line > line);
  return i === -1 ? list.length : i;
}

export function addComment(list: readonly ReviewComment[], line: number, body: string): ReviewComment[] {
  const sorted = sortComments(list);
  const at = insertionIndex(sorted, line);
  return [...sorted.slice(0, at), { line, body }, ...sorted.slice(at)];
}

export function editComment(list: readonly ReviewComment[], index: number, body: string): ReviewComment[] {
  if (!list[index]) return [...list];
  return list.map((c, i) => (i === index ? { ...c, body } : c));
}

export function deleteComment(list: readonly ReviewComment[], index: number): ReviewComment[] {
  return list.filter((_, i) => i !== index);
}

export interface IndexedComment {
  index: number;
  comment: ReviewComment;
}

/** Comments grouped by line, in list order, each with its index for edit/delete. */
export function commentsByLine(list: readonly ReviewComment[]): Map<number, IndexedComment[]> {
  const out = new Map<number, IndexedComment[]>();
  list.forEach((comment, index) => {
    const group = out.get(comment.line);
    if (group) group.push({ index, comment });
    else out.set(comment.line, [{ index, comment }]);
  });
  return out;
}

/** "No comments", "1 comment on 1 line", "3 comments on 2 lines". */
export function describeComments(list: readonly ReviewComment[]): string {
  if (!list.length) return 'No comments yet';
  const lines = new Set(list.map((c) => c.line)).size;
  return `${list.length} comment${list.length === 1 ? '' : 's'} on ${lines} line${lines === 1 ? '' : 's'}`;
}

/** A hint under the comment box; null when the comment is long enough to count. */
export function bodyHint(body: string): string | null {
  const n = body.trim().length;
  if (n >= MIN_COMMENT_CHARS) return null;
  return `${n} of at least ${MIN_COMMENT_CHARS} characters: say what is wrong, why it matters and what to do instead`;
}
