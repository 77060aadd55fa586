// The Run button for a review exercise: is review.json well-formed JSON, a list of comments on lines that exist in
// changes.diff? Nothing runs. Scoring against the seeded defects is grading's (core/node/grading/review.ts).
import { z } from '../../common/zod-mini.ts';
import type { Marker } from '../../common/results.ts';
import type { FileSet } from '../library/load.ts';
import { emptyOutcome, type SuiteOutcome } from './outcome.ts';

export const REVIEW_FILE = 'review.json';
export const DIFF_FILE = 'changes.diff';

const Comment = z.object({ line: z.number().check(z.int(), z.minimum(1)), body: z.string() });
export type ReviewComment = z.infer<typeof Comment>;

/** Where JSON.parse failed, from V8's "(line L column C)" or "position N". */
function jsonErrorAt(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return { line: 1, column: 1 };
  const before = text.slice(0, Number(pos[1])).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export function parseReview(text: string | undefined, diffLines: number): { comments: ReviewComment[]; markers: Marker[] } {
  const marker = (message: string, line = 1, column = 1): Marker => ({ file: REVIEW_FILE, line, column, message, severity: 'error' });
  if (text === undefined) return { comments: [], markers: [marker(`${REVIEW_FILE} is missing`)] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text, (e as Error).message);
    return { comments: [], markers: [marker(`invalid JSON: ${(e as Error).message}`, at.line, at.column)] };
  }
  const parsed = z.array(Comment).safeParse(raw);
  if (!parsed.success) return { comments: [], markers: [marker(`expected [{ "line": n, "body": "…" }]: ${z.prettifyError(parsed.error)}`)] };
  const beyond = parsed.data.find((c) => c.line > diffLines);
  if (beyond) return { comments: [], markers: [marker(`comment on line ${beyond.line}, but ${DIFF_FILE} has ${diffLines} lines`)] };
  return { comments: parsed.data, markers: [] };
}

export function diffLineCount(solution: FileSet): number {
  return (solution[DIFF_FILE] ?? '').replace(/\n$/, '').split('\n').length;
}

/** The Run button for a review: is review.json well-formed? */
export function reviewVisible(solution: FileSet): SuiteOutcome {
  const { comments, markers } = parseReview(solution[REVIEW_FILE], diffLineCount(solution));
  if (markers.length) return { ...emptyOutcome(), verdict: 'compile_error', summary: markers[0]!.message, markers };
  const lines = new Set(comments.map((c) => c.line)).size;
  return { ...emptyOutcome(), verdict: 'passed', summary: `${comments.length} comments on ${lines} lines of ${DIFF_FILE}` };
}
