// The `assay` subcommands, loaded lazily: `assay run` parses only what running needs (the PDF printer, the
// bundle reader and the batch grader stay unloaded). To add one, implement a Command (./command.ts) in its own
// module and list it here with the one-line summary `assay --help` shows.
import type { Command } from './command.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: 'run', summary: 'run the visible tests of a solution, like the Run button', load: async () => (await import('./run-command.ts')).runCommand },
  { name: 'grade', summary: 'grade a solution: visible tests, hidden and budget cases, static scan, score', load: async () => (await import('./grade-command.ts')).gradeCommand },
  { name: 'check', summary: 'validate an exercise library (default ./exercises)', load: async () => (await import('./check-command.ts')).checkCommandEntry },
  { name: 'pack', summary: 'issue candidate packs (prompts, starters, visible tests), recorded in the register of issued packs', load: async () => (await import('./pack.ts')).packCommand },
  { name: 'scorecard', summary: 'grade submission bundles and write scorecards (pdf, html, md, json, csv)', load: async () => (await import('./scorecard.ts')).scorecardCommand },
  { name: 'grade-batch', summary: 'grade a folder of bundles (resumable, shardable): JSON per bundle, summary, CSV, JUnit', load: async () => (await import('./grade-batch-command.ts')).gradeBatchCommand },
  { name: 'merge', summary: 'merge grade-batch shard outputs into one summary, CSV, JUnit and scorecards', load: async () => (await import('./merge-command.ts')).mergeCommand },
  { name: 'register', summary: 'list, export, import, withdraw and reinstate records of issued packs', load: async () => (await import('./register-command.ts')).registerCommand },
  { name: 'new', summary: 'scaffold a new exercise that `assay check` guides to completion', load: async () => (await import('./new-command.ts')).newCommand },
];
