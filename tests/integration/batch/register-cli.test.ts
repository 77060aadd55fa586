// `assay pack` issues one personal pack per candidate and records each in the register; `assay register export`
// and `import` carry records (never the key) to another machine, whose grade-batch grades the bundles as issued
// and marked imported. Names are hostile: control characters, formulas, duplicates.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';
import { addReviewExercise, cleanup, makeBundle, makeLibrary, tempDir } from '../../unit/assessment/helpers.ts';
import { assay, readJson } from './cli.ts';
import { REVIEW_ID } from './fixtures.ts';

afterAll(cleanup);

let lib: string;
beforeAll(() => {
  lib = makeLibrary();
  addReviewExercise(lib);
});

describe('assay pack --candidates', () => {
  it('writes one personal pack per candidate and records every one in the register', async () => {
    const reg = tempDir('assay-pack-register-');
    const out = tempDir('assay-packs-');
    const names = join(tempDir(), 'names.txt');
    writeFileSync(names, '\uFEFF# campus round\nAda Lovelace\n\n=HYPERLINK("http://x")\r\nEve \u001b[2J\u0007 Mallory\n');
    const r = await assay(['pack', '--library', lib, '--exercises', REVIEW_ID, '--minutes', '30', '--candidates', names, '--candidate', 'Grace Hopper', '--out', out, '--register', reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0007\u001b]/);
    const register = new Register(reg);
    const entries = register.entries();
    expect(entries.map((e) => e.record.candidateName).sort()).toEqual(['=HYPERLINK("http://x")', 'Ada Lovelace', 'Eve \u001b[2J\u0007 Mallory', 'Grace Hopper'].sort());
    expect(new Set(entries.map((e) => e.record.packId)).size).toBe(4);
    for (const e of entries) {
      expect(register.authentic(e)).toBe(true);
      expect(e.record).toMatchObject({ timeLimitMinutes: 30, exercises: [expect.objectContaining({ id: REVIEW_ID })] });
    }
    const packs = readdirSync(out).filter((n) => n.endsWith('.assay-pack'));
    expect(packs).toHaveLength(4);
    for (const e of entries) expect(packs.filter((n) => n.includes(e.record.packId.slice(0, 8)))).toHaveLength(1);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const key = readFileSync(join(reg, 'register.key'), 'utf8').trim();
    for (const p of packs) expect(readFileSync(join(out, p)).includes(Buffer.from(key))).toBe(false);
    const list = await assay(['register', 'list', '--register', reg]);
    expect(list.stdout).toMatch(/4 packs in /);
    expect(list.stdout.match(/ issued here /g)).toHaveLength(4);
  });

  it('refuses a candidate listed twice, before writing anything', async () => {
    const reg = tempDir('assay-pack-register-');
    const r = await assay(['pack', '--library', lib, '--exercises', REVIEW_ID, '--minutes', '30', '--candidate', 'Ada', '--candidate', ' Ada ', '--out', tempDir(), '--register', reg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/candidate "Ada" is listed twice/);
    expect(existsSync(join(reg, 'register.json'))).toBe(false);
  });

  it('records into the app\'s register by default (ASSAY_USER_DATA)', async () => {
    const data = tempDir('assay-user-data-');
    const out = join(tempDir(), 'ada.assay-pack');
    const r = await assay(['pack', '--library', lib, '--exercises', REVIEW_ID, '--minutes', '30', '--candidate', 'Ada', '--out', out], { ASSAY_USER_DATA: data, ASSAY_REGISTER: '' });
    expect(r.code, r.stderr).toBe(0);
    expect(new Register(join(data, 'interviewer', 'register')).entries()).toHaveLength(1);
    expect(existsSync(out)).toBe(true);
  });
});

describe('assay register export / import: grading on another machine', () => {
  it('exports records without the key; a fresh register imports them and grades the bundles as issued, marked imported', async () => {
    const home = tempDir('assay-home-register-');
    const register = new Register(home);
    const folder = tempDir('assay-export-in-');
    for (const name of ['Ada', 'Bob']) {
      const b = await makeBundle(lib, { candidate: name, ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' }, register });
      writeFileSync(join(folder, `${name}.assay-submission`), readFileSync(b.path));
    }
    const records = tempDir('assay-records-');
    const ex = await assay(['register', 'export', '--all', '--out', records, '--register', home]);
    expect(ex.code, ex.stderr).toBe(0);
    const files = readdirSync(records);
    expect(files).toHaveLength(2);
    const key = readFileSync(join(home, 'register.key'), 'utf8').trim();
    for (const f of files) expect(readFileSync(join(records, f), 'utf8')).not.toContain(key);

    const ownAgain = await assay(['register', 'import', records, '--register', home]);
    expect(ownAgain.code).toBe(1);
    expect(ownAgain.stderr).toMatch(/already in the register/);

    const ci = tempDir('assay-ci-register-');
    const im = await assay(['register', 'import', records, '--register', ci]);
    expect(im.code, im.stderr).toBe(0);
    expect(im.stdout).toMatch(/2 of 2 records imported/);
    const again = await assay(['register', 'import', records, '--register', ci]);
    expect([again.code, again.stdout]).toEqual([0, expect.stringMatching(/unchanged: .* is already in the register/)]);

    const out = tempDir('assay-ci-out-');
    const g = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', ci]);
    expect(g.code, g.stdout + g.stderr).toBe(0);
    const s = readJson(join(out, 'summary.json'));
    expect(s.issued).toEqual({ verified: 0, imported: 2, unverified: 0 });
    const card = readJson(join(out, 'scorecards', readdirSync(join(out, 'scorecards'))[0]!));
    expect(card.flags.map((f: { code: string }) => f.code)).toContain('pack_imported');
    expect(g.stdout).toMatch(/\(pack record imported\)/);

    const forged = join(tempDir(), 'forged.json');
    writeFileSync(forged, '{"schema":"assay.issued-pack-export/1","record":{"__proto__":{"x":1}},"mac":"00","packDigest":null}');
    const bad = await assay(['register', 'import', forged, '--register', ci]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not an issued-pack record/);
  });

  it('scorecard --register rejects a bundle of a pack not in the register with a csv row and exit 3', async () => {
    const reg = tempDir('assay-sc-register-');
    const register = new Register(reg);
    const issued = await makeBundle(lib, { candidate: 'Issued Ida', ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' }, register });
    const stranger = await makeBundle(lib, { candidate: 'Stranger Sam', ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' } });
    const csv = join(tempDir(), 'out.csv');
    const r = await assay(['scorecard', issued.path, stranger.path, '--library', lib, '--format', 'csv', '--out', csv, '--register', reg]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/rejected Stranger Sam .*was not issued from this register/);
    const lines = readFileSync(csv, 'utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('Stranger Sam'))).toMatch(/was not issued from this register/);
    expect(lines.find((l) => l.startsWith('Issued Ida'))).not.toMatch(/pack_unverified/);
    const loose = await assay(['scorecard', issued.path, '--library', lib, '--format', 'csv', '--out', csv]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toMatch(/Issued Ida: .*⚑ .*pack_unverified/);
    expect(readFileSync(csv, 'utf8')).toContain('pack_unverified: graded without the register');
  });
});
