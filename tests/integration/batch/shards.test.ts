// A folder of 12 real bundles graded once in one process and once as 3 GitLab-style shards (separate processes
// with CI_NODE_INDEX / CI_NODE_TOTAL) merged with `assay merge`: the same scores, verdicts, CSV, JUnit verdicts
// and scorecards, every bundle graded against the register its packs were issued through. Then resuming: an
// unchanged batch grades nothing; a changed exercise and a new bundle grade only the bundles they touch.
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';
import { shardOf } from '../../../core/node/batch/shard.ts';
import { cleanup, makeBundle } from '../../unit/assessment/helpers.ts';
import { assay, readJson, tree } from './cli.ts';
import { freshDir, makeBatchFolder, REVIEW_ID, type BatchFixture } from './fixtures.ts';

afterAll(cleanup);

interface Row {
  file: string;
  digest: string;
  candidate: string;
  status: string;
  score: number | null;
  passed: number;
  total: number;
  exercises: { id: string; verdict: string; score: number | null }[];
}

const essentials = (summary: { bundles: Row[] }) =>
  summary.bundles.map((r) => ({ ...r, exercises: r.exercises.map((e) => ({ id: e.id, verdict: e.verdict, score: e.score })) }));

const withoutTimes = (junit: string) => junit.replace(/ time="[^"]*"/g, '');
const withoutGeneratedAt = (json: string) => json.replace(/"generatedAt": "[^"]*"/, '');

