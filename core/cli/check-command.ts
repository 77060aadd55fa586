// `assay check [libraryDir]`: validates a library and prints a table; exit 0 only if every exercise is valid.
import { resolve } from 'node:path';
import { checkLibrary, recordCalibration, type ExerciseCheck } from '../node/check/check.ts';
import { detectToolchains } from '../node/toolchains.ts';
import type { Command } from './command.ts';

export const checkHelp = `usage: assay check [libraryDir] [--record]

Validates every exercise under libraryDir (default: ./exercises) in the sandbox: schema, competency ids,
reference scores 100, starter scores <= 10, every mutant is caught, calibrated time limit, every
submissions/accepted/<name> scores 100 and every submissions/too-slow/<name> keeps correctness but loses
performance points; and that every
assessable requirement of requirements.json is covered. Prints a table; exits 1 if anything fails.
--record writes each valid exercise's calibrated time limit to its calibration.json.`;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function formatTable(rows: ExerciseCheck[]): string {
  const head = ['exercise', 'type', 'reference', 'starter', 'mutants caught', 'submissions', 'TL', 'ok'];
  const body = rows.map((r) => [
    r.id,
    r.type,
    r.reference === null ? '-' : String(r.reference),
    r.starter === null ? '-' : String(r.starter),
    `${r.mutantsCaught}/${r.mutantsTotal}`,
    `${r.submissionsOk}/${r.submissionsTotal}`,
    r.timeLimitMs === null ? '-' : `${(r.timeLimitMs / 1000).toFixed(1)} s`,
    r.problems.length ? '✗' : '✓',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export async function checkCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(checkHelp);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--record');
  if (unknown.length) {
    console.error(`assay check: unknown option ${unknown[0]} (see assay check --help)`);
    return 2;
  }
  const positional = args.filter((a) => !a.startsWith('-'));
  if (positional.length > 1) {
    console.error('assay check: expected at most one libraryDir');
    return 2;
  }
  const dir = resolve(positional[0] ?? 'exercises');
  const started = Date.now();
  let last = 0;
  const result = await checkLibrary(dir, (m) => {
    if (Date.now() - started > 1000 && Date.now() - last > 500) {
      last = Date.now();
      process.stderr.write(`… ${m}\n`);
    }
  });
  console.log(formatTable(result.exercises));
  for (const r of result.exercises) {
    for (const m of r.performance ?? []) {
      if (m.margin !== null || m.solution.startsWith('too-slow:')) {
        console.log(`  ${r.id} ${m.solution}: performance ${m.performance ?? '-'}, margin ${m.margin === null ? '-' : `${m.margin}x`} past the allowed cost (${m.cases.join(', ')})`);
      }
    }
  }
  for (const r of result.exercises) for (const p of r.problems) console.log(`✗ ${r.id}: ${p}`);
  if (result.uncovered.length) console.log(`✗ assessable requirements not covered: ${result.uncovered.join(', ')}`);
  if (args.includes('--record')) {
    const versions = Object.fromEntries((await detectToolchains()).map((t) => [t.language, t.version]));
    console.log(`recorded ${recordCalibration(result.exercises, versions)} calibration.json files`);
  }
  const bad = result.exercises.filter((e) => e.problems.length).length;
  console.log(`${result.exercises.length - bad} passed, ${bad} failed`);
  return result.ok ? 0 : 1;
}

export const checkCommandEntry: Command = {
  name: 'check',
  summary: 'validate an exercise library (default ./exercises)',
  help: checkHelp,
  run: checkCommand,
};
