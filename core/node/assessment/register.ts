// The register of issued packs on the interviewer's machine (<dir>/register.json, key in <dir>/register.key).
// Issuing records the pack's authenticated record; grading looks the pack up here (core/node/bundle/issued.ts).
// Records from another interviewer's register can be imported; they say so wherever they are used.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../../common/assessment.ts';
import type { IssuedPackExport, IssuedPackRecord, RegisterEntry } from '../../common/issue.ts';
import type { LoadedExercise } from '../library/load.ts';
import { writeAtomic } from '../fs/atomic-write.ts';
import { withFileLock } from '../fs/file-lock.ts';
import { loadOrCreateKey, macMatches, recordMac } from './register-key.ts';
import { canonicalJson } from '../container/hash.ts';
import { IssuedPackExportSchema, RegisterFileSchema, WITHDRAW_REASON_MAX } from './register-schema.ts';

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
  /** Identity of register.json as last read or written ('' when absent). */
  #stamp = '';

  constructor(dir: string) {
    this.dir = dir;
    this.#load();
  }

  get #path(): string {
    return join(this.dir, 'register.json');
  }

  get key(): Buffer {
    return (this.#key ??= loadOrCreateKey(join(this.dir, 'register.key')));
  }

  /** Records a pack this machine issues. */
  issue(record: IssuedPackRecord, packDigest: string): RegisterEntry {
    return this.#update(() => {
      if (this.#entries.has(record.packId)) throw new RegisterError(`pack ${record.packId} is already in the register`);
      const entry: RegisterEntry = { record, mac: recordMac(this.key, record), packDigest, origin: 'this_register', importedAt: null, importedFrom: null };
      this.#entries.set(record.packId, entry);
      return entry;
    });
  }

  /**
   * Withdraws a pack this machine issued: its record gains `withdrawn` and is re-signed with this machine's key.
   * Its bundles are still graded, flagged pack_withdrawn. A record changed on disk is never re-signed.
   */
  withdraw(packId: string, reason = '', now = new Date()): RegisterEntry {
    const text = reason.trim();
    if (text.length > WITHDRAW_REASON_MAX) throw new RegisterError(`the reason is longer than ${WITHDRAW_REASON_MAX} characters`);
    return this.#resign(packId, (r) => {
      if (r.withdrawn) throw new RegisterError(`pack ${packId} was already withdrawn on ${r.withdrawn.at}`);
      return { ...r, withdrawn: { at: now.toISOString(), reason: text } };
    });
  }

  /** Undoes a withdrawal: the record loses `withdrawn` and is re-signed (its MAC is again the one issued). */
  reinstate(packId: string): RegisterEntry {
    return this.#resign(packId, (r) => {
      if (!r.withdrawn) throw new RegisterError(`pack ${packId} is not withdrawn`);
      const { withdrawn: _, ...rest } = r;
      return rest;
    });
  }

  #resign(packId: string, change: (r: IssuedPackRecord) => IssuedPackRecord): RegisterEntry {
    return this.#update(() => {
      const e = this.#entries.get(packId);
      if (!e) throw new RegisterError(`no pack ${packId} in the register`);
      if (e.origin === 'imported') {
        throw new RegisterError(`pack ${packId} was issued by another interviewer (record imported from ${e.importedFrom ?? 'a file'}): withdraw or reinstate it on the machine that issued it, then import its new export`);
      }
      if (!this.authentic(e)) throw new RegisterError(`the register's record of pack ${packId} does not match its signature (it was changed on disk); it is not re-signed`);
      const record = change(e.record);
      const entry: RegisterEntry = { ...e, record, mac: recordMac(this.key, record) };
      this.#entries.set(packId, entry);
      return entry;
    });
  }

  get(packId: string): RegisterEntry | undefined {
    this.#refresh();
    return this.#entries.get(packId);
  }

  entries(): RegisterEntry[] {
    this.#refresh();
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
    return this.#update(() => {
      const had = this.#entries.get(id);
      if (had && !(had.origin === 'imported' && had.mac !== parsed.mac && sameButWithdrawal(had, parsed))) throw new RegisterError(`pack ${id} is already in the register`);
      if (macMatches(this.key, parsed.record, parsed.mac)) throw new RegisterError(`pack ${id} was issued by this machine; it needs no import`);
      // A new export of an imported pack that only withdraws or reinstates it replaces the record.
      const entry: RegisterEntry = { record: parsed.record, mac: parsed.mac, packDigest: parsed.packDigest, origin: 'imported', importedAt: now.toISOString(), importedFrom: from.slice(0, 300) };
      this.#entries.set(id, entry);
      return entry;
    });
  }

  /**
   * A read-modify-write under the file lock: the register is re-read first, so a record another process (the app,
   * `assay pack`, `assay register withdraw`) added or re-signed since this one read it is kept, then `change` runs
   * against that fresh state and the result is written.
   */
  #update<T>(change: () => T): T {
    mkdirSync(this.dir, { recursive: true });
    return withFileLock(this.#path, () => {
      this.#load();
      const out = change();
      writeAtomic(this.#path, `${JSON.stringify({ schema: 'assay.register/1', entries: [...this.#entries.values()] }, null, 1)}\n`);
      this.#stamp = fileStamp(this.#path);
      return out;
    });
  }

  /** Takes in the file's records when it changed since last read (another process may have written it). */
  #refresh(): void {
    if (fileStamp(this.#path) !== this.#stamp) this.#load();
  }

  #load(): void {
    for (const entry of this.#read()) this.#entries.set(entry.record.packId, entry);
  }

  #read(): RegisterEntry[] {
    const path = this.#path;
    this.#stamp = fileStamp(path);
    if (!existsSync(path)) return [];
    try {
      return RegisterFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).entries;
    } catch (e) {
      throw new RegisterError(`the register ${path} is unreadable (${(e as Error).message.slice(0, 300)}); restore it from a backup`);
    }
  }
}

function fileStamp(path: string): string {
  try {
    const st = statSync(path);
    return `${st.ino}:${st.mtimeMs}:${st.size}`;
  } catch {
    return '';
  }
}

/** The same pack, digest and record apart from its withdrawal (an issuer's later export of an imported pack). */
function sameButWithdrawal(had: RegisterEntry, next: IssuedPackExport): boolean {
  const bare = (r: IssuedPackRecord) => canonicalJson({ ...r, withdrawn: undefined });
  return had.packDigest === next.packDigest && bare(had.record) === bare(next.record);
}
