// `assay check`: validates every exercise of a library against the real sandbox and toolchains.
// Per exercise: schema, competency ids, reference = 100, starter <= 10, every mutant < 100 and caught,
// a Kattis-style time limit (>= 2x the slowest reference run, rounded up, never below a floor), and the
// judge-style submissions/ (accepted → 100, too-slow → full correctness but lost performance; submissions.ts).
// Library-wide: every assessable requirement is covered by at least one exercise.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { GradeReport } from '../../common/results.ts';
import { gradeSubmission } from '../grading/grade.ts';
import { ALLOWABLE } from '../grading/scan.ts';
import { findExerciseDirs, loadExercise, type LoadedExercise, type FileSet } from '../library/load.ts';
import { loadRequirements } from '../library/requirements.ts';
import { mapPool } from '../library/pool.ts';
import { countProblems, judgeSubmission, loadSubmissions } from '../library/submissions.ts';
import { scaffoldSteps } from '../library/scaffold-steps.ts';
import { isBudgetCase } from '../../common/exercise.ts';
import { perfMargin, type PerfMargin } from '../library/perf-margin.ts';

export const TIME_LIMIT_FLOOR_MS = 2000;
const STARTER_MAX = 10;

export interface ExerciseCheck {
  dir: string;
  id: string;
  type: string;
  language: string;
  reference: number | null;
  starter: number | null;
  mutantsCaught: number;
  mutantsTotal: number;
  /** Submissions under submissions/ that behaved as their folder says, of all of them. */
  submissionsOk: number;
  submissionsTotal: number;
  timeLimitMs: number | null;
  /** Slowest of two reference runs, ms (the calibration input). */
  referenceRunMs?: number;
  /** Score of each mutant and too-slow solution (`mutant:<name>`, `too-slow:<name>`), for comparing runs. */
  scores?: Record<string, number>;
  /** Exercises with budget cases: each graded solution's distance from the performance line (perf-margin.ts). */
  performance?: PerfMargin[];
  problems: string[];
}

export interface LibraryCheck {
  exercises: ExerciseCheck[];
  uncovered: string[];
  ok: boolean;
}

/** Kattis-style: twice the slowest reference run, rounded up to the next 500 ms, never below the floor. */
export function calibrateTimeLimit(slowestReferenceMs: number, floorMs = TIME_LIMIT_FLOOR_MS): number {
  return Math.max(floorMs, Math.ceil((2 * slowestReferenceMs) / 500) * 500);
}

function editableOf(ex: LoadedExercise, files: FileSet): FileSet {
  return Object.fromEntries(ex.meta.editable.filter((p) => p in files).map((p) => [p, files[p]!]));
}

function failedHidden(r: GradeReport): number {
  return r.tests.filter((t) => t.hidden && t.status !== 'pass').length;
}

