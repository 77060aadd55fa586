// Shared by the runner, grading and CLI integration tests: the seed exercises and small in-memory variations.
import { join } from 'node:path';
import type { RunEvent } from '../../../core/common/results.ts';
import { ExerciseMeta, HiddenCase } from '../../../core/common/exercise.ts';
import { loadExercise, type FileSet, type LoadedExercise } from '../../../core/node/library/load.ts';

export const EXERCISES = join(import.meta.dirname, '../../../exercises');
export const GO_DIR = join(EXERCISES, 'go/log-sections');
export const RUBY_DIR = join(EXERCISES, 'ruby/reference-extractor');

export const goEx = (): LoadedExercise => loadExercise(GO_DIR);
export const rubyEx = (): LoadedExercise => loadExercise(RUBY_DIR);

/** The editable files of the reference solution. */
export function reference(ex: LoadedExercise): FileSet {
  return { ...ex.starter, ...ex.reference };
}

/** The single editable file of an exercise, and a copy of a file set with it replaced. */
export function editable(ex: LoadedExercise): string {
  return ex.meta.editable[0]!;
}

export function withEditable(ex: LoadedExercise, content: string): FileSet {
  return { [editable(ex)]: content };
}

export function withLimits(ex: LoadedExercise, limits: Partial<LoadedExercise['meta']['limits']>): LoadedExercise {
  return { ...ex, meta: { ...ex.meta, limits: { ...ex.meta.limits, ...limits } } };
}

/** Collects RunEvents for assertions on phases and streamed output. */
export function recorder(): { events: RunEvent[]; onEvent: (e: RunEvent) => void; phases: () => string[]; output: () => string } {
  const events: RunEvent[] = [];
  return {
    events,
    onEvent: (e) => events.push(e),
    phases: () => events.flatMap((e) => (e.type === 'phase' ? [e.phase] : [])),
    output: () => events.flatMap((e) => (e.type === 'output' ? [e.text] : [])).join(''),
  };
}

/** A small exercise built in memory (no files on disk): for types and features the seed library lacks. */
export function memoryExercise(spec: {
  meta: Record<string, unknown>;
  starter: FileSet;
  visible?: FileSet;
  reference?: FileSet;
  hiddenFiles?: FileSet;
  cases?: unknown[];
  mutants?: { name: string; files: FileSet }[];
  defects?: unknown;
}): LoadedExercise {
  const meta = ExerciseMeta.parse({
    schema: 'assay.exercise/1',
    title: 'In-memory test exercise',
    difficulty: 'easy',
    minutes: 10,
    competencies: ['test'],
    ...spec.meta,
  });
  return {
    dir: `/memory/${meta.id}`,
    meta,
    prompt: '',
    starter: spec.starter,
    visible: spec.visible ?? {},
    reference: spec.reference ?? {},
    hiddenFiles: spec.hiddenFiles ?? {},
    cases: (spec.cases ?? []).map((c) => HiddenCase.parse(c)),
    mutants: (spec.mutants ?? []).map((m) => ({ ...m, description: m.name })),
    defects: spec.defects ?? null,
  };
}
