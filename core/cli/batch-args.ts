// Option parsing shared by `grade-batch` and `merge`.
import { parseArgs, type ParseArgsConfig } from 'node:util';
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
