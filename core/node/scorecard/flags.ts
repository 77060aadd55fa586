// What the interviewer should look at, derived from the bundle: activity worth a question (large pastes, long
// absences), submissions similar to another candidate's, and integrity problems. Facts, not verdicts.
import type { SimilarityPair, SubmissionBundle } from '../../common/assessment.ts';
import type { Flag } from '../../common/results.ts';
import { awayTime } from '../session/timing.ts';
import { duration, offset } from './format.ts';
import { clockSentence, clockSeverity, type ClockEvent } from '../../common/clock-findings.ts';

export const LARGE_PASTE_CHARS = 300;
export const LONG_CLOSED_MS = 60_000;
export const LONG_AWAY_MS = 5 * 60_000;

export function activityFlags(bundle: SubmissionBundle): Flag[] {
  const { startedAt, submittedAt, submitReason } = bundle.submission;
  const flags: Flag[] = [];
  for (const e of bundle.activity) {
    if (e.type === 'paste' && e.chars >= LARGE_PASTE_CHARS) {
      flags.push({
        code: 'large_paste',
        severity: 'warning',
        file: e.file,
        message: `${e.exerciseId}: pasted ${e.chars} characters (${e.lines} line${e.lines === 1 ? '' : 's'}) into ${e.file} at ${offset(e.t, startedAt)}`,
      });
    }
    if (e.type === 'clock') flags.push(clockFlag(e, startedAt));
    if (e.type === 'app_closed' && e.durationMs >= LONG_CLOSED_MS) {
      flags.push({ code: 'app_closed', severity: 'info', message: `Assay was closed for ${duration(e.durationMs)} at ${offset(e.from, startedAt)}` });
    }
  }
  const away = awayTime(bundle.activity, submittedAt);
  if (away.ms >= LONG_AWAY_MS) {
    flags.push({ code: 'focus_away', severity: 'info', message: `the window was in the background ${away.count} times, ${duration(away.ms)} in total` });
  }
  if (submitReason === 'expired') flags.push({ code: 'time_expired', severity: 'info', message: 'time ran out; the work was submitted automatically' });
  return flags;
}

export function similarityFlags(bundle: SubmissionBundle, pairs: SimilarityPair[]): Flag[] {
  return pairs
    .filter((p) => p.flagged && (p.a.id === bundle.digest || p.b.id === bundle.digest))
    .map((p) => {
      const other = p.a.id === bundle.digest ? p.b : p.a;
      const lines = p.regions[0] ? ` (e.g. lines ${p.regions[0].a.startLine}-${p.regions[0].a.endLine})` : '';
      return {
        code: 'similar_submission',
        severity: 'warning' as const,
        message: `${p.exerciseId}: ${Math.round(p.score * 100)}% similar to ${other.label}'s submission${lines}`,
      };
    });
}

/** An integrity finding for clock evidence, sized by how far the clock moved. */
export function clockFlag(e: ClockEvent, startedAt: number): Flag {
  return { code: `clock_${e.kind}`, severity: clockSeverity(e), message: `${clockSentence(e)} (at ${offset(e.t, startedAt)})` };
}
