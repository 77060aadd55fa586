// Side-by-side similarity for the interviewer: one candidate's final code for an exercise against another
// candidate's (same exercise) or against the library's reference solution (a leaked reference is the commonest
// copy), with the matched line regions from the same winnowing check the dashboard uses. Read-only.
import type { FileMap } from '../../common/assessment.ts';
import type { CodeComparison } from '../../common/lifecycle.ts';
import { compareSubmissions } from '../similarity/compare.ts';
import { replayTo } from '../session/replay.ts';
import type { Library } from './library.ts';
import type { Review } from './review.ts';

function submission(review: Review, digest: string, exerciseId: string): { label: string; files: FileMap; starter: FileMap } {
  const { bundle } = review.store.bundle(digest);
  const snaps = bundle.snapshots[exerciseId];
  const files = bundle.code[exerciseId];
  if (!snaps || !files) throw new Error(`this submission has no exercise ${exerciseId}`);
  return { label: bundle.submission.assessment.candidateName, files, starter: replayTo(snaps, 0) };
}

export function compareCode(review: Review, library: Library, req: { exerciseId: string; a: string; b: string | null }): CodeComparison {
  const a = submission(review, req.a, req.exerciseId);
  let b: { label: string; files: FileMap };
  if (req.b) b = submission(review, req.b, req.exerciseId);
  else {
    const ex = library.load(req.exerciseId);
    // Only the files the candidate edits: the reference's other files (tests, go.mod) are not theirs to copy.
    const files: FileMap = Object.create(null);
    for (const path of Object.keys(a.files)) if (Object.hasOwn(ex.reference, path)) files[path] = ex.reference[path]!;
    b = { label: 'Reference solution', files };
  }
  const [pair] = compareSubmissions(
    [
      { id: 'a', label: a.label, exerciseId: req.exerciseId, files: a.files, base: a.starter },
      { id: 'b', label: b.label, exerciseId: req.exerciseId, files: b.files, base: a.starter },
    ],
    { threshold: 0 },
  );
  return {
    exerciseId: req.exerciseId,
    a: { label: a.label, files: a.files },
    b: { label: b.label, files: b.files, reference: !req.b },
    score: pair?.score ?? 0,
    regions: pair?.regions ?? [],
  };
}
