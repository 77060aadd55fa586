// Checks a folder before the app uses it as its exercise library: it exists, holds requirements.json and at least
// one exercise that loads; and says whether it is a FULL library (every exercise has reference/ and its grading
// material, hidden/ or, for write-the-tests exercises, mutants/; so the interviewer can grade) or a candidate-safe
// one (prompts, starters, visible tests only: what electron-builder.yml ships).
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { findExerciseDirs, loadExercise } from './load.ts';

export interface LibraryCheck {
  exercises: number;
  full: boolean;
}

/** Throws an Error whose message says, for a person, why the folder is not a usable library. */
export function inspectLibrary(dir: string): LibraryCheck {
  if (!isAbsolute(dir)) throw new Error(`${dir} is not an absolute path`);
  if (!existsSync(dir)) throw new Error(`${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  if (!existsSync(join(dir, 'requirements.json'))) {
    throw new Error(`${dir} is not an exercise library: it has no requirements.json`);
  }
  let dirs: string[];
  try {
    dirs = findExerciseDirs(dir);
  } catch (e) {
    throw new Error(`${dir} cannot be read: ${(e as Error).message}`);
  }
  let exercises = 0;
  let full = true;
  let firstProblem: string | null = null;
  for (const d of dirs) {
    try {
      loadExercise(d);
    } catch (e) {
      firstProblem ??= (e as Error).message;
      continue;
    }
    exercises++;
    const grading = existsSync(join(d, 'hidden')) || existsSync(join(d, 'mutants'));
    if (!grading || !existsSync(join(d, 'reference'))) full = false;
  }
  if (exercises === 0) {
    throw new Error(`${dir} has no exercise that loads${firstProblem ? ` (${firstProblem})` : ' (no exercise.json found)'}`);
  }
  return { exercises, full };
}
