// Shared inputs of `run` and `grade`: the exercise directory and the solution directory holding the
// candidate's editable files (only those are used; everything else comes from the exercise's starter).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExerciseError, loadExercise, loadExerciseToRun, readTree, type FileSet, type LoadedExercise } from '../node/library/load.ts';
import { UsageError } from './command.ts';

export interface ExerciseArgs {
  ex: LoadedExercise;
  files: FileSet;
  flags: Record<string, boolean>;
}

/** Parses `<exerciseDir> <solutionDir> [--flag...]`; throws UsageError on anything malformed. `grading: false`
 * (run) loads the exercise without its mutants. */
export function exerciseArgs(command: string, args: string[], booleanFlags: string[], grading = true): ExerciseArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(booleanFlags.map((f) => [f, { type: 'boolean' as const }])),
    });
  } catch (e) {
    throw new UsageError(`assay ${command}: ${(e as Error).message}`);
  }
  if (parsed.positionals.length !== 2) throw new UsageError(`assay ${command}: expected <exerciseDir> <solutionDir> (see assay ${command} --help)`);
  const [exerciseDir, solutionDir] = parsed.positionals.map((p) => resolve(p)) as [string, string];
  let ex: LoadedExercise;
  try {
    ex = (grading ? loadExercise : loadExerciseToRun)(exerciseDir);
  } catch (e) {
    if (e instanceof ExerciseError) throw new UsageError(`assay ${command}: ${e.message}`);
    throw e;
  }
  if (!existsSync(solutionDir) || !statSync(solutionDir).isDirectory()) throw new UsageError(`assay ${command}: ${solutionDir} is not a directory`);
  let files: FileSet;
  try {
    files = readTree(solutionDir);
  } catch (e) {
    throw new UsageError(`assay ${command}: ${(e as Error).message}`);
  }
  if (!ex.meta.editable.some((p) => p in files)) {
    throw new UsageError(`assay ${command}: ${solutionDir} holds none of the editable files (${ex.meta.editable.join(', ')})`);
  }
  const flags = Object.fromEntries(booleanFlags.map((f) => [f, (parsed.values as Record<string, boolean | undefined>)[f] === true]));
  return { ex, files, flags };
}

/** Progress lines on stderr, only once the command has been running for more than a second. */
export function progressReporter(): (msg: string) => void {
  const started = Date.now();
  return (msg) => {
    if (Date.now() - started > 1000) process.stderr.write(`… ${msg}\n`);
  };
}
