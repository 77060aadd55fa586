// The `assay` subcommands. To add one, implement a Command (./command.ts) and list it here.
import { checkCommand, checkHelp } from './check-command.ts';
import type { Command } from './command.ts';
import { gradeCommand } from './grade-command.ts';
import { runCommand } from './run-command.ts';
import { packCommand } from './pack.ts';
import { scorecardCommand } from './scorecard.ts';
import { newCommand } from './new-command.ts';

export const commands: Command[] = [
  runCommand,
  gradeCommand,
  { name: 'check', summary: 'validate an exercise library (default ./exercises)', help: checkHelp, run: checkCommand },
  packCommand,
  scorecardCommand,
  newCommand,
];