describe('grade-batch: one process vs three shards merged', () => {
  let fx: BatchFixture;
  let single: string;
  let merged: string;
  const shardDirs: string[] = [];
  beforeAll(async () => {
    fx = await makeBatchFolder(12);
    single = freshDir('assay-batch-single-');
    const one = await assay(['grade-batch', fx.folder, '--library', fx.library, '--out', single, '--register', fx.register]);
    expect(one.stderr).toMatch(/12 bundles, 12 to grade/);
    expect(one.code).toBe(0);
    for (let i = 1; i <= 3; i++) {
      const dir = freshDir(`assay-batch-shard${i}-`);
      shardDirs.push(dir);
      const r = await assay(['grade-batch', fx.folder, '--library', fx.library, '--out', dir, '--register', fx.register], { CI_NODE_INDEX: String(i), CI_NODE_TOTAL: '3' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^shard ${i}/3 \\(gitlab\\)`));
    }
    merged = freshDir('assay-batch-merged-');
    const m = await assay(['merge', ...shardDirs, '--bundles', fx.folder, '--library', fx.library, '--out', merged]);
    expect(m.code, m.stdout + m.stderr).toBe(0);
  });

  it('splits the bundles by digest into disjoint shards that cover the folder', () => {
    const owned = shardDirs.map((d, i) => readJson(join(d, `shards/shard-${i + 1}-of-3.json`)).bundles as { file: string; key: string }[]);
    const all = owned.flat().map((b) => b.file).sort();
    expect(all).toEqual(fx.files);
    owned.forEach((bundles, i) => bundles.forEach((b) => expect(shardOf(b.key, 3)).toBe(i + 1)));
  });

  it('gets identical scores, verdicts, CSV, JUnit verdicts and scorecards', () => {
    const a = readJson(join(single, 'summary.json'));
    const b = readJson(join(merged, 'summary.json'));
    expect(a.totals).toEqual({ bundles: 12, graded: 12, rejected: 0, errors: 0, missing: 0, duplicates: 0 });
    // Every bundle was graded against its pack's record in the register, in one process and in the shards.
    expect(a.issued).toEqual({ verified: 12, imported: 0, unverified: 0 });
    expect(b.issued).toEqual(a.issued);
    for (const r of b.bundles) expect(r.flags.map((f: { code: string }) => f.code)).not.toContain('pack_unverified');
    expect(essentials(b)).toEqual(essentials(a));
    // The batch is not trivially uniform: passes, failures and partial scores.
    const scores = new Set(essentials(a).map((r) => r.score));
    expect(scores.size).toBeGreaterThan(2);
    expect(readFileSync(join(merged, 'candidates.csv'), 'utf8')).toBe(readFileSync(join(single, 'candidates.csv'), 'utf8'));
    const ta = tree(single);
    const tb = tree(merged);
    const reports = (t: Map<string, string>) => [...t.keys()].filter((k) => /^(csv|scorecards)\//.test(k)).sort();
    expect(reports(tb)).toEqual(reports(ta));
    for (const k of reports(ta)) expect(withoutGeneratedAt(tb.get(k)!), k).toBe(withoutGeneratedAt(ta.get(k)!));
    expect(withoutTimes(tb.get('junit.xml')!)).toBe(withoutTimes(ta.get('junit.xml')!));
  });

  it('records where and how every bundle was graded', () => {
    const b = readJson(join(merged, 'summary.json'));
    const shards = b.environments.map((e: { environment: { shard: { index: number; total: number; source: string } } }) => e.environment.shard);
    for (const s of shards) expect(s).toMatchObject({ total: 3, source: 'gitlab' });
    for (const e of b.environments) {
      expect(e.environment.concurrency).toBe(1);
      expect(['full', 'reduced']).toContain(e.environment.isolation.level);
      expect(e.environment.toolchains.find((t: { language: string }) => t.language === 'ruby').version).toMatch(/^ruby 3\./);
      expect(e.environment.machine.cores).toBeGreaterThan(0);
    }
    const result = readJson(join(merged, 'results', `${b.bundles[0].digest}.json`));
    expect(result.exercises[0]).toHaveProperty('referenceTimings');
    expect(result.environment.shard.total).toBe(3);
  });

  it('reports a missing shard and exits 3', async () => {
    const out = freshDir('assay-batch-partial-');
    const m = await assay(['merge', shardDirs[0]!, shardDirs[1]!, '--bundles', fx.folder, '--library', fx.library, '--out', out]);
    const expected = readJson(join(shardDirs[2]!, 'shards/shard-3-of-3.json')).bundles.length;
    expect(m.stderr).toMatch(/shard 3 of 3 not among the inputs/);
    expect(m.code).toBe(3);
    expect(readJson(join(out, 'summary.json')).totals.missing).toBe(expected);
  });

  it('resumes: an unchanged batch grades nothing; a changed exercise and a new bundle grade only what they touch', async () => {
    const before = new Map((readJson(join(single, 'summary.json')).bundles as Row[]).map((r) => [r.digest, readJson(join(single, 'results', `${r.digest}.json`)).gradedAt]));
    const again = await assay(['grade-batch', fx.folder, '--library', fx.library, '--out', single, '--register', fx.register]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/12 bundles, 0 to grade, 12 unchanged/);

    appendFileSync(join(fx.library, 'go/review-retry/prompt.md'), '\nClarified wording.\n');
    const extra = await makeBundle(fx.library, { candidate: 'Late Comer', ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' }, register: new Register(fx.register) });
    cpSync(extra.path, join(fx.folder, 'candidate-12.assay-submission'));
    const third = await assay(['grade-batch', fx.folder, '--library', fx.library, '--out', single, '--register', fx.register]);
    expect(third.code, third.stderr).toBe(0);
    const summary = readJson(join(single, 'summary.json'));
    const reviewBundles = (summary.bundles as Row[]).filter((r) => r.exercises[0]!.id === REVIEW_ID);
    expect(third.stderr).toMatch(new RegExp(`13 bundles, ${reviewBundles.length} to grade, ${13 - reviewBundles.length} unchanged`));
    for (const r of summary.bundles as Row[]) {
      const gradedAt = readJson(join(single, 'results', `${r.digest}.json`)).gradedAt;
      if (r.exercises[0]!.id === REVIEW_ID) expect(gradedAt).not.toBe(before.get(r.digest));
      else expect(gradedAt).toBe(before.get(r.digest));
    }
    expect(summary.totals.graded).toBe(13);
  });
});
