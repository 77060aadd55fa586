// `assay run <exerciseDir> <solutionDir> [--json]`: the visible tests, exactly like the Run button.
import { randomUUID } from 'node:crypto';
import { runVisible } from '../node/runner/run-visible.ts';
import type { Command } from './command.ts';
import { formatRun, runJson } from './format.ts';
import { exerciseArgs, progressReporter } from './inputs.ts';

export const runCommand: Command = {
  name: 'run',
  summary: 'run the visible tests of a solution, like the Run button',
  help: `usage: assay run <exerciseDir> <solutionDir> [--json]

Runs the exercise's visible tests in the sandbox against the editable files found in solutionDir (the rest
comes from the exercise's starter/). Prints a table, or with --json one JSON object (schema assay.run/1).
Exits 0 whenever the run completed, whatever the verdict; 2 for usage errors, 1 for internal errors.`,
  async run(args) {
    const { ex, files, flags } = exerciseArgs('run', args, ['json'], false);
    const progress = progressReporter();
    const report = await runVisible(ex, files, {
      runId: `cli-${randomUUID()}`,
      onEvent: (e) => e.type === 'phase' && progress(e.phase),
    });
    console.log(flags.json ? runJson(report) : formatRun(report));
    return 0;
  },
};
