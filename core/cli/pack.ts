// `assay pack --library <dir> (--exercises a,b | --profile <id>) [--minutes 90] --candidate "Name" --out <file>`:
// writes a candidate pack (prompts, starters and visible tests only).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportPack } from '../node/assessment/pack.ts';
import { UsageError, type Command } from './command.ts';

const help = `usage: assay pack --library <dir> (--exercises a,b | --profile <id>) [--minutes <n>] --candidate "Name"
                  [--title "…"] --out <file.assay-pack>

Writes a candidate pack: prompts, starter files and visible tests of the chosen exercises (hidden tests,
reference solutions and mutants stay on this machine), the time limit and the candidate's name. With --profile,
the role profile's exercises are used and its time limit unless --minutes is given.`;

async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        library: { type: 'string' },
        exercises: { type: 'string' },
        profile: { type: 'string' },
        minutes: { type: 'string' },
        candidate: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (e) {
    throw new UsageError(`assay pack: ${(e as Error).message}`);
  }
  if (!values.library || !values.candidate || !values.out || !(values.exercises || values.profile)) {
    throw new UsageError('assay pack: need --library, --candidate, --out and --exercises or --profile (see assay pack --help)');
  }
  const minutes = values.minutes === undefined ? undefined : Number(values.minutes);
  if (minutes !== undefined && !Number.isInteger(minutes)) throw new UsageError(`assay pack: --minutes must be a whole number, not ${values.minutes}`);
  try {
    const pack = exportPack({
      libraryDir: resolve(values.library),
      exerciseIds: values.exercises?.split(',').map((s) => s.trim()).filter(Boolean),
      profileId: values.profile,
      title: values.title,
      candidateName: values.candidate,
      timeLimitMinutes: minutes,
      out: resolve(values.out),
    });
    const a = pack.assessment;
    console.log(`wrote ${pack.path} (${pack.bytes} bytes): ${a.exercises.map((e) => e.id).join(', ')}; ${a.timeLimitMinutes} min; for ${a.candidateName}`);
    console.log(`pack ${pack.digest}; library ${a.library.commit ?? a.library.hash}${a.library.dirty ? ' (modified)' : ''}`);
    return 0;
  } catch (e) {
    console.error(`assay pack: ${(e as Error).message}`);
    return 1;
  }
}

export const packCommand: Command = {
  name: 'pack',
  summary: 'export a candidate pack (prompts, starters, visible tests) for an assessment',
  help,
  run,
};
