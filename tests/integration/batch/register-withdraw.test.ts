// `assay register withdraw / reinstate`, spawned for real: a withdrawn pack's bundle is still graded, with the
// critical flag pack_withdrawn (when and why) in summary.json, candidates.csv, JUnit and the scorecard; the reason
// is data (escaped per format, never markup); the export carries it to another machine; reinstating removes the
// flag; a hand-edited withdrawal is tampering. Usage errors exit 2 with one line, an unknown id exits 1.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';
import { addReviewExercise, cleanup, makeBundle, makeLibrary, tempDir } from '../../unit/assessment/helpers.ts';
import { assay, readJson } from './cli.ts';
import { REVIEW_ID } from './fixtures.ts';

afterAll(cleanup);

const REASON = 'sent to the wrong person <script>alert(1)</script> & "=cmd" \u001b[2J';
let lib: string;
let home: string;
let folder: string;
let adaPack: string;

type Row = { file: string; status: string; flags: { code: string; message: string }[] };

beforeAll(async () => {
  lib = makeLibrary();
  addReviewExercise(lib);
  home = tempDir('assay-withdraw-register-');
  const register = new Register(home);
  folder = tempDir('assay-withdraw-in-');
  for (const name of ['Ada', 'Bob']) {
    const b = await makeBundle(lib, { candidate: name, ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' }, register });
    writeFileSync(join(folder, `${name}.assay-submission`), readFileSync(b.path));
    if (name === 'Ada') adaPack = b.session.pack.assessment.id;
  }
});

async function grade(register: string) {
  const out = tempDir('assay-withdraw-out-');
  const r = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', register]);
  const s = readJson(join(out, 'summary.json'));
  const rows = s.bundles as Row[];
  return { r, out, ada: rows.find((b) => b.file === 'Ada.assay-submission')!, bob: rows.find((b) => b.file === 'Bob.assay-submission')! };
}

describe('assay register withdraw / reinstate', () => {
  it('refuses bad invocations with one line and exit 2; an unknown id with a message and exit 1', async () => {
    for (const args of [['withdraw'], ['withdraw', 'a-pack-id', 'another-id'], ['reinstate'], ['list', '--reason', 'x'], ['reinstate', adaPack, '--reason', 'x'], ['withdraw', adaPack, '--reason']]) {
      const r = await assay(['register', ...args, '--register', home]);
      expect([r.code, r.stderr.trim().split('\n')], args.join(' ')).toEqual([2, [expect.stringMatching(/^assay register/)]]);
    }
    const unknown = await assay(['register', 'withdraw', 'nope-0000-1111', '--register', home]);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'assay register withdraw: no pack nope-0000-1111 in the register']);
    const notWithdrawn = await assay(['register', 'reinstate', adaPack, '--register', home]);
    expect([notWithdrawn.code, notWithdrawn.stderr]).toEqual([1, expect.stringMatching(/is not withdrawn/)]);
    expect(new Register(home).get(adaPack)!.record.withdrawn).toBeUndefined();
  });

  it('withdraws, lists it, grades the bundle with pack_withdrawn everywhere, carries it in exports; reinstate clears it', async () => {
    const w = await assay(['register', 'withdraw', adaPack, '--reason', REASON, '--register', home]);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toMatch(new RegExp(`^withdrew ${adaPack} \\(Ada\\)  WITHDRAWN \\d{4}-`));
    expect(w.stdout).not.toContain('\u001b');
    const again = await assay(['register', 'withdraw', adaPack, '--register', home]);
    expect([again.code, again.stderr]).toEqual([1, expect.stringMatching(/already withdrawn on /)]);

    const list = await assay(['register', 'list', '--register', home]);
    const lines = list.stdout.split('\n');
    expect(lines.find((l) => l.startsWith(adaPack))).toMatch(/issued here  WITHDRAWN .*: sent to the wrong person <script>/);
    expect(lines.filter((l) => l.includes('WITHDRAWN'))).toHaveLength(1);
    expect(list.stdout).toMatch(/2 packs in .* \(1 withdrawn\)/);
    expect(list.stdout).not.toContain('\u001b');

    const { r, out, ada, bob } = await grade(home);
    expect(r.stderr).not.toMatch(/rejected/);
    expect(r.stdout + r.stderr).not.toContain('\u001b');
    expect(ada.status).toBe('graded');
    const flag = ada.flags.find((f) => f.code === 'pack_withdrawn')!;
    expect(flag).toMatchObject({ message: expect.stringMatching(/^pack withdrawn on \d{4}-\d\d-\d\d \d\d:\d\d UTC: sent to the wrong person <script>/) });
    expect(flag.message).toContain(REASON.trim());
    expect(bob.flags.map((f) => f.code)).not.toContain('pack_withdrawn');
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/name="issued pack">\s*<failure message="pack_withdrawn: pack withdrawn on [^"]*&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;=cmd&quot;[^"]*" type="pack_withdrawn">/);
    expect(junit).not.toContain('<script>');
    expect(junit).not.toContain('\u001b');
    const csv = readFileSync(join(out, 'candidates.csv'), 'utf8');
    expect(csv.split('\r\n').find((l) => l.startsWith('Ada'))).toContain('pack withdrawn on');
    const cards = readdirSync(join(out, 'scorecards')).map((f) => readJson(join(out, 'scorecards', f)));
    expect(cards.find((c) => c.candidate === 'Ada').flags).toContainEqual({ code: 'pack_withdrawn', severity: 'critical', message: flag.message });

    // Another machine: the export carries the withdrawal, the import keeps it, grading there flags it too.
    const records = tempDir('assay-withdraw-records-');
    expect((await assay(['register', 'export', '--all', '--out', records, '--register', home])).code).toBe(0);
    const ci = tempDir('assay-withdraw-ci-');
    expect((await assay(['register', 'import', records, '--register', ci])).code).toBe(0);
    expect(new Register(ci).get(adaPack)!.record.withdrawn?.reason).toBe(REASON.trim());
    const there = await grade(ci);
    expect(there.ada.flags.map((f) => f.code)).toContain('pack_withdrawn');
    const thereCards = readdirSync(join(there.out, 'scorecards')).map((f) => readJson(join(there.out, 'scorecards', f)));
    expect(thereCards.find((c) => c.candidate === 'Ada').flags.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['pack_withdrawn', 'pack_imported']));
    const imported = await assay(['register', 'withdraw', adaPack, '--register', ci]);
    expect([imported.code, imported.stderr]).toEqual([1, expect.stringMatching(/issued by another interviewer/)]);

    const back = await assay(['register', 'reinstate', adaPack, '--register', home]);
    expect([back.code, back.stdout]).toEqual([0, expect.stringMatching(/^reinstated /)]);
    const after = await grade(home);
    expect(after.ada.status).toBe('graded');
    expect(after.ada.flags.map((f) => f.code)).not.toContain('pack_withdrawn');
    expect((await assay(['register', 'list', '--register', home])).stdout).not.toContain('WITHDRAWN');
  }, 120_000);

  it('a withdrawal edited by hand in register.json is tampering: the bundle is rejected, not graded as withdrawn', async () => {
    const w = await assay(['register', 'withdraw', adaPack, '--reason', 'leaked', '--register', home]);
    expect(w.code, w.stderr).toBe(0);
    const path = join(home, 'register.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"leaked"', '"scheduling"'));
    const { r, ada, bob } = await grade(home);
    expect(r.code).toBe(3);
    expect(ada.status).not.toBe('graded');
    expect(JSON.stringify(ada)).toMatch(/does not match its signature/);
    expect(bob.status).toBe('graded');
    const list = await assay(['register', 'list', '--register', home]);
    expect(list.stdout.split('\n').find((l) => l.startsWith(adaPack))).toMatch(/SIGNATURE DOES NOT MATCH/);
    const re = await assay(['register', 'reinstate', adaPack, '--register', home]);
    expect([re.code, re.stderr]).toEqual([1, expect.stringMatching(/changed on disk.*not re-signed/)]);
  }, 120_000);
});
