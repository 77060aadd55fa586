// The workspace methods (list, open, load, save, reset, run) when a candidate session exists: the exercises come
// from the pack, saves are session edits (crash-safe snapshots), Run runs the pack's visible tests and is
// recorded in the activity log. The pack holds no hidden material, so a pack exercise is a LoadedExercise
// without reference, hidden files, cases or mutants.
import type { PackExercise } from '../../common/assessment.ts';
import type { ExerciseSummary, ExerciseView } from '../../common/exercise.ts';
import type { SavedWorkspace } from '../../common/contract.ts';
import type { RunReport } from '../../common/results.ts';
import { candidateFiles, type LoadedExercise } from '../library/load.ts';
import { SessionError, type CandidateSession } from '../session/session.ts';

export function packExercise(packDigest: string, ex: PackExercise): LoadedExercise {
  return {
    dir: `pack:${packDigest}/${ex.meta.id}`,
    meta: ex.meta,
    prompt: ex.prompt,
    starter: ex.starter,
    visible: ex.visible,
    reference: {},
    hiddenFiles: {},
    cases: [],
    mutants: [],
    defects: null,
  };
}

function summary(ex: PackExercise): ExerciseSummary {
  const { id, title, language, type, difficulty, minutes } = ex.meta;
  // Requirement texts stay with the interviewer; the candidate's list groups by language and type only.
  return { id, title, language, type, difficulty, minutes, competencies: [] };
}

export class SessionWorkspace {
  readonly session: CandidateSession;

  constructor(session: CandidateSession) {
    this.session = session;
  }

  summaries(): ExerciseSummary[] {
    return this.session.pack.exercises.map(summary);
  }

  view(id: string): ExerciseView {
    const ex = this.session.exercise(id);
    return { summary: summary(ex), prompt: ex.prompt, files: candidateFiles(this.loaded(id)) };
  }

  loaded(id: string): LoadedExercise {
    return packExercise(this.session.pack.digest, this.session.exercise(id));
  }

  /** The current editable files; savedAt is the last edit's time (null while the starter is untouched). */
  load(id: string): SavedWorkspace {
    const snaps = this.session.snapshots(id);
    const last = snaps.at(-1)!;
    return { exerciseId: id, files: this.session.files(id), savedAt: last.i > 0 ? new Date(last.t).toISOString() : null };
  }

  save(id: string, files: Record<string, string>): { savedAt: string } {
    const ex = this.session.exercise(id);
    const editable: Record<string, string> = {};
    for (const [path, content] of Object.entries(files)) {
      if (ex.meta.editable.includes(path)) editable[path] = content;
      else if (!(path in ex.starter) && !(path in ex.visible)) throw new Error(`${path} is not a file of exercise ${id}`);
    }
    this.session.recordEdit(id, editable);
    return { savedAt: new Date(this.session.now()).toISOString() };
  }

  /** Back to the starter: recorded as an ordinary edit, so the replay shows it. */
  reset(id: string): SavedWorkspace {
    const ex = this.session.exercise(id);
    const files = Object.fromEntries(ex.meta.editable.map((p) => [p, ex.starter[p]!]));
    this.session.recordEdit(id, files);
    return { exerciseId: id, files, savedAt: null };
  }

  /** A finished run goes into the activity log (cancelled runs are not results; nor are runs after submission). */
  recordRun(id: string, report: RunReport): void {
    if (report.cancelled) return;
    try {
      this.session.recordRun(id, report);
    } catch (e) {
      if (!(e instanceof SessionError && e.code === 'submitted')) throw e;
    }
  }
}
