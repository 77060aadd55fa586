// grade-batch against hostile folders: garbage and forged bundles, markup and formulas in candidate names, a
// bundle from a pack that was never issued, bad shard settings, and a forged result file in a shard's output.
import { cpSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';
import { addReviewExercise, cleanup, makeBundle, makeLibrary, mutateContainer, tempDir } from '../../unit/assessment/helpers.ts';
import { assay, readJson } from './cli.ts';
import { REVIEW_ID } from './fixtures.ts';

afterAll(cleanup);

const EVIL = 'Eve </testsuite><x a="1"> & \u0001\u001b[2J =HYPERLINK("http://x")';

describe('grade-batch with hostile input', () => {
  let lib: string;
  let folder: string;
  let registerDir: string;
  beforeAll(async () => {
    lib = makeLibrary();
    addReviewExercise(lib);
    folder = tempDir('assay-hostile-in-');
    registerDir = tempDir('assay-hostile-register-');
    // Grace's pack is issued through the register; Eve's is not (another machine, never imported).
    const register = new Register(registerDir);
    const good = await makeBundle(lib, { candidate: 'Grace Hopper', ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[{ "line": 7, "body": "off by one" }]' }, register });
    const evil = await makeBundle(lib, { candidate: EVIL, ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' } });
    cpSync(good.path, join(folder, 'a-good.assay-submission'));
    cpSync(evil.path, join(folder, 'b-evil.assay-submission'));
    cpSync(good.path, join(folder, 'c-copy.assay-submission'));
    writeFileSync(join(folder, 'd-garbage.assay-submission'), Buffer.from('not a bundle at all \u0000\u00ff'));
    const forged = mutateContainer(good.path, (doc) => {
      (doc.entries.find((e) => String(e.path).startsWith('code/'))!).content = '[{"line":1,"body":"forged"}]';
    });
    cpSync(forged, join(folder, 'e-forged.assay-submission'));
  });

  it('grades what it can, rejects the rest with reasons, escapes every format, and exits 3', async () => {
    const out = tempDir('assay-hostile-out-');
    const r = await assay(['grade-batch', folder, '--library', lib, '--out', out]);
    expect(r.code).toBe(3);
    const s = readJson(join(out, 'summary.json'));
    expect(s.totals).toMatchObject({ bundles: 4, graded: 2, rejected: 2, duplicates: 1 });
    expect(s.duplicates).toEqual([{ file: 'c-copy.assay-submission', sameAs: 'a-good.assay-submission' }]);
    const byFile = new Map(s.bundles.map((b: { file: string }) => [b.file, b]));
    expect(byFile.get('d-garbage.assay-submission')).toMatchObject({ status: 'rejected', digest: null });
    expect(byFile.get('e-forged.assay-submission')).toMatchObject({ status: 'rejected' });
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).not.toContain('</testsuite><x');
    expect(junit).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(junit).toContain('Eve &lt;/testsuite&gt;&lt;x a=&quot;1&quot;&gt; &amp;');
    expect(junit.match(/<testsuite /g)).toHaveLength(4);
    expect(junit.match(/<\/testsuite>/g)).toHaveLength(4);
    expect(junit.match(/<error /g)).toHaveLength(2);
    const csv = readFileSync(join(out, 'candidates.csv'), 'utf8');
    expect(csv.split('\r\n').find((l) => l.includes('Eve'))!.startsWith('"Eve </testsuite><x a=""1""> &')).toBe(true);
    expect(r.stdout).not.toMatch(/[\u0001\u001b]/);
    // Without --register every graded bundle says pack_unverified: summary, CSV flags column, JUnit, stdout.
    expect(r.stderr).toMatch(/no --register/);
    expect(s.issued).toEqual({ verified: 0, imported: 0, unverified: 2 });
    for (const b of s.bundles.filter((x: { status: string }) => x.status === 'graded')) {
      expect(b.pack).toBe('unverified');
      expect(b.flags.map((f: { code: string }) => f.code)).toContain('pack_unverified');
    }
    const rows = csv.split('\r\n').slice(1).filter(Boolean);
    expect(rows).toHaveLength(2);
    for (const line of rows) expect(line).toContain('pack_unverified: graded without the register of issued packs');
    expect(junit.match(/name="issued pack">\s*<failure message="pack_unverified: [^"]*" type="pack_unverified">/g)).toHaveLength(2);
    expect(r.stdout).toMatch(/⚑ 2 graded without the register of issued packs \(pack_unverified\)/);
  });

  it('rejects bundles whose pack is not in the register, before grading them', async () => {
    const out = tempDir('assay-register-out-');
    const r = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', registerDir]);
    expect(r.code).toBe(3);
    const s = readJson(join(out, 'summary.json'));
    const rows = s.bundles as { file: string; status: string; problem: string | null; pack: string | null; flags: unknown[] }[];
    expect(rows.find((b) => b.file === 'a-good.assay-submission')).toMatchObject({ status: 'graded', pack: 'this_register', flags: [] });
    expect(rows.find((b) => b.file === 'b-evil.assay-submission')).toMatchObject({ status: 'rejected', pack: null });
    expect(rows.find((b) => b.file === 'b-evil.assay-submission')!.problem).toMatch(/^not_issued: pack [0-9a-f-]+ was not issued from this register/);
    expect(s.issued).toEqual({ verified: 1, imported: 0, unverified: 0 });
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).not.toContain('pack_unverified');
    const bad = tempDir('assay-bad-register-');
    writeFileSync(join(bad, 'register.json'), '{"packs": ["../../etc"]}');
    const u = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', bad]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/the register .*register\.json is unreadable/);
    expect(u.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--shard', '4/3'], {}, /shard i of n/],
    [['--shard', '0/3'], {}, /shard i of n/],
    [['--shard', 'x'], {}, /shard i of n/],
    [[], { CI_NODE_INDEX: '2', CI_NODE_TOTAL: 'two' }, /CI_NODE_TOTAL=two/],
    [[], { JOB_COMPLETION_INDEX: '0' }, /ASSAY_SHARD_TOTAL is not/],
    [[], { JOB_COMPLETION_INDEX: '3', ASSAY_SHARD_TOTAL: '3' }, /shard i of n/],
  ])('refuses shard settings %j %j with exit 2', async (args, env, message) => {
    const r = await assay(['grade-batch', folder, '--library', lib, '--out', tempDir(), ...args], env as Record<string, string>);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a missing folder, library or shard output with exit 2, and an empty folder with exit 3', async () => {
    const out = tempDir();
    const missing = await assay(['grade-batch', join(folder, 'nope'), '--library', lib, '--out', out]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/the bundle folder .* is not a directory/)]);
    const notLib = await assay(['grade-batch', folder, '--library', folder, '--out', out]);
    expect([notLib.code, notLib.stderr]).toEqual([2, expect.stringMatching(/is not an exercise library/)]);
    const merge = await assay(['merge', join(folder, 'nope'), '--bundles', folder, '--library', lib, '--out', out]);
    expect([merge.code, merge.stderr]).toEqual([2, expect.stringMatching(/shard output .* is not a directory/)]);
    const empty = await assay(['grade-batch', tempDir(), '--library', lib, '--out', out]);
    expect([empty.code, empty.stderr]).toEqual([3, expect.stringMatching(/no \*\.assay-submission files/)]);
  });

  it('picks up a Kubernetes Indexed Job completion index (0-based) with ASSAY_SHARD_TOTAL', async () => {
    const out = tempDir('assay-k8s-out-');
    const r = await assay(['grade-batch', folder, '--library', lib, '--out', out], { JOB_COMPLETION_INDEX: '1', ASSAY_SHARD_TOTAL: '2' });
    expect(r.stdout).toMatch(/^shard 2\/2 \(kubernetes\)/);
    expect(readdirSync(join(out, 'shards'))).toEqual(['shard-2-of-2.json']);
  });

  it('merge ignores a forged result whose digest points outside its directory', async () => {
    const shard = tempDir('assay-forged-shard-');
    await assay(['grade-batch', folder, '--library', lib, '--out', shard]);
    const name = readdirSync(join(shard, 'results'))[0]!;
    const forged = { ...readJson(join(shard, 'results', name)), digest: '../../../../tmp/assay-owned' };
    writeFileSync(join(shard, 'results', name), JSON.stringify(forged));
    const out = tempDir('assay-forged-merge-');
    const m = await assay(['merge', shard, '--bundles', folder, '--library', lib, '--out', out]);
    expect(m.code).toBe(3);
    mkdirSync(join(out, 'results'), { recursive: true });
    expect(readdirSync(join(out, 'results')).every((n) => /^[0-9a-f]{64}\.json$/.test(n))).toBe(true);
    expect(readJson(join(out, 'summary.json')).totals.missing).toBeGreaterThan(0);
  });
});
