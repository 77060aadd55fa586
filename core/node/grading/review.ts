// Review exercises: the candidate's review.json (comments on lines of changes.diff) against the seeded defects
// in hidden/defects.json. Decided entirely outside the sandbox: nothing runs.
import { z } from 'zod';
import type { TestResult } from '../../common/results.ts';
import type { FileSet } from '../library/load.ts';
import type { SuiteOutcome } from '../runner/outcome.ts';
import { Defect, finding, matchComments, NOISE_POINTS, reviewScore } from './review-match.ts';
import { diffLineCount, parseReview, REVIEW_FILE, reviewVisible } from '../runner/review-visible.ts';

export { Defect, MIN_COMMENT_CHARS } from './review-match.ts';
export { DIFF_FILE, parseReview, REVIEW_FILE, reviewVisible, type ReviewComment } from '../runner/review-visible.ts';

/** Comment text longer than this is cut in grading messages (the scorecard shows it whole, escaped). */
const SHOWN_CHARS = 300;

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
