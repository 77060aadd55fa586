// From per-bundle results to the batch's reports: a single run and `assay merge` of its shards both end here, so
// they write the same summary, CSVs and scorecards. The similarity check needs every bundle at once, so it runs
// here over the whole folder (it is cheap: no sandbox), never per shard.
// Writes into out: summary.json, junit.xml, candidates.csv (every graded bundle, a row each), csv/<assessment>.csv
// (a row per candidate of one assessment, as the app exports it), scorecards/*.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric, Scorecard } from '../../common/assessment.ts';
import type { GradeReport } from '../../common/results.ts';
import { loadRequirements } from '../library/requirements.ts';
import { buildScorecard } from '../scorecard/build.ts';
import { renderCsv } from '../scorecard/csv.ts';
import { loadRubric } from '../scorecard/rubric.ts';
import { libraryFor } from '../scorecard/score-bundles.ts';
import { writeAtomic } from '../session/fs-atomic.ts';
import { compareSubmissions } from '../similarity/compare.ts';
import { similarityInputs } from '../similarity/from-bundles.ts';
import { openFolder, shardKey, uniqueEntries, type FolderEntry } from './folder.ts';
import { renderJunit } from './junit.ts';
import type { BundleResult } from './result.ts';
import { batchRow, type BatchRow } from './summary.ts';

export interface FinalizeOptions {
  folder: string;
  library: string;
  out: string;
  /** Results of every shard (a single run: its own). */
  results: BundleResult[];
  now?: Date;
}

export interface BatchReport {
  rows: BatchRow[];
  /** Bundles of the folder without a current result (a shard missing from the merge, or the file changed). */
  missing: string[];
  duplicates: { file: string; sameAs: string }[];
  cards: Scorecard[];
  files: string[];
}

export function fileSlug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'x';
}

function rubricNextTo(path: string): Rubric | null {
  const p = `${path}.rubric.json`;
  try {
    return existsSync(p) ? loadRubric(p) : null;
  } catch {
    return null; // an unreadable rubric leaves the scorecard's rubric empty, as if none was saved
  }
}

function environments(results: BundleResult[]) {
  const seen = new Map<string, { environment: BundleResult['environment']; bundles: number }>();
  for (const r of results) {
    const k = JSON.stringify(r.environment);
    const e = seen.get(k) ?? { environment: r.environment, bundles: 0 };
    e.bundles++;
    seen.set(k, e);
  }
  return [...seen.values()];
}

export function finalizeBatch(opts: FinalizeOptions): BatchReport {
  const { unique, duplicates } = uniqueEntries(openFolder(opts.folder));
  const byKey = new Map(opts.results.map((r) => [r.digest ?? r.fileSha256, r]));
  const matched: { e: FolderEntry; r: BundleResult }[] = [];
  const missing: string[] = [];
  for (const e of unique) {
    const r = byKey.get(shardKey(e));
    if (r && r.fileSha256 === e.fileSha256) matched.push({ e, r });
    else missing.push(e.file);
  }
  const graded = matched.filter((m): m is { e: Extract<FolderEntry, { ok: true }>; r: BundleResult } => m.e.ok && m.r.status === 'graded');
  const bundles = graded.map((m) => m.e.bundle);
  const library = libraryFor(opts.library, graded.flatMap((m) => (m.r.plan?.exercises ?? m.e.bundle.submission.exercises).map((x) => x.id)));
  const requirements = loadRequirements(opts.library);
  const similarity = compareSubmissions(similarityInputs(bundles));
  const now = opts.now ?? new Date();
  const cardOf = new Map<BundleResult, Scorecard>();
  for (const { e, r } of graded) {
    const grades: Record<string, GradeReport | null> = Object.create(null);
    for (const x of r.exercises) grades[x.id] = x.report;
    // r.plan: what was issued; a result without one (graded before the register, or forged) is scored on the
    // bundle's claims and flagged pack_unverified by buildScorecard.
    cardOf.set(r, buildScorecard({ bundle: e.bundle, warnings: e.warnings, library, grades, requirements, rubric: rubricNextTo(e.path), similarity, now, plan: r.plan ?? undefined }));
  }
  const rows = matched.map(({ r }) => batchRow(r, cardOf.get(r) ?? null));
  const cards = [...cardOf.values()];
  const files = writeReports(opts.out, rows, cards, { missing, duplicates, results: matched.map((m) => m.r), now });
  return { rows, missing, duplicates, cards, files };
}

function writeReports(out: string, rows: BatchRow[], cards: Scorecard[], extra: { missing: string[]; duplicates: BatchReport['duplicates']; results: BundleResult[]; now: Date }): string[] {
  const files: string[] = [];
  const put = (rel: string, text: string) => {
    const path = join(out, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    writeAtomic(path, text);
    files.push(path);
  };
  const byAssessment = new Map<string, Scorecard[]>();
  for (const c of cards) byAssessment.set(c.assessment.id, [...(byAssessment.get(c.assessment.id) ?? []), c]);
  const csvs: { assessment: string; file: string }[] = [];
  for (const [id, group] of byAssessment) {
    const file = `csv/${fileSlug(group[0]!.assessment.title)}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}.csv`;
    put(file, renderCsv(group));
    csvs.push({ assessment: id, file });
  }
  if (cards.length) put('candidates.csv', renderCsv(cards));
  for (const c of cards) put(`scorecards/${fileSlug(c.candidate)}-${c.bundleDigest.slice(0, 12)}.json`, `${JSON.stringify(c, null, 2)}\n`);
  put('junit.xml', renderJunit(rows));
  const count = (s: string) => rows.filter((r) => r.status === s).length;
  const summary = {
    schema: 'assay.batch-summary/1',
    generatedAt: extra.now.toISOString(),
    totals: { bundles: rows.length + extra.missing.length, graded: count('graded'), rejected: count('rejected'), errors: count('error'), missing: extra.missing.length, duplicates: extra.duplicates.length },
    /** How many graded bundles were checked against the register of issued packs; the rest carry pack_unverified. */
    issued: {
      verified: rows.filter((r) => r.status === 'graded' && r.pack === 'this_register').length,
      imported: rows.filter((r) => r.status === 'graded' && r.pack === 'imported').length,
      unverified: rows.filter((r) => r.status === 'graded' && r.pack === 'unverified').length,
    },
    bundles: rows,
    missing: extra.missing,
    duplicates: extra.duplicates,
    csv: csvs,
    /** Where and how the bundles were graded: machine, isolation, toolchains, concurrency, shard. */
    environments: environments(extra.results),
    /** Per graded exercise, the reference timings its budget cases were judged against (null: none reported). */
    referenceTimings: extra.results.flatMap((r) => r.exercises.map((x) => ({ file: r.file, exercise: x.id, referenceTimings: x.referenceTimings }))),
  };
  put('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  return files;
}
