// review.json <-> comments, for the review editor. Reading is tolerant: whatever cannot be read as a comment
// (broken JSON, a wrong shape, a line outside the diff) is kept, word for word, in a comment on line 1 so the
// candidate's text is never dropped. Writing always produces the format the grader reads:
// [{ "line": n, "body": "…" }], sorted by line.
import { sortComments, type ReviewComment } from './comments.ts';

export const REVIEW_FILE = 'review.json';
export const DIFF_FILE = 'changes.diff';

export interface ParsedReview {
  comments: ReviewComment[];
  /** Why some of the file was kept as recovered text; null when it read cleanly. */
  problem: string | null;
}

export const RECOVERED_PREFIX = 'Recovered from review.json (could not be read as comments):';

/** Lines in changes.diff, counted the way the grader counts them (a final newline ends the last line). */
export function diffLineCount(diff: string): number {
  return diff.replace(/\n$/, '').split('\n').length;
}

function lineOf(value: unknown): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : null;
}

/** One JSON value as a comment, or null when it is not one (then it is kept as recovered text). */
function asComment(entry: unknown, lineCount: number): ReviewComment | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const { line, body } = entry as Record<string, unknown>;
  const at = lineOf(line);
  if (at === null || at > lineCount || body === undefined || body === null) return null;
  return { line: at, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** Pulls the readable `{ … }` objects out of broken JSON; the rest of the text is returned as leftover. */
function salvage(text: string, lineCount: number): { comments: ReviewComment[]; leftover: string } {
  const comments: ReviewComment[] = [];
  const leftover = text.replace(/\{[^{}]*\}/g, (chunk) => {
    try {
      const c = asComment(JSON.parse(chunk), lineCount);
      if (!c) return chunk;
      comments.push(c);
      return '';
    } catch {
      return chunk;
    }
  });
  // The array's own brackets and the separators left between salvaged objects are not the candidate's text.
  let rest = /^\s*\[/.test(text) ? leftover.replace(/^\s*\[/, '').replace(/\]\s*$/, '') : leftover;
  rest = rest.replace(/^[\s,]+|[\s,]+$/g, '');
  return { comments, leftover: rest };
}

function recovered(pieces: string[]): ReviewComment {
  return { line: 1, body: `${RECOVERED_PREFIX}\n${pieces.join('\n')}` };
}

export function parseReviewText(text: string, lineCount: number): ParsedReview {
  if (!text.trim()) return { comments: [], problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { comments, leftover } = salvage(text, lineCount);
    const problem = `review.json is not valid JSON (${(e as Error).message})`;
    if (!leftover) return { comments: sortComments(comments), problem };
    return { comments: sortComments([...comments, recovered([leftover])]), problem: `${problem}: the unreadable part is kept in a comment on line 1` };
  }
  const entries = Array.isArray(value) ? value : [value];
  const comments: ReviewComment[] = [];
  const unread: string[] = [];
  for (const entry of entries) {
    const c = asComment(entry, lineCount);
    if (c) comments.push(c);
    else unread.push(JSON.stringify(entry));
  }
  if (!unread.length) return { comments: sortComments(comments), problem: null };
  return {
    comments: sortComments([...comments, recovered(unread)]),
    problem: `${unread.length} entr${unread.length === 1 ? 'y' : 'ies'} of review.json did not name a line of changes.diff (1-${lineCount}): kept in a comment on line 1`,
  };
}

export function serializeReview(comments: ReviewComment[]): string {
  return `${JSON.stringify(sortComments(comments).map((c) => ({ line: c.line, body: c.body })), null, 2)}\n`;
}