/** Checks one exercise directory (known: the competency ids of requirements.json). Never throws for a bad exercise. */
export async function checkExercise(dir: string, known: Set<string>, onProgress: (m: string) => void): Promise<ExerciseCheck> {
  const res: ExerciseCheck = {
    dir, id: dir, type: '?', language: '?', reference: null, starter: null,
    mutantsCaught: 0, mutantsTotal: 0, submissionsOk: 0, submissionsTotal: 0, timeLimitMs: null, problems: [],
  };
  let ex: LoadedExercise;
  try {
    ex = loadExercise(dir);
  } catch (e) {
    res.problems.push((e as Error).message);
    return res;
  }
  Object.assign(res, { id: ex.meta.id, type: ex.meta.type, language: ex.meta.language, mutantsTotal: ex.mutants.length });
  // An unfinished `assay new` scaffold: say which step is next instead of grading placeholders.
  const steps = scaffoldSteps(dir);
  if (steps.length) return { ...res, problems: steps };
  for (const c of ex.meta.competencies) if (!known.has(c)) res.problems.push(`unknown competency id ${c}`);
  for (const a of ex.meta.allowedFlags) {
    if (!ALLOWABLE.has(a.code)) res.problems.push(`allowedFlags: ${a.code} cannot be allowed (allowable: ${[...ALLOWABLE].join(', ')})`);
  }
  if (ex.mutants.length < 3) res.problems.push(`needs at least 3 mutants, has ${ex.mutants.length}`);
  const grade = (files: FileSet) => gradeSubmission(ex, editableOf(ex, files), { require: 'prefer-full' });

  const reference = { ...ex.starter, ...ex.reference };
  const ref = await grade(reference);
  res.reference = ref.score;
  if (ref.score !== 100) res.problems.push(`reference scores ${ref.score} (${ref.verdict}: ${ref.summary})`);
  for (const f of ref.flags.filter((x) => x.severity === 'critical')) {
    res.problems.push(`reference raises critical flag ${f.code} (${f.file ?? '?'}:${f.line ?? '?'}); allow what the prompt requires in exercise.json allowedFlags`);
  }
  const budgeted = ex.cases.some(isBudgetCase);
  const margins: PerfMargin[] = [];
  const margin = (m: PerfMargin) => {
    margins.push(m);
    res.problems.push(...m.problems);
  };
  if (budgeted) margin(perfMargin('reference', ref, false));
  const slowest = Math.max(ref.timings.runMs, (await grade(reference)).timings.runMs);
  res.timeLimitMs = calibrateTimeLimit(slowest);
  res.referenceRunMs = slowest;
  if (ex.meta.limits.timeoutMs < res.timeLimitMs) {
    res.problems.push(`limits.timeoutMs ${ex.meta.limits.timeoutMs} is below the calibrated limit ${res.timeLimitMs} ms`);
  }

  const starter = await grade(ex.starter);
  res.starter = starter.score;
  if (starter.score > STARTER_MAX) res.problems.push(`starter scores ${starter.score} (> ${STARTER_MAX})`);

  if (ex.meta.type === 'write-tests') {
    // The reference test suite must catch every mutant of the code under test.
    const rows = ref.tests.filter((t) => t.name.startsWith('mutant:'));
    res.mutantsCaught = rows.filter((t) => t.status === 'pass').length;
    for (const t of rows) if (t.status !== 'pass') res.problems.push(`reference tests miss ${t.name}`);
  } else {
    for (const m of ex.mutants) {
      onProgress(`${ex.meta.id}: mutant ${m.name}`);
      const r = await grade({ ...reference, ...m.files });
      if (r.verdict === 'compile_error' && ex.meta.type !== 'review') {
        res.problems.push(`mutant ${m.name} does not compile: a mutant must be a plausible wrong solution`);
        continue;
      }
      (res.scores ??= {})[`mutant:${m.name}`] = r.score;
      if (budgeted) margin(perfMargin(`mutant:${m.name}`, r, false));
      const caught = r.score < 100 && (ex.meta.type === 'review' || failedHidden(r) > 0);
      if (caught) res.mutantsCaught++;
      else res.problems.push(`mutant ${m.name} not caught (score ${r.score}, ${r.verdict})`);
    }
  }
  const subs = loadSubmissions(ex);
  res.problems.push(...subs.problems, ...countProblems(ex, subs.submissions));
  res.submissionsTotal = subs.submissions.length;
  for (const s of subs.submissions) {
    onProgress(`${ex.meta.id}: submission ${s.kind}/${s.name}`);
    const r = await grade({ ...ex.starter, ...s.files });
    const problem = judgeSubmission(s, r);
    if (problem) res.problems.push(problem);
    else res.submissionsOk++;
    if (s.kind !== 'too-slow') continue;
    (res.scores ??= {})[`too-slow:${s.name}`] = r.score;
    if (budgeted) margin(perfMargin(`too-slow:${s.name}`, r, true));
  }
  if (budgeted) res.performance = margins;
  return res;
}

export async function checkLibrary(libraryDir: string, onProgress: (m: string) => void = () => {}): Promise<LibraryCheck> {
  const reqs = loadRequirements(libraryDir);
  const known = new Set(reqs.requirements.map((r) => r.id));
  const dirs = findExerciseDirs(libraryDir);
  const exercises = await mapPool(dirs, Math.max(1, cpus().length), async (dir) => {
    onProgress(`checking ${dir}`);
    try {
      return await checkExercise(dir, known, onProgress);
    } catch (e) {
      return { dir, id: dir, type: '?', language: '?', reference: null, starter: null, mutantsCaught: 0,
        mutantsTotal: 0, submissionsOk: 0, submissionsTotal: 0, timeLimitMs: null, problems: [`internal error: ${(e as Error).message}`] };
    }
  });
  const covered = new Set<string>();
  for (const dir of dirs) {
    try { for (const c of loadExercise(dir).meta.competencies) covered.add(c); } catch { /* reported above */ }
  }
  const uncovered = reqs.requirements.filter((r) => r.assessable && !covered.has(r.id)).map((r) => r.id);
  const ok = exercises.length > 0 && uncovered.length === 0 && exercises.every((e) => e.problems.length === 0);
  return { exercises, uncovered, ok };
}

/** Records each passing exercise's calibration next to its exercise.json (`assay check --record`). */
export function recordCalibration(checks: ExerciseCheck[], toolchains: Record<string, string | null>): number {
  let written = 0;
  for (const c of checks) {
    if (c.problems.length || c.timeLimitMs === null) continue;
    const body = { schema: 'assay.calibration/1', exercise: c.id, timeLimitMs: c.timeLimitMs,
      referenceRunMs: c.referenceRunMs ?? null, floorMs: TIME_LIMIT_FLOOR_MS, toolchain: toolchains[c.language] ?? null,
      measuredAt: new Date().toISOString() };
    writeFileSync(join(c.dir, 'calibration.json'), `${JSON.stringify(body, null, 2)}\n`);
    written++;
  }
  return written;
}
