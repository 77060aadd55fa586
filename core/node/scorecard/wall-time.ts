// The wall-clock view of time used, shown beside the established time used when the two disagree.
import type { SubmissionBundle } from '../../common/assessment.ts';
import { CLOCK_TOLERANCE_MS } from '../session/time-findings.ts';

/** Submission minus start by the computer's clock, or null when it agrees with the session time (or is unknown). */
export function wallTimeUsed(bundle: SubmissionBundle): number | null {
  const { startedAt, submittedAt } = bundle.submission;
  const end = bundle.activity.findLast((e) => e.type === 'submitted');
  if (!end || end.type !== 'submitted' || end.wall === undefined) return null;
  const wallUsed = end.wall - startedAt;
  const used = submittedAt - startedAt;
  // NTP may slew the wall clock up to 0.05 %: over a long session that alone is not a disagreement.
  return Math.abs(wallUsed - used) > Math.max(CLOCK_TOLERANCE_MS, used * 0.001) ? wallUsed : null;
}
