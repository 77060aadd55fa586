// One bundle's batch result (assay.batch-result/2), written as <out>/results/<shard key>.json as soon as the
// bundle is graded, so an interrupted batch resumes where it stopped. `inputsKey` hashes everything the grade
// depends on; a later run skips the bundle only while that key is unchanged.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Flag, GradeReport, ReferenceRecord } from '../../common/results.ts';
import { writeAtomic } from '../session/fs-atomic.ts';
import type { GradingEnvironment } from './environment.ts';
import type { GradingPlan } from '../bundle/issued.ts';

export const RESULT_SCHEMA = 'assay.batch-result/2';

export interface ExerciseGrade {
  id: string;
  /** Content hash of the library exercise it was graded with, or null when the library lacks it. */
  libraryHash: string | null;
  report: GradeReport | null;
  /** The reference measurement the budget cases were judged against (GradeReport.reference: when, where from,
   *  start-up and per-case costs); null when no budget case was judged. */
  referenceTimings: ReferenceRecord | null;
}

export interface BundleResult {
  schema: typeof RESULT_SCHEMA;
  file: string;
  fileSha256: string;
  /** The bundle digest, or null for a file that is not a readable bundle. */
  digest: string | null;
  inputsKey: string;
  status: 'graded' | 'rejected' | 'error';
  /** Why the bundle was not graded (unreadable, forged, not issued, internal error). */
  problem: { code: string; message: string } | null;
  candidate: string | null;
  assessmentId: string | null;
  /**
   * What the bundle was graded against (core/node/bundle/issued.ts): the register's record of its pack and the
   * flags of comparing the bundle with it, or (record null) its own claims flagged pack_unverified. Null when the
   * bundle was not graded. `assay merge` builds the scorecards from it, without the register.
   */
  plan: GradingPlan | null;
  warnings: Flag[];
  exercises: ExerciseGrade[];
  environment: GradingEnvironment;
  gradedAt: string;
  durationMs: number;
}

export function resultPath(outDir: string, key: string): string {
  return join(outDir, 'results', `${key}.json`);
}

export function writeResult(outDir: string, key: string, r: BundleResult): void {
  mkdirSync(join(outDir, 'results'), { recursive: true });
  writeAtomic(resultPath(outDir, key), `${JSON.stringify(r, null, 1)}\n`);
}

export function readResult(path: string): BundleResult | null {
  try {
    const r = JSON.parse(readFileSync(path, 'utf8')) as BundleResult;
    const hex = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
    const ok = r && r.schema === RESULT_SCHEMA && hex(r.inputsKey) && hex(r.fileSha256) && (r.digest === null || hex(r.digest)) && typeof r.file === 'string';
    return ok ? r : null;
  } catch {
    return null;
  }
}

/** Every readable result in an output directory. */
export function readResults(outDir: string): BundleResult[] {
  const dir = join(outDir, 'results');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^[0-9a-f]{64}\.json$/.test(n))
    .sort()
    .flatMap((n) => readResult(join(dir, n)) ?? []);
}

/** What the report says about the references the budgets were judged against (see ExerciseGrade). */
export function referenceTimingsOf(report: GradeReport | null): ReferenceRecord | null {
  return report?.reference ?? null;
}
