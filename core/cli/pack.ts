// `assay pack --library <dir> (--exercises a,b | --profile <id>) [--minutes 90] (--candidate "Name"… |
// --candidates <file>) --out <path> [--register <dir>]`: writes one personal candidate pack per candidate (prompts,
// starters and visible tests only) and records each in the register of issued packs before it is handed out.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exportPack } from '../node/assessment/pack.ts';
import { Register } from '../node/assessment/register.ts';
import { fileSlug } from '../node/batch/finalize.ts';
import { defaultRegisterDir } from '../node/batch/register.ts';
import { parse } from './batch-args.ts';
import { UsageError, type Command } from './command.ts';
import { terminalText } from './progress.ts';

const help = `usage: assay pack --library <dir> (--exercises a,b | --profile <id>) [--minutes <n>]
                  (--candidate "Name" [--candidate "Name"…] | --candidates <names.txt>)
                  [--title "…"] --out <file.assay-pack | dir> [--register <dir>]

Writes a candidate pack: prompts, starter files and visible tests of the chosen exercises (hidden tests,
reference solutions and mutants stay on this machine), the time limit and the candidate's name. With --profile,
the role profile's exercises are used and its time limit unless --minutes is given.
Several candidates (--candidate repeated, or --candidates: a UTF-8 file with one name a line; blank lines and
lines starting with # are skipped): one personal pack each, with its own id, written into the directory --out
as <name>-<id>.assay-pack. One candidate: --out is the pack file.
--register dir   the register of issued packs every pack is recorded in, signed with this machine's key
                 (<dir>/register.key, created on first use, never put into a pack); grade with
                 assay grade-batch --register <dir>. Default: $ASSAY_REGISTER, else the interviewer app's
                 register (<app data>/interviewer/register; app data is $ASSAY_USER_DATA or ~/.config/Assay
                 on Linux), so packs issued here and in the app share one register.
A pack that cannot be recorded is deleted, not handed out. Exit codes: 0 all written and recorded; 1 an error
(packs written before it stay written and recorded); 2 usage error.`;

/** Candidate names from --candidate (repeatable) and --candidates <file>, in order; duplicates refused. */
function candidateNames(given: string[], file: string | undefined): string[] {
  const names = given.map((n) => n.trim());
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch (e) {
      throw new UsageError(`assay pack: cannot read --candidates ${file}: ${(e as Error).message}`);
    }
    names.push(...text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  }
  if (names.length === 0 || names.some((n) => !n)) throw new UsageError('assay pack: need a non-empty --candidate "Name" or --candidates <file> (see assay pack --help)');
  if (names.length > 1000) throw new UsageError(`assay pack: ${names.length} candidates; at most 1000 per call`);
  const seen = new Set<string>();
  for (const n of names) {
    if (n.length > 200) throw new UsageError(`assay pack: a candidate name is longer than 200 characters: ${terminalText(n.slice(0, 40))}…`);
    if (seen.has(n)) throw new UsageError(`assay pack: candidate ${terminalText(JSON.stringify(n))} is listed twice; each candidate gets one pack`);
    seen.add(n);
  }
  return names;
}

async function run(args: string[]): Promise<number> {
  const { values } = parse('pack', args, {
    library: { type: 'string' },
    exercises: { type: 'string' },
    profile: { type: 'string' },
    minutes: { type: 'string' },
    candidate: { type: 'string', multiple: true },
    candidates: { type: 'string' },
    title: { type: 'string' },
    out: { type: 'string' },
    register: { type: 'string' },
  });
  if (!values.library || !values.out || !(values.exercises || values.profile)) {
    throw new UsageError('assay pack: need --library, --candidate (or --candidates), --out and --exercises or --profile (see assay pack --help)');
  }
  const names = candidateNames((values.candidate as string[] | undefined) ?? [], values.candidates as string | undefined);
  const minutes = values.minutes === undefined ? undefined : Number(values.minutes);
  if (minutes !== undefined && !Number.isInteger(minutes)) throw new UsageError(`assay pack: --minutes must be a whole number, not ${values.minutes}`);
  const out = resolve(values.out as string);
  if (names.length > 1) {
    mkdirSync(out, { recursive: true });
    if (!statSync(out).isDirectory()) throw new UsageError(`assay pack: with several candidates --out must be a directory`);
  }
  let register: Register;
  const registerDir = resolve((values.register as string | undefined) ?? defaultRegisterDir());
  try {
    mkdirSync(registerDir, { recursive: true });
    register = new Register(registerDir);
  } catch (e) {
    console.error(`assay pack: the register ${registerDir}: ${(e as Error).message}`);
    return 1;
  }
  for (const name of names) {
    const tmpOut = names.length > 1 ? join(out, `.pack-${process.pid}.tmp`) : out;
    try {
      const pack = exportPack({
        libraryDir: resolve(values.library as string),
        exerciseIds: (values.exercises as string | undefined)?.split(',').map((s) => s.trim()).filter(Boolean),
        profileId: values.profile as string | undefined,
        title: values.title as string | undefined,
        candidateName: name,
        timeLimitMinutes: minutes,
        out: tmpOut,
      });
      const a = pack.assessment;
      try {
        register.issue(pack.record, pack.digest);
      } catch (e) {
        rmSync(tmpOut, { force: true });
        throw new Error(`could not record the pack in the register ${registerDir}, so it was deleted: ${(e as Error).message}`);
      }
      let path = tmpOut;
      if (names.length > 1) {
        path = join(out, `${fileSlug(name)}-${a.id.slice(0, 8)}.assay-pack`);
        renameSync(tmpOut, path);
      }
      console.log(terminalText(`wrote ${path} (${pack.bytes} bytes): ${a.exercises.map((e) => e.id).join(', ')}; ${a.timeLimitMinutes} min; for ${a.candidateName}`));
      console.log(`pack ${a.id} (digest ${pack.digest}); library ${a.library.commit ?? a.library.hash}${a.library.dirty ? ' (modified)' : ''}; recorded in ${registerDir}`);
    } catch (e) {
      if (names.length > 1) rmSync(tmpOut, { force: true });
      console.error(terminalText(`assay pack: ${name}: ${(e as Error).message}`));
      return 1;
    }
  }
  if (names.length > 1) console.log(`${names.length} packs issued and recorded in ${registerDir}`);
  return 0;
}

export const packCommand: Command = {
  name: 'pack',
  summary: 'issue candidate packs (prompts, starters, visible tests), recorded in the register of issued packs',
  help,
  run,
};
