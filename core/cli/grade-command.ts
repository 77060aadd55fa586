// `assay grade <exerciseDir> <solutionDir> [--json] [--require-full-isolation]`: visible + hidden + budget.
import { gradeSubmission } from '../node/grading/grade.ts';
import type { Command } from './command.ts';
import { formatGrade, gradeJson } from './format.ts';
import { exerciseArgs, progressReporter } from './inputs.ts';

export const gradeCommand: Command = {
  name: 'grade',
  summary: 'grade a solution: visible tests, hidden and budget cases, static scan, score',
  help: `usage: assay grade <exerciseDir> <solutionDir> [--json] [--require-full-isolation]

Grades the editable files found in solutionDir against the exercise: visible tests, hidden cases decided
outside the sandbox, budget (performance) cases, and a static scan for harness tampering. Prints a table, or
with --json exactly one JSON object:
  {"schema":"assay.grade/1","exercise","verdict","score","correctness","performance","isolation",
   "tests":[{"name","status","hidden","message","durationMs"}],"flags":[...],"timings":{"compileMs","runMs"}}
--require-full-isolation refuses to run without bubblewrap (the verdict is then sandbox_error).
Exits 0 whenever grading completed, whatever the verdict; 2 for usage errors, 1 for internal errors.`,
  async run(args) {
    const { ex, files, flags } = exerciseArgs('grade', args, ['json', 'require-full-isolation']);
    const report = await gradeSubmission(ex, files, {
      onProgress: progressReporter(),
      require: flags['require-full-isolation'] ? 'full' : 'prefer-full',
    });
    console.log(flags.json ? gradeJson(report) : formatGrade(report));
    return 0;
  },
};
