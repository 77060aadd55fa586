// grade-batch --register against forged bundles, as a hostile candidate would make them (hashes recomputed): an
// issued exercise dropped scores 0 and stays in the denominator, a changed time limit is flagged in the summary,
// CSV and JUnit, a pack that was never issued or a duplicated exercise is a rejected row (exit 3), a register
// record edited on disk refuses its bundles, and a changed record re-grades a resumed batch.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Register } from '../../../core/node/assessment/register.ts';
import { addReviewExercise, cleanup, makeBundle, makeLibrary, mutateContainer, reseal, tempDir, type RawDoc } from '../../unit/assessment/helpers.ts';
import { assay, readJson } from './cli.ts';
import { REVIEW_ID, RUBY_ID } from './fixtures.ts';

afterAll(cleanup);

type Json = Record<string, any>;
const entry = (doc: RawDoc, path: string) => doc.entries.find((e) => e.path === path)!;
const json = (doc: RawDoc, path: string): Json => JSON.parse(String(entry(doc, path).content));
const setJson = (doc: RawDoc, path: string, v: unknown) => void (entry(doc, path).content = JSON.stringify(v));

function dropExercise(doc: RawDoc, id: string): RawDoc {
  const sub = json(doc, 'submission.json');
  sub.exercises = sub.exercises.filter((e: Json) => e.id !== id);
  sub.assessment.exercises = sub.assessment.exercises.filter((e: Json) => e.id !== id);
  setJson(doc, 'submission.json', sub);
  doc.entries = doc.entries.filter((e) => !String(e.path).match(new RegExp(`^(code/${id}/|snapshots/${id}\\.json|results/${id}\\.json)`)));
  return reseal(doc);
}

function longerTime(doc: RawDoc): RawDoc {
  const sub = json(doc, 'submission.json');
  sub.assessment.timeLimitMinutes = 600;
  sub.deadline = sub.startedAt + 600 * 60_000;
  setJson(doc, 'submission.json', sub);
  return reseal(doc);
}

function duplicateExercise(doc: RawDoc, id: string): RawDoc {
  const sub = json(doc, 'submission.json');
  sub.exercises.push({ ...sub.exercises.find((e: Json) => e.id === id) });
  setJson(doc, 'submission.json', sub);
  return reseal(doc);
}

interface Row { file: string; status: string; problem: string | null; score: number | null; pack: string | null; flags: { code: string }[]; exercises: { id: string; verdict: string; score: number | null }[] }

let lib: string;
let registerDir: string;
let folder: string;
let out: string;
let first: Awaited<ReturnType<typeof assay>>;
const rows = () => new Map((readJson(join(out, 'summary.json')).bundles as Row[]).map((r) => [r.file, r]));

beforeAll(async () => {
  lib = makeLibrary();
  addReviewExercise(lib);
  registerDir = tempDir('assay-forged-register-');
  const register = new Register(registerDir);
  const starter = readFileSync(join(lib, 'ruby/reference-extractor/starter/reference_extractor.rb'), 'utf8');
  const edits = { [RUBY_ID]: starter, [REVIEW_ID]: '[{ "line": 7, "body": "Off by one: <= runs the job max+1 times." }]' };
  const honest = await makeBundle(lib, { candidate: 'Honest Hana', ids: [RUBY_ID, REVIEW_ID], edits, register });
  const stranger = await makeBundle(lib, { candidate: 'Never Issued', ids: [REVIEW_ID], edits: { [REVIEW_ID]: '[]' } });
  folder = tempDir('assay-forged-in-');
  cpSync(honest.path, join(folder, 'a-honest.assay-submission'));
  cpSync(mutateContainer(honest.path, (d) => dropExercise(d, RUBY_ID)), join(folder, 'b-dropped.assay-submission'));
  cpSync(mutateContainer(honest.path, longerTime), join(folder, 'c-time.assay-submission'));
  cpSync(mutateContainer(honest.path, (d) => duplicateExercise(d, REVIEW_ID)), join(folder, 'd-duplicate.assay-submission'));
  cpSync(stranger.path, join(folder, 'e-not-issued.assay-submission'));
  out = tempDir('assay-forged-out-');
  first = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', registerDir]);
}, 120_000);

