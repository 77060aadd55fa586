// The interviewer's submissions on disk, under <dataDir>/interviewer:
//   bundles/<digest>.assay-submission   imported bundles, byte for byte (core/node/bundle/import.ts)
//   grades/<digest>.json                the last grading: { gradedAt, grades: { exerciseId: GradeReport | null } }
//   rubrics/<digest>.json               the interviewer's rubric (assay.rubric/1)
//   register/register.json, register.key the register of issued packs (core/node/assessment/register.ts)
//   rows.json                           candidate rows (issued packs) the interviewer archived
// Bundles are immutable and named by digest, so each is validated once per process and then kept in memory.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Rubric } from '../../common/assessment.ts';
import type { ImportOutcome } from '../../common/lifecycle.ts';
import type { GradeReport } from '../../common/results.ts';
import { BUNDLE_EXTENSION } from '../bundle/create.ts';
import { importBundles } from '../bundle/import.ts';
import { readBundle, type ReadBundleResult } from '../bundle/read.ts';
import { writeAtomic } from '../session/fs-atomic.ts';
import { RubricSchema } from '../scorecard/rubric.ts';
import { Register } from '../assessment/register.ts';
import { withdrawnFlag } from '../bundle/issued.ts';

export interface StoredGrades {
  gradedAt: string;
  grades: Record<string, GradeReport | null>;
}

const GradesFile = z.object({ gradedAt: z.string(), grades: z.record(z.string(), z.unknown()) });

export class ReviewStore {
  readonly dir: string;
  readonly #log: (msg: string) => void;
  readonly #bundles = new Map<string, ReadBundleResult>();
  #register: Register | null = null;

  constructor(dataDir: string, log: (msg: string) => void) {
    this.dir = join(dataDir, 'interviewer');
    this.#log = log;
  }

  /** The register of issued packs, shared with pack export (one per interviewer data directory). */
  get register(): Register {
    return (this.#register ??= new Register(join(this.dir, 'register')));
  }

  /** Pack ids of archived candidate rows. */
  archived(): Set<string> {
    const path = join(this.dir, 'rows.json');
    if (!existsSync(path)) return new Set();
    const parsed = z.object({ archived: z.array(z.string().max(64)) }).safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return new Set(parsed.success ? parsed.data.archived : []);
  }

  setArchived(packId: string, archived: boolean): void {
    const set = this.archived();
    if (archived) set.add(packId);
    else set.delete(packId);
    mkdirSync(this.dir, { recursive: true });
    writeAtomic(join(this.dir, 'rows.json'), JSON.stringify({ archived: [...set].sort() }));
  }

  /** Removes every submission of one pack with its grades and rubric. The register keeps the pack's record. */
  deletePack(packId: string): number {
    const digests = this.bundles().filter((r) => r.bundle.submission.assessment.id === packId).map((r) => r.bundle.digest);
    for (const d of digests) {
      rmSync(join(this.#bundleDir, `${d}${BUNDLE_EXTENSION}`), { force: true });
      rmSync(join(this.dir, 'grades', `${d}.json`), { force: true });
      rmSync(join(this.dir, 'rubrics', `${d}.json`), { force: true });
      this.#bundles.delete(d);
    }
    this.setArchived(packId, false);
    return digests.length;
  }

  get #bundleDir(): string {
    return join(this.dir, 'bundles');
  }

  /** Validates one uploaded file with the same import as the CLI; a bad file changes nothing. */
  import(fileName: string, bytes: Buffer): ImportOutcome {
    mkdirSync(this.dir, { recursive: true });
    const tmp = mkdtempSync(join(this.dir, '.upload-'));
    try {
      const source = join(tmp, basename(fileName).replace(/[^A-Za-z0-9._-]/g, '_') || 'upload');
      writeFileSync(source, bytes);
      const [r] = importBundles([source], this.#bundleDir);
      if (!r!.ok) return { fileName, ok: false, code: r!.code, error: r!.error.replace(`${source}: `, '') };
      const packId = this.bundle(r!.digest).bundle.submission.assessment.id;
      const entry = this.register.get(packId);
      const warnings = [...r!.warnings];
      if (!entry) {
        warnings.unshift({ code: 'pack_not_issued', severity: 'critical', message: `pack ${packId} was not issued from this register: import its record from the interviewer who issued it before grading` });
      } else if (entry.origin === 'imported') {
        warnings.unshift({ code: 'pack_imported', severity: 'warning', message: `pack ${packId} was issued by another interviewer; graded against the record imported from ${entry.importedFrom ?? 'a file'}` });
      }
      if (entry?.record.withdrawn) warnings.unshift(withdrawnFlag(entry.record.withdrawn));
      return { fileName, ok: true, digest: r!.digest, candidate: r!.candidate, duplicate: r!.duplicate, warnings };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  /** Stored files that failed to read on the last bundles() call, with their errors. */
  unreadable: { file: string; error: string }[] = [];

  /** Every imported bundle, oldest submission first. */
  bundles(): ReadBundleResult[] {
    this.unreadable = [];
    if (!existsSync(this.#bundleDir)) return [];
    const out: ReadBundleResult[] = [];
    for (const name of readdirSync(this.#bundleDir).filter((n) => n.endsWith(BUNDLE_EXTENSION))) {
      const digest = name.slice(0, -BUNDLE_EXTENSION.length);
      try {
        out.push(this.bundle(digest));
      } catch (e) {
        this.#log(`skipping stored bundle ${name}: ${(e as Error).message}`);
        this.unreadable.push({ file: name, error: (e as Error).message });
      }
    }
    return out.sort((a, b) => a.bundle.submission.submittedAt - b.bundle.submission.submittedAt);
  }

  bundle(digest: string): ReadBundleResult {
    let r = this.#bundles.get(digest);
    if (!r) {
      const path = join(this.#bundleDir, `${digest}${BUNDLE_EXTENSION}`);
      if (!existsSync(path)) throw new Error(`no imported submission ${digest.slice(0, 12)}`);
      r = readBundle(path);
      this.#bundles.set(digest, r);
    }
    return r;
  }

  grades(digest: string): StoredGrades | null {
    const path = join(this.dir, 'grades', `${digest}.json`);
    if (!existsSync(path)) return null;
    const parsed = GradesFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      this.#log(`ignoring malformed grades ${path}`);
      return null;
    }
    // exercise ids are keys: no prototype behind them
    const grades = Object.assign(Object.create(null) as StoredGrades['grades'], parsed.data.grades as StoredGrades['grades']);
    return { gradedAt: parsed.data.gradedAt, grades };
  }

  saveGrades(digest: string, grades: StoredGrades): void {
    mkdirSync(join(this.dir, 'grades'), { recursive: true });
    writeAtomic(join(this.dir, 'grades', `${digest}.json`), JSON.stringify(grades));
  }

  rubric(digest: string): Rubric | null {
    const path = join(this.dir, 'rubrics', `${digest}.json`);
    if (!existsSync(path)) return null;
    const parsed = RubricSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      this.#log(`ignoring malformed rubric ${path}`);
      return null;
    }
    return parsed.data;
  }

  saveRubric(digest: string, rubric: Rubric): string {
    this.bundle(digest);
    const parsed = RubricSchema.parse(rubric);
    mkdirSync(join(this.dir, 'rubrics'), { recursive: true });
    writeAtomic(join(this.dir, 'rubrics', `${digest}.json`), `${JSON.stringify(parsed, null, 1)}\n`);
    return new Date().toISOString();
  }
}
