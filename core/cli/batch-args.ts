// Option parsing shared by `grade-batch`, `merge`, `scorecard` and `register`.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { RegisterError, type Register } from '../node/assessment/register.ts';
import { openRegisterForGrading } from '../node/batch/register.ts';
import { UsageError } from './command.ts';

export function parse(command: string, args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new UsageError(`assay ${command}: ${(e as Error).message}`);
  }
}

export function need<T>(command: string, value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new UsageError(`assay ${command}: need ${what} (see assay ${command} --help)`);
  return value;
}

/** Exit codes of the batch commands. */
export const EXIT = { ok: 0, internal: 1, usage: 2, incomplete: 3 } as const;

/** The path, if it is a directory; a usage error naming the option otherwise. */
export function directory(command: string, path: string, what: string): string {
  let ok = false;
  try {
    ok = statSync(path).isDirectory();
  } catch {
    // reported below
  }
  if (!ok) throw new UsageError(`assay ${command}: ${what} ${path} is not a directory`);
  return path;
}

/** An exercise library: a directory with requirements.json (the scorecards' competency map). */
export function library(command: string, path: string): string {
  directory(command, path, '--library');
  if (!existsSync(join(path, 'requirements.json'))) throw new UsageError(`assay ${command}: --library ${path} is not an exercise library (no requirements.json)`);
  return path;
}

/** --register <dir> for grading: the register of issued packs, or null without the option. */
export function gradingRegister(command: string, dir: string | undefined): Register | null {
  if (dir === undefined) return null;
  try {
    return openRegisterForGrading(resolve(dir));
  } catch (e) {
    if (e instanceof RegisterError) throw new UsageError(`assay ${command}: ${e.message}`);
    throw e;
  }
}
