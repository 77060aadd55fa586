// One session per pack: flags for what the interviewer must see when a pack was started more than once, resumed
// after it was submitted, or submitted twice, from the events inside one bundle and across every bundle imported
// for the same pack.
import type { SubmissionBundle } from '../../common/assessment.ts';
import type { Flag } from '../../common/results.ts';
import { offset } from './format.ts';

/** From the activity log of one bundle. */
export function sessionFlags(bundle: SubmissionBundle): Flag[] {
  const flags: Flag[] = [];
  const { startedAt } = bundle.submission;
  const starts = bundle.activity.filter((e) => e.type === 'session_started').length;
  if (starts > 1) flags.push({ code: 'started_more_than_once', severity: 'critical', message: `the session log shows ${starts} starts of this pack` });
  const submits = bundle.activity.filter((e) => e.type === 'submitted').length;
  if (submits > 1) flags.push({ code: 'submitted_twice', severity: 'critical', message: `the session log shows ${submits} submissions` });
  let submitted = false;
  for (const e of bundle.activity) {
    if (e.type === 'submitted') submitted = true;
    if (e.type === 'session_resumed' && (submitted || e.after === 'submitted')) {
      flags.push({ code: 'resumed_after_submission', severity: 'critical', message: `the pack was opened again at ${offset(e.t, startedAt)}, after it was submitted` });
    }
  }
  return flags;
}

/** Across every bundle imported for one pack (oldest first). */
export function submissionFlags(samePack: SubmissionBundle[]): Flag[] {
  if (samePack.length < 2) return [];
  const flags: Flag[] = [{
    code: 'submitted_twice',
    severity: 'critical',
    message: `${samePack.length} submissions were imported for this pack (at ${samePack.map((b) => new Date(b.submission.submittedAt).toISOString()).join(', ')})`,
  }];
  const sessions = new Set(samePack.map((b) => b.submission.sessionId));
  if (sessions.size > 1) {
    flags.push({ code: 'started_more_than_once', severity: 'critical', message: `this pack was started in ${sessions.size} separate sessions` });
  }
  return flags;
}
