// `assay grade <exerciseDir> <solutionDir> [--json] [--require-full-isolation]`: visible + hidden + budget.
import { gradeSubmission } from '../node/grading/grade.ts';
import { REFERENCE_WINDOW_MS } from '../node/grading/reference-store.ts';
import type { Command } from './command.ts';
import { formatGrade, gradeJson } from './format.ts';
import { exerciseArgs, progressReporter } from './inputs.ts';

export const gradeCommand: Command = {
  name: 'grade',
  summary: 'grade a solution: visible tests, hidden and budget cases, static scan, score',
  help: `usage: assay grade <exerciseDir> <solutionDir> [--json] [--require-full-isolation] [--fresh-reference]

Grades the editable files found in solutionDir against the exercise: visible tests, hidden cases decided
outside the sandbox, budget (performance) cases, and a static scan for harness tampering. Prints a table, or
with --json exactly one JSON object:
  {"schema":"assay.grade/1","exercise","verdict","score","correctness","performance","isolation",
   "tests":[{"name","status","hidden","message","durationMs"}],"flags":[...],"timings":{"compileMs","runMs"},
   "reference":{"measuredAt","origin","startupMs","cases":[{"name","ms"}],"source"}|null}
--require-full-isolation refuses to run without bubblewrap (the verdict is then sandbox_error).
Budget (performance) cases are judged against the reference solution measured on this machine. Successive
grade calls within ${REFERENCE_WINDOW_MS / 60000} minutes share one measurement, like one batch (the app does the same in its
process); "reference" says when it was measured and whether it was reused. --fresh-reference measures it
again (and later calls reuse that); ASSAY_REFERENCE_WINDOW_S sets the window in seconds (0: every call measures).
Exits 0 whenever grading completed, whatever the verdict; 2 for usage errors, 1 for internal errors.`,
  async run(args) {
    const { ex, files, flags } = exerciseArgs('grade', args, ['json', 'require-full-isolation', 'fresh-reference']);
    const report = await gradeSubmission(ex, files, {
      storedReference: flags['fresh-reference'] ? 'renew' : 'reuse',
      onProgress: progressReporter(),
      require: flags['require-full-isolation'] ? 'full' : 'prefer-full',
    });
    console.log(flags.json ? gradeJson(report) : formatGrade(report));
    return 0;
  },
};
