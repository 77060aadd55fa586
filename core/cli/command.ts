// A subcommand of the `assay` CLI: registered in ./commands.ts.
export interface Command {
  name: string;
  /** One line for `assay --help`. */
  summary: string;
  /** Full usage text for `assay <name> --help`. */
  help: string;
  /** Resolves to the process exit code: 0 done, 1 internal error or failed check, 2 usage error. */
  run(args: string[]): Promise<number>;
}

/** Thrown for bad invocations: main prints the message on one line and exits 2. */
export class UsageError extends Error {}
