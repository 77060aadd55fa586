// Judge-style submissions kept with an exercise (like a Kattis problem package's submissions/ folder):
//   submissions/accepted/<name>/<files>   independently written correct solutions (or suites, or reviews): score 100
//   submissions/too-slow/<name>/<files>   correct but slow solutions: full correctness, lose performance points
// Each holds only files the candidate may edit (exercise.json `editable`) and is graded exactly like a candidate's
// submission, overlaid on starter/. Never packed for candidates: it stays with hidden/ and mutants/.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GradeReport } from '../../common/results.ts';
import { isBudgetCase } from '../../common/exercise.ts';
import { readTree, type FileSet, type LoadedExercise } from './load.ts';

export const SUBMISSION_KINDS = ['accepted', 'too-slow'] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];
export const MIN_ACCEPTED = 2;

export interface Submission {
  kind: SubmissionKind;
  name: string;
  files: FileSet;
}

export interface LoadedSubmissions {
  submissions: Submission[];
  /** Layout problems: unknown folders, non-editable files, empty submissions, unreadable trees. */
  problems: string[];
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Reads and validates submissions/ of one exercise. Never throws: every problem is a readable line. */
export function loadSubmissions(ex: LoadedExercise): LoadedSubmissions {
  const out: LoadedSubmissions = { submissions: [], problems: [] };
  const root = join(ex.dir, 'submissions');
  if (!existsSync(root)) return out;
  const editable = new Set(ex.meta.editable);
  for (const kind of readdirSync(root).sort()) {
    if (!(SUBMISSION_KINDS as readonly string[]).includes(kind) || !lstatSync(join(root, kind)).isDirectory()) {
      out.problems.push(`submissions/${kind}: unknown entry (expected ${SUBMISSION_KINDS.join(' or ')} folders)`);
      continue;
    }
    for (const name of readdirSync(join(root, kind)).sort()) {
      const at = `submissions/${kind}/${name}`;
      if (!NAME.test(name) || !lstatSync(join(root, kind, name)).isDirectory()) {
        out.problems.push(`${at}: a submission is a folder named [a-z0-9._-]`);
        continue;
      }
      let files: FileSet;
      try {
        files = readTree(join(root, kind, name));
      } catch (e) {
        out.problems.push(`${at}: ${(e as Error).message}`);
        continue;
      }
      const foreign = Object.keys(files).filter((p) => !editable.has(p));
      if (foreign.length) out.problems.push(`${at}: only editable files are allowed, found ${foreign.join(', ')}`);
      if (Object.keys(files).length === foreign.length) out.problems.push(`${at}: holds no editable file`);
      if (foreign.length || Object.keys(files).length === 0) continue;
      out.submissions.push({ kind: kind as SubmissionKind, name, files });
    }
  }
  return out;
}

/** Whether an exercise has budget (performance) cases, and so needs a too-slow submission. */
export function hasBudgets(ex: LoadedExercise): boolean {
  return ex.cases.some(isBudgetCase);
}

/** Library rules on how many submissions an exercise carries. */
export function countProblems(ex: LoadedExercise, subs: Submission[]): string[] {
  const problems: string[] = [];
  const accepted = subs.filter((s) => s.kind === 'accepted').length;
  const slow = subs.filter((s) => s.kind === 'too-slow').length;
  if (accepted < MIN_ACCEPTED) problems.push(`needs at least ${MIN_ACCEPTED} accepted submissions (submissions/accepted/<name>/), has ${accepted}`);
  if (hasBudgets(ex) && slow === 0) problems.push('has budget cases but no too-slow submission (submissions/too-slow/<name>/)');
  if (!hasBudgets(ex) && slow > 0) problems.push('has too-slow submissions but no budget case to lose points on');
  return problems;
}

function failing(r: GradeReport): string {
  const bad = r.tests.filter((t) => t.status !== 'pass' && t.kind !== 'visible').map((t) => t.name);
  const visible = r.tests.filter((t) => t.status !== 'pass' && t.kind === 'visible').map((t) => t.name);
  const parts = [bad.length ? `failing ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}` : '',
    visible.length ? `visible tests failing: ${visible.slice(0, 3).join(', ')}` : ''].filter(Boolean);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** The verdict on one graded submission: null when it behaves as its folder says, else why not. */
export function judgeSubmission(s: Submission, r: GradeReport): string | null {
  const at = `submission ${s.kind}/${s.name}`;
  const critical = r.flags.filter((f) => f.severity === 'critical');
  const flagged = critical.length
    ? `${at} raises critical flags ${critical.map((f) => `${f.code} (${f.file ?? '?'}:${f.line ?? '?'})`).join(', ')}: ` +
      'a correct solution must not be flagged critical (allow what the prompt requires in exercise.json allowedFlags)'
    : null;
  const visibleFailing = r.tests.some((t) => t.kind === 'visible' && t.status !== 'pass');
  if (s.kind === 'accepted') {
    // 'passed' as well as 100: the visible tests, which do not count in the score, must pass too.
    if (r.score !== 100 || r.verdict !== 'passed') return `${at} scores ${r.score} (${r.verdict}: ${r.summary}${failing(r)}), expected 100 with every test passing`;
    return flagged;
  }
  if (r.correctness !== 100 || visibleFailing || ['compile_error', 'tampered', 'sandbox_error'].includes(r.verdict)) {
    return `${at} must keep full correctness, has ${r.correctness} (${r.verdict}: ${r.summary}${failing(r)})`;
  }
  if (r.performance === null || r.performance >= 100) return `${at} loses no performance points (performance ${r.performance}, score ${r.score})`;
  return flagged;
}
