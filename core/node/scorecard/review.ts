// Review exercises on a scorecard: each seeded defect next to the candidate's comments on its lines.
import { z } from 'zod';
import type { FileMap, ReviewFinding } from '../../common/assessment.ts';
import type { LoadedExercise } from '../library/load.ts';
import { Defect, DIFF_FILE, MIN_COMMENT_CHARS, parseReview, REVIEW_FILE } from '../grading/review.ts';

export function reviewFindings(ex: LoadedExercise, finalFiles: FileMap): ReviewFinding[] | null {
  if (ex.meta.type !== 'review' || ex.defects === null) return null;
  const defects = z.array(Defect).parse(ex.defects);
  const diffLines = (ex.starter[DIFF_FILE] ?? '').replace(/\n$/, '').split('\n').length;
  const { comments } = parseReview(finalFiles[REVIEW_FILE], diffLines);
  return defects.map((d) => {
    const near = comments.filter((c) => c.line >= d.lines[0] && c.line <= d.lines[1]);
    return {
      defectId: d.id,
      category: d.category,
      description: d.description,
      lines: d.lines,
      found: near.some((c) => c.body.trim().length >= MIN_COMMENT_CHARS),
      comments: near.map((c) => ({ line: c.line, body: c.body })),
    };
  });
}
