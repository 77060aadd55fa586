// Review exercises: the candidate's review.json (comments on lines of changes.diff) against the seeded defects
// in hidden/defects.json. Decided entirely outside the sandbox: nothing runs.
import { z } from 'zod';
import type { Marker, TestResult } from '../../common/results.ts';
import type { FileSet } from '../library/load.ts';
import { emptyOutcome, type SuiteOutcome } from '../runner/outcome.ts';
import { Defect, finding, matchComments, NOISE_POINTS, reviewScore } from './review-match.ts';

export const REVIEW_FILE = 'review.json';
export const DIFF_FILE = 'changes.diff';
export { Defect, MIN_COMMENT_CHARS } from './review-match.ts';

const Comment = z.object({ line: z.number().int().min(1), body: z.string() });
export type ReviewComment = z.infer<typeof Comment>;
/** Comment text longer than this is cut in grading messages (the scorecard shows it whole, escaped). */
const SHOWN_CHARS = 300;

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

function diffLineCount(solution: FileSet): number {
  return (solution[DIFF_FILE] ?? '').replace(/\n$/, '').split('\n').length;
}

/** The Run button for a review: is review.json well-formed? */
export function reviewVisible(solution: FileSet): SuiteOutcome {
  const { comments, markers } = parseReview(solution[REVIEW_FILE], diffLineCount(solution));
  if (markers.length) return { ...emptyOutcome(), verdict: 'compile_error', summary: markers[0]!.message, markers };
  const lines = new Set(comments.map((c) => c.line)).size;
  return { ...emptyOutcome(), verdict: 'passed', summary: `${comments.length} comments on ${lines} lines of ${DIFF_FILE}` };
}

export interface ReviewOutcome extends SuiteOutcome {
  /** 0..100: weighted share of seeded defects found minus the cost of unmatched comments (review-match.ts). */
  reviewScore: number;
}

const shown = (body: string) => {
  const t = body.trim();
  return t.length > SHOWN_CHARS ? `${t.slice(0, SHOWN_CHARS)}… (${t.length} chars)` : t;
};

/**
 * One hidden row per seeded defect (pass when a comment of at least MIN_COMMENT_CHARS sits on one of its
 * lines), one per reasonable remark commented on, and one weightless failing row per comment that matches no
 * defect, so that the interviewer sees the noise that cost points.
 */
export function gradeReview(solution: FileSet, defects: unknown): ReviewOutcome {
  const list = z.array(Defect).parse(defects);
  const visible = reviewVisible(solution);
  if (visible.verdict !== 'passed') return { ...visible, reviewScore: 0 };
  const { comments } = parseReview(solution[REVIEW_FILE], diffLineCount(solution));
  const m = matchComments(list, comments);
  const tests: TestResult[] = [];
  for (const d of list) {
    const hit = finding(m, d);
    const ranges = [d.lines, ...d.alsoLines].map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
    if (d.remark && !hit) continue;
    tests.push({
      name: d.remark ? `remark:${d.id}` : `defect:${d.id}`,
      status: hit ? 'pass' : 'fail',
      kind: 'hidden',
      hidden: true,
      weight: d.remark ? 0 : d.weight,
      durationMs: 0,
      message: hit ? `found on line ${hit.line}: ${shown(hit.body)}` : `missed (${d.category}, lines ${ranges}): ${d.description}`,
    });
  }
  for (const { comment, why } of m.unmatched) {
    tests.push({
      name: `unmatched:line-${comment.line}`,
      status: 'fail',
      kind: 'hidden',
      hidden: true,
      weight: 0,
      durationMs: 0,
      message: `matches no seeded defect (${why}; costs ${NOISE_POINTS} points): ${shown(comment.body)}`,
    });
  }
  const s = reviewScore(list, m);
  const seeded = list.filter((d) => !d.remark);
  const found = seeded.filter((d) => finding(m, d)).length;
  const noise = m.unmatched.length ? `; ${m.unmatched.length} comments match no seeded defect (-${s.penalty} points)` : '';
  return {
    ...visible,
    tests,
    verdict: Math.round(s.score) === 100 ? 'passed' : 'failed',
    summary: `${found} of ${seeded.length} seeded defects found${noise}`,
    reviewScore: s.score,
  };
}