describe('grade-batch --register with forged bundles', () => {
  it('grades the honest bundle as issued, with no critical flag', () => {
    const honest = rows().get('a-honest.assay-submission')!;
    expect(honest).toMatchObject({ status: 'graded', pack: 'this_register', flags: [] });
    expect(honest.exercises.map((e) => e.id)).toEqual([RUBY_ID, REVIEW_ID]);
    expect(honest.exercises.find((e) => e.id === RUBY_ID)!.verdict).not.toBe('passed');
  });

  it('scores a dropped issued exercise 0, keeps it in the denominator, and never higher than honest', () => {
    const honest = rows().get('a-honest.assay-submission')!;
    const dropped = rows().get('b-dropped.assay-submission')!;
    expect(dropped.status).toBe('graded');
    expect(dropped.exercises.find((e) => e.id === RUBY_ID)).toMatchObject({ verdict: 'not_submitted', score: 0 });
    expect(dropped.score!).toBeLessThanOrEqual(honest.score!);
    expect(dropped.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['exercise_list_changed', 'exercise_not_submitted']));
  });

  it('flags a changed time limit in the summary, the CSV and the JUnit report', () => {
    const time = rows().get('c-time.assay-submission')!;
    expect(time.status).toBe('graded');
    expect(time.flags.map((f) => f.code)).toContain('time_limit_changed');
    const csvLine = readFileSync(join(out, 'candidates.csv'), 'utf8').split('\r\n').filter((l) => l.includes('the pack was issued with 60 min'));
    expect(csvLine).toHaveLength(1);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/name="issued pack">\s*<failure message="[^"]*time_limit_changed/);
  });

  it('rejects a duplicated exercise and a pack that was never issued, as rows with reasons, and exits 3', () => {
    expect(first.code).toBe(3);
    const dup = rows().get('d-duplicate.assay-submission')!;
    expect(dup).toMatchObject({ status: 'rejected' });
    expect(dup.problem).toMatch(/^invalid_content: exercise "go-review-retry" appears more than once/);
    const stranger = rows().get('e-not-issued.assay-submission')!;
    expect(stranger).toMatchObject({ status: 'rejected' });
    expect(stranger.problem).toMatch(/^not_issued: pack [0-9a-f-]+ was not issued from this register/);
    expect(first.stdout).toMatch(/✗ Never Issued .*not_issued/);
    expect(readFileSync(join(out, 'junit.xml'), 'utf8').match(/<error /g)).toHaveLength(2);
  });

  it('re-grades when the register record changes, and refuses a record edited on disk', async () => {
    const again = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', registerDir]);
    expect(again.stderr).toMatch(/5 bundles, 0 to grade, 5 unchanged/);
    const file = join(registerDir, 'register.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.entries[0].record.timeLimitMinutes = 600; // the MAC no longer matches
    writeFileSync(file, JSON.stringify(doc));
    const tampered = await assay(['grade-batch', folder, '--library', lib, '--out', out, '--register', registerDir]);
    expect(tampered.code).toBe(3);
    // The three readable bundles of the tampered pack; the unreadable one and the other pack's are unchanged.
    expect(tampered.stderr).toMatch(/5 bundles, 3 to grade, 2 unchanged/);
    const honest = rows().get('a-honest.assay-submission')!;
    expect(honest.status).toBe('rejected');
    expect(honest.problem).toMatch(/^register_tampered: /);
  }, 120_000);

  it('refuses a register directory without register.json with exit 2', async () => {
    const r = await assay(['grade-batch', folder, '--library', lib, '--out', tempDir(), '--register', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds no register\.json/);
  });
});
