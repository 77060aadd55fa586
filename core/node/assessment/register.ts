// The register of issued packs on the interviewer's machine (<dir>/register.json, key in <dir>/register.key).
// Issuing records the pack's authenticated record; grading looks the pack up here (core/node/bundle/issued.ts).
// Records from another interviewer's register can be imported; they say so wherever they are used.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../common/assessment.ts';
import type { IssuedPackExport, IssuedPackRecord, RegisterEntry } from '../../common/issue.ts';
import type { LoadedExercise } from '../library/load.ts';
import { writeAtomic } from '../fs/atomic-write.ts';
import { withFileLock } from '../fs/file-lock.ts';
import { loadOrCreateKey, macMatches, recordMac } from './register-key.ts';
import { IssuedPackExportSchema, RegisterFileSchema } from './register-schema.ts';

export class RegisterError extends Error {}

/** The record of a pack about to be issued, from its assessment and the library exercises it holds. */
export function issuedRecord(a: Assessment, exercises: LoadedExercise[]): IssuedPackRecord {
  return {
    schema: 'assay.issued-pack/1',
    packId: a.id,
    candidateName: a.candidateName,
    title: a.title,
    timeLimitMinutes: a.timeLimitMinutes,
    exercises: a.exercises.map((e) => {
      const ex = exercises.find((x) => x.meta.id === e.id)!;
      return { id: e.id, contentHash: e.contentHash, limits: { ...ex.meta.limits }, minutes: ex.meta.minutes };
    }),
    issuedAt: a.createdAt,
  };
}

export class Register {
  readonly dir: string;
  readonly #entries = new Map<string, RegisterEntry>();
  #key: Buffer | null = null;

  constructor(dir: string) {
    this.dir = dir;
    for (const entry of this.#read()) this.#entries.set(entry.record.packId, entry);
  }

  get #path(): string {
    return join(this.dir, 'register.json');
  }

  get key(): Buffer {
    return (this.#key ??= loadOrCreateKey(join(this.dir, 'register.key')));
  }

  /** Records a pack this machine issues. */
  issue(record: IssuedPackRecord, packDigest: string): RegisterEntry {
    if (this.#entries.has(record.packId)) throw new RegisterError(`pack ${record.packId} is already in the register`);
    const entry: RegisterEntry = { record, mac: recordMac(this.key, record), packDigest, origin: 'this_register', importedAt: null, importedFrom: null };
    this.#entries.set(record.packId, entry);
    this.#save();
    return entry;
  }

  get(packId: string): RegisterEntry | undefined {
    return this.#entries.get(packId);
  }

  entries(): RegisterEntry[] {
    return [...this.#entries.values()];
  }

  /** An entry of this machine whose MAC checks out (a record edited on disk does not). */
  authentic(entry: RegisterEntry): boolean {
    return entry.origin === 'this_register' && macMatches(this.key, entry.record, entry.mac);
  }

  /** Whether a pack file is one this register issued, unchanged: its record verifies and its digest matches. */
  verifyPack(pack: { digest: string; assessment: Assessment }): { ok: boolean; reason: string } {
    const e = this.#entries.get(pack.assessment.id);
    if (!e) return { ok: false, reason: `pack ${pack.assessment.id} is not in this register` };
    if (e.origin === 'this_register' && !this.authentic(e)) return { ok: false, reason: 'the register record was changed on disk' };
    if (e.packDigest !== null && e.packDigest !== pack.digest) return { ok: false, reason: 'the pack file differs from the one issued' };
    return { ok: true, reason: e.origin === 'imported' ? "issued by another interviewer (record imported)" : 'issued from this register, unchanged' };
  }

  /** The file another interviewer imports to grade this pack's bundles. */
  export(packId: string): IssuedPackExport {
    const e = this.#entries.get(packId);
    if (!e) throw new RegisterError(`no pack ${packId} in the register`);
    return { schema: 'assay.issued-pack-export/1', record: e.record, mac: e.mac, packDigest: e.packDigest };
  }

  /** Imports another interviewer's record. A record of this machine, or one already present, is refused. */
  import(text: string, from: string, now = new Date()): RegisterEntry {
    let parsed: IssuedPackExport;
    try {
      parsed = IssuedPackExportSchema.parse(JSON.parse(text));
    } catch (e) {
      throw new RegisterError(`${from} is not an issued-pack record: ${(e as Error).message.slice(0, 300)}`);
    }
    const id = parsed.record.packId;
    if (this.#entries.has(id)) throw new RegisterError(`pack ${id} is already in the register`);
    if (macMatches(this.key, parsed.record, parsed.mac)) throw new RegisterError(`pack ${id} was issued by this machine; it needs no import`);
    const entry: RegisterEntry = { ...parsed, origin: 'imported', importedAt: now.toISOString(), importedFrom: from.slice(0, 300) };
    delete (entry as Partial<IssuedPackExport>).schema;
    this.#entries.set(id, entry);
    this.#save();
    return entry;
  }

  /**
   * Writes the register under a lock, first taking in records another process (the app, `assay pack`) added since
   * this one was read: records are only ever added, so the union loses nothing.
   */
  #save(): void {
    mkdirSync(this.dir, { recursive: true });
    withFileLock(this.#path, () => {
      for (const e of this.#read()) if (!this.#entries.has(e.record.packId)) this.#entries.set(e.record.packId, e);
      writeAtomic(this.#path, `${JSON.stringify({ schema: 'assay.register/1', entries: this.entries() }, null, 1)}\n`);
    });
  }

  #read(): RegisterEntry[] {
    const path = this.#path;
    if (!existsSync(path)) return [];
    try {
      return RegisterFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).entries;
    } catch (e) {
      throw new RegisterError(`the register ${path} is unreadable (${(e as Error).message.slice(0, 300)}); restore it from a backup`);
    }
  }
}
