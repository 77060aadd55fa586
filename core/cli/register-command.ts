// `assay register list|export|import|withdraw|reinstate` (withdraw, reinstate: ./register-withdraw.ts): the register of issued packs from the command line, so that another
// interviewer's machine or a CI job can grade bundles of packs issued here. An export holds the pack's record, its
// HMAC and the pack digest, never the key; importing it marks the record as imported (bundles of that pack grade
// with the warning pack_imported, since its HMAC cannot be checked without the issuing machine's key).
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Register, RegisterError } from '../node/assessment/register.ts';
import { IssuedPackExportSchema } from '../node/assessment/register-schema.ts';
import { canonicalJson } from '../node/container/hash.ts';
import { fileSlug } from '../node/batch/finalize.ts';
import { defaultRegisterDir } from '../node/batch/register.ts';
import { writeAtomic } from '../node/session/fs-atomic.ts';
import { parse } from './batch-args.ts';
import { UsageError, type Command } from './command.ts';
import { terminalText } from './progress.ts';
import { withdrawnNote, withdrawOrReinstate } from './register-withdraw.ts';

const help = `usage: assay register list [--register <dir>]
       assay register withdraw <pack-id> [--reason <text>] [--register <dir>]
       assay register reinstate <pack-id> [--register <dir>]
       assay register export (<pack-id>… | --all) --out <file | dir> [--register <dir>]
       assay register import <file | dir>… [--register <dir>]

The register of issued packs (see assay pack). --register defaults to $ASSAY_REGISTER, else the interviewer
app's register (<app data>/interviewer/register).
list     one line per pack: id, origin (issued here / imported), WITHDRAWN with when and why, candidate,
         exercises, time limit.
withdraw marks a pack issued here as withdrawn (dropped out, sent to the wrong person, leaked): the record is
         re-signed; its bundles are still graded, with the critical flag pack_withdrawn. reinstate undoes it.
export   writes each pack's record (assay.issued-pack-export/1: the record, its HMAC, the pack digest; never the
         key) to --out: one id, a file; several or --all, a directory of <candidate>-<id>.json.
import   reads exported records (files, or every *.json in a directory) into the register. An imported record
         is marked imported: bundles of its pack are graded as issued, with the warning pack_imported, because
         its HMAC can only be checked with the key of the machine that issued it. A record of this machine, or
         one already present, is refused. A CI grader imports records into a fresh register directory.
Exit codes: 0 done; 1 a record could not be exported, imported, withdrawn or reinstated (unknown id, already
withdrawn, imported, changed on disk); 2 usage error.`;

function openRegister(dir: string | undefined): Register {
  const path = resolve(dir ?? defaultRegisterDir());
  try {
    mkdirSync(path, { recursive: true });
    return new Register(path);
  } catch (e) {
    throw new UsageError(`assay register: ${(e as Error).message}`);
  }
}

function list(register: Register): number {
  for (const e of register.entries()) {
    const r = e.record;
    const origin = e.origin === 'imported' ? `imported from ${e.importedFrom ?? '?'}` : register.authentic(e) ? 'issued here' : 'ISSUED HERE, SIGNATURE DOES NOT MATCH';
    console.log(terminalText(`${r.packId}  ${origin}${withdrawnNote(e)}  ${r.candidateName}  ${r.exercises.map((x) => x.id).join(',')}  ${r.timeLimitMinutes} min  ${r.issuedAt}`));
  }
  const withdrawn = register.entries().filter((e) => e.record.withdrawn).length;
  console.log(`${register.entries().length} packs in ${register.dir}${withdrawn ? ` (${withdrawn} withdrawn)` : ''}`);
  return 0;
}

function exportRecords(register: Register, ids: string[], all: boolean, out: string | undefined): number {
  if (!out) throw new UsageError('assay register export: need --out <file | dir>');
  if (all === ids.length > 0) throw new UsageError('assay register export: give pack ids or --all, not both or neither');
  const chosen = all ? register.entries().map((e) => e.record.packId) : ids;
  const single = !all && chosen.length === 1;
  if (!single) mkdirSync(resolve(out), { recursive: true });
  let failed = 0;
  for (const id of chosen) {
    try {
      const doc = register.export(id);
      const path = single ? resolve(out) : join(resolve(out), `${fileSlug(doc.record.candidateName)}-${id}.json`);
      writeAtomic(path, `${JSON.stringify(doc, null, 1)}\n`);
      console.log(terminalText(`exported ${id} (${doc.record.candidateName}) to ${path}`));
    } catch (e) {
      if (!(e instanceof RegisterError)) throw e;
      console.error(terminalText(`assay register export: ${e.message}`));
      failed++;
    }
  }
  return failed ? 1 : 0;
}

/** An exported record already imported unchanged (a re-run CI job): skipped, not an error. */
function alreadyThere(register: Register, text: string): boolean {
  try {
    const doc = IssuedPackExportSchema.parse(JSON.parse(text));
    const e = register.get(doc.record.packId);
    return !!e && e.origin === 'imported' && e.mac === doc.mac && e.packDigest === doc.packDigest && canonicalJson(e.record) === canonicalJson(doc.record);
  } catch {
    return false; // register.import reports why
  }
}

function importRecords(register: Register, paths: string[]): number {
  if (paths.length === 0) throw new UsageError('assay register import: need exported record files or a directory of them');
  const files = paths.flatMap((p) => {
    const full = resolve(p);
    let dir = false;
    try {
      dir = statSync(full).isDirectory();
    } catch {
      throw new UsageError(`assay register import: ${p} does not exist`);
    }
    return dir ? readdirSync(full).filter((n) => n.endsWith('.json')).sort().map((n) => join(full, n)) : [full];
  });
  let failed = 0;
  for (const file of files) {
    try {
      const text = readFileSync(file, 'utf8');
      if (alreadyThere(register, text)) {
        console.log(`unchanged: ${file} is already in the register`);
        continue;
      }
      const e = register.import(text, file);
      console.log(terminalText(`imported ${e.record.packId} (${e.record.candidateName}) from ${file}`));
    } catch (e) {
      if (!(e instanceof RegisterError)) throw e;
      console.error(terminalText(`assay register import: ${e.message}`));
      failed++;
    }
  }
  console.log(`${files.length - failed} of ${files.length} records imported into ${register.dir}`);
  return failed ? 1 : 0;
}

async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(`register ${sub ?? ''}`.trim(), rest, {
    register: { type: 'string' }, out: { type: 'string' }, all: { type: 'boolean' }, reason: { type: 'string' },
  });
  if (values.reason !== undefined && sub !== 'withdraw') throw new UsageError('assay register: --reason is only for withdraw');
  if (sub === 'list') return list(openRegister(values.register as string | undefined));
  if (sub === 'export') return exportRecords(openRegister(values.register as string | undefined), positionals, values.all === true, values.out as string | undefined);
  if (sub === 'import') return importRecords(openRegister(values.register as string | undefined), positionals);
  if (sub === 'withdraw' || sub === 'reinstate') {
    return withdrawOrReinstate(openRegister(values.register as string | undefined), sub, positionals, values.reason as string | undefined);
  }
  throw new UsageError('assay register: expected list, export, import, withdraw or reinstate (see assay register --help)');
}

export const registerCommand: Command = { name: 'register', summary: 'list, export, import, withdraw and reinstate records of issued packs', help, run };
