// Review exercises on a scorecard: each seeded defect next to the candidate's comments on its lines, then the
// comments that match no seeded defect (they cost points, so the interviewer sees them).
import { z } from 'zod';
import type { FileMap, ReviewFinding } from '../../common/assessment.ts';
import type { LoadedExercise } from '../library/load.ts';
import { Defect, DIFF_FILE, parseReview, REVIEW_FILE } from '../grading/review.ts';
import { finding, matchComments, NOISE_POINTS, onDefect } from '../grading/review-match.ts';

/** A comment longer than this is cut on the scorecard (a review may paste huge comments everywhere). */
const SHOWN_CHARS = 2000;
const cut = (body: string) => (body.length > SHOWN_CHARS ? `${body.slice(0, SHOWN_CHARS)}… (${body.length} characters)` : body);

export function reviewFindings(ex: LoadedExercise, finalFiles: FileMap): ReviewFinding[] | null {
  if (ex.meta.type !== 'review' || ex.defects === null) return null;
  const defects = z.array(Defect).parse(ex.defects);
  const diffLines = (ex.starter[DIFF_FILE] ?? '').replace(/\n$/, '').split('\n').length;
  const { comments } = parseReview(finalFiles[REVIEW_FILE], diffLines);
  const m = matchComments(defects, comments);
  const out: ReviewFinding[] = defects.map((d) => ({
    defectId: d.id,
    category: d.remark ? `${d.category} (remark, not scored)` : d.category,
    description: d.description,
    lines: d.lines,
    found: finding(m, d) !== undefined,
    comments: comments.filter((c) => onDefect(d, c.line)).map((c) => ({ line: c.line, body: cut(c.body) })),
  }));
  if (m.unmatched.length) {
    out.push({
      defectId: 'unmatched-comments',
      category: 'noise',
      description: `Comments that match no seeded defect: each costs ${NOISE_POINTS} points.`,
      lines: [1, diffLines],
      found: false,
      unmatched: true,
      comments: m.unmatched.map(({ comment, why }) => ({ line: comment.line, body: `${cut(comment.body)} [${why}]` })),
    });
  }
  return out;
}
