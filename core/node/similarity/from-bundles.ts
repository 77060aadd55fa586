// Similarity inputs from submission bundles: each exercise's final code, with its starter (snapshot 0) as base.
import type { SubmissionBundle } from '../../common/assessment.ts';
import { replayTo } from '../session/replay.ts';
import type { SimilarityInput } from './compare.ts';

export function similarityInputs(bundles: SubmissionBundle[]): SimilarityInput[] {
  return bundles.flatMap((b) =>
    b.submission.exercises.map((ex) => ({
      id: b.digest,
      label: b.submission.assessment.candidateName,
      exerciseId: ex.id,
      files: b.code[ex.id]!,
      base: replayTo(b.snapshots[ex.id]!, 0),
    })),
  );
}
