// Grading against what was issued: a bundle names its pack (the assessment id); the register's record of that pack
// decides which exercises are graded, their limits and weights, the time limit and the candidate's name. A bundle
// never adds an exercise: one that was not issued (or is there twice) is rejected with a message; an issued one
// it lacks scores 0 and stays in the denominator.
import type { SubmissionBundle } from '../../common/assessment.ts';
import type { IssuedExercise, IssuedPackRecord, PackWithdrawal, RegisterEntry } from '../../common/issue.ts';
import type { Flag } from '../../common/results.ts';
import type { Register } from '../assessment/register.ts';

export class IssueRejected extends Error {
  readonly code: 'not_issued' | 'extra_exercise' | 'duplicate_exercise' | 'register_tampered';
  constructor(code: IssueRejected['code'], message: string) {
    super(message);
    this.code = code;
  }
}

export interface PlannedExercise {
  id: string;
  contentHash: string;
  /** The issued limits and weight; null when graded without a register (the library's apply). */
  limits: IssuedExercise['limits'] | null;
  minutes: number | null;
  /** False when the bundle lacks this issued exercise: it scores 0. */
  submitted: boolean;
}

export interface GradingPlan {
  /** null: graded without a register (CLI without --register); every scorecard says so. */
  record: IssuedPackRecord | null;
  origin: RegisterEntry['origin'] | 'unverified';
  exercises: PlannedExercise[];
  flags: Flag[];
}

const critical = (code: string, message: string): Flag => ({ code, severity: 'critical', message });

/**
 * A withdrawn pack's bundle is still graded (nothing is lost; the interviewer decides) but says so, critically.
 * The reason is the interviewer's text: it travels as data in the message, escaped by whatever renders it.
 */
export function withdrawnFlag(w: PackWithdrawal): Flag {
  const when = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(w.at) ? `${w.at.slice(0, 10)} ${w.at.slice(11, 16)} UTC` : w.at;
  return critical('pack_withdrawn', `pack withdrawn on ${when}: ${w.reason || 'no reason given'}`);
}

/** Without a register: the bundle's own claims, flagged as unverified. Duplicates are still refused. */
export function unverifiedPlan(bundle: SubmissionBundle): GradingPlan {
  rejectDuplicates(bundle);
  return {
    record: null,
    origin: 'unverified',
    exercises: bundle.submission.exercises.map((e) => ({
      id: e.id, contentHash: e.contentHash, limits: null, minutes: null, submitted: true,
    })),
    flags: [critical('pack_unverified', 'pack_unverified: graded without the register of issued packs: the exercise list and time limit are the bundle\'s own claims')],
  };
}

function rejectDuplicates(bundle: SubmissionBundle): void {
  const seen = new Set<string>();
  for (const { id } of bundle.submission.exercises) {
    if (seen.has(id)) throw new IssueRejected('duplicate_exercise', `exercise ${JSON.stringify(id)} is in the bundle twice; each issued exercise is submitted once`);
    seen.add(id);
  }
}

export function planGrading(bundle: SubmissionBundle, register: Register): GradingPlan {
  const packId = bundle.submission.assessment.id;
  const entry = register.get(packId);
  if (!entry) {
    throw new IssueRejected(
      'not_issued',
      `pack ${packId} was not issued from this register; if another interviewer issued it, import that pack's record (Register → Import record) and grade again`,
    );
  }
  if (entry.origin === 'this_register' && !register.authentic(entry)) {
    throw new IssueRejected('register_tampered', `the register's record of pack ${packId} does not match its signature: it was changed on disk`);
  }
  rejectDuplicates(bundle);
  const rec = entry.record;
  const issued = new Map(rec.exercises.map((e) => [e.id, e]));
  const extra = bundle.submission.exercises.filter((e) => !issued.has(e.id)).map((e) => e.id);
  if (extra.length > 0) {
    throw new IssueRejected(
      'extra_exercise',
      `the bundle holds ${extra.map((x) => JSON.stringify(x)).join(', ')}, not issued in pack ${packId} (issued: ${rec.exercises.map((e) => e.id).join(', ')})`,
    );
  }
  const submitted = new Map(bundle.submission.exercises.map((e) => [e.id, e]));
  const flags: Flag[] = [];
  if (rec.withdrawn) flags.push(withdrawnFlag(rec.withdrawn));
  if (entry.origin === 'imported') {
    flags.push({
      code: 'pack_imported',
      severity: 'warning',
      message: `pack issued from another interviewer's register; its record was imported from ${entry.importedFrom ?? 'a file'} on ${entry.importedAt ?? '?'} and its signature cannot be checked on this machine`,
    });
  }
  for (const e of rec.exercises) {
    const s = submitted.get(e.id);
    if (s && s.contentHash !== e.contentHash) flags.push(critical('exercise_hash_changed', `${e.id}: the bundle's content hash differs from the one issued`));
  }
  if (entry.packDigest && bundle.submission.packDigest !== entry.packDigest) {
    flags.push(critical('pack_file_changed', 'the session ran from a pack file other than the one issued (its digest differs)'));
  }
  const a = bundle.submission.assessment;
  if (a.timeLimitMinutes !== rec.timeLimitMinutes) {
    flags.push(critical('time_limit_changed', `the bundle says ${a.timeLimitMinutes} min; the pack was issued with ${rec.timeLimitMinutes} min (the issued limit is used)`));
  }
  const { startedAt, deadline, submittedAt } = bundle.submission;
  if (deadline - startedAt !== rec.timeLimitMinutes * 60_000) {
    flags.push(critical('deadline_not_issued', `the session's deadline is not the issued ${rec.timeLimitMinutes} min after its start`));
  }
  const used = submittedAt - startedAt;
  if (used > rec.timeLimitMinutes * 60_000 + 60_000) {
    flags.push(critical('over_issued_time', `the session lasted ${Math.round(used / 60_000)} min of an issued ${rec.timeLimitMinutes} min`));
  }
  if (a.candidateName !== rec.candidateName) {
    flags.push(critical('candidate_changed', `the bundle names the candidate differently from the pack issued to ${rec.candidateName}`));
  }
  if (a.exercises.length !== rec.exercises.length || a.exercises.some((x, i) => x.id !== rec.exercises[i]?.id || x.contentHash !== rec.exercises[i]?.contentHash)) {
    flags.push(critical('exercise_list_changed', 'the bundle\'s exercise list is not the one issued'));
  }
  return { record: rec, origin: entry.origin, exercises: rec.exercises.map((e) => ({ ...e, submitted: submitted.has(e.id) })), flags };
}
