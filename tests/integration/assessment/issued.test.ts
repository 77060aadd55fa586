// The cases at the top of issue 10, as a hostile candidate would try them, each with its exact outcome: scored as
// issued, flagged, or rejected with a message. Grading is real (Go and Ruby hidden tests), memoized per input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { decodeBundle, readBundle } from '../../../core/node/bundle/read.ts';
import { ContainerError } from '../../../core/node/container/container.ts';
import { Register } from '../../../core/node/assessment/register.ts';
import { scoreBundles } from '../../../core/node/scorecard/score-bundles.ts';
import { cleanup, makeLibrary, mutateContainer, readRaw, reseal, tempDir, type RawDoc } from '../../unit/assessment/helpers.ts';
import { issuedBundle, memoGrader } from '../../unit/assessment/issued-helpers.ts';
import { readFileSync } from 'node:fs';

type Json = Record<string, any>;
const entry = (doc: RawDoc, path: string) => doc.entries.find((e) => e.path === path)!;
const json = (doc: RawDoc, path: string): Json => JSON.parse(String(entry(doc, path).content));
const setJson = (doc: RawDoc, path: string, v: unknown) => void (entry(doc, path).content = JSON.stringify(v));

/** Drops an exercise everywhere a forger would: submission.json, its assessment, code, snapshots, results. */
function dropExercise(doc: RawDoc, id: string): RawDoc {
  const sub = json(doc, 'submission.json');
  sub.exercises = sub.exercises.filter((e: Json) => e.id !== id);
  sub.assessment.exercises = sub.assessment.exercises.filter((e: Json) => e.id !== id);
  setJson(doc, 'submission.json', sub);
  doc.entries = doc.entries.filter((e) => !String(e.path).match(new RegExp(`^(code/${id}/|snapshots/${id}\\.json|results/${id}\\.json)`)));
  return reseal(doc);
}

let lib: string;
let register: Register;
let honestPath: string;
const grader = memoGrader();
const score = async (path: string, reg: Register = register) => {
  const read = readBundle(path);
  return scoreBundles([{ ...read, rubric: null }], lib, { register: reg, gradeExercise: grader.grade });
};

beforeAll(() => {
  lib = makeLibrary();
  register = new Register(join(tempDir(), 'register'));
  honestPath = issuedBundle(lib, register).path;
});
afterAll(cleanup);

describe('bundles are graded against what was issued', () => {
  it('the honest bundle: Ruby passes, Go fails, both in the score', async () => {
    const { scorecards: [card], failures } = await score(honestPath);
    expect(failures).toEqual([]);
    expect(card!.exercises.map((e) => e.id)).toEqual(['go-log-sections', 'ruby-reference-extractor']);
    const ruby = card!.exercises.find((e) => e.id === 'ruby-reference-extractor')!;
    const go = card!.exercises.find((e) => e.id === 'go-log-sections')!;
    expect(ruby.score).toBe(100);
    expect(go.score).toBeLessThan(100);
    expect(card!.overall.score).toBeLessThan(100);
    expect(card!.flags.filter((f) => f.severity === 'critical')).toEqual([]);
  }, 120_000);

  it('dropping the failed exercise (hashes recomputed): it scores 0 and stays in the denominator, flagged', async () => {
    const honest = (await score(honestPath)).scorecards[0]!;
    const forged = mutateContainer(honestPath, (d) => dropExercise(d, 'go-log-sections'));
    const { scorecards: [card] } = await score(forged);
    const go = card!.exercises.find((e) => e.id === 'go-log-sections')!;
    expect(go).toMatchObject({ verdict: 'not_submitted', score: 0 });
    expect(go.flags.map((f) => f.code)).toContain('exercise_not_submitted');
    expect(card!.exercises).toHaveLength(2);
    expect(card!.overall.score).toBeLessThanOrEqual(honest.overall.score!);
    expect(card!.overall.score).not.toBe(100);
  }, 120_000);

  it('changing the time limit from 45 to 600 minutes: the issued 45 is used, flagged critical', async () => {
    const forged = mutateContainer(honestPath, (d) => {
      const sub = json(d, 'submission.json');
      sub.assessment.timeLimitMinutes = 600;
      sub.deadline = sub.startedAt + 600 * 60_000;
      setJson(d, 'submission.json', sub);
      return reseal(d);
    });
    expect(readBundle(forged).warnings.map((w) => w.code)).not.toContain('deadline_changed'); // consistent forgery
    const { scorecards: [card] } = await score(forged);
    expect(card!.assessment.timeLimitMinutes).toBe(45);
    const codes = card!.flags.filter((f) => f.severity === 'critical').map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['time_limit_changed', 'deadline_not_issued']));
  }, 120_000);

  it('a session run from an edited pack file (another digest) is flagged critical', async () => {
    const forged = mutateContainer(honestPath, (d) => {
      const sub = json(d, 'submission.json');
      sub.packDigest = '0'.repeat(64);
      setJson(d, 'submission.json', sub);
      return reseal(d);
    });
    const { scorecards: [card] } = await score(forged);
    expect(card!.flags.find((f) => f.code === 'pack_file_changed')?.severity).toBe('critical');
  }, 120_000);

  it('duplicating an exercise is rejected with a message', () => {
    const forged = mutateContainer(honestPath, (d) => {
      const sub = json(d, 'submission.json');
      sub.exercises.push(sub.exercises[1]);
      sub.assessment.exercises.push(sub.assessment.exercises[1]);
      setJson(d, 'submission.json', sub);
      return reseal(d);
    });
    expect(() => readBundle(forged)).toThrow(ContainerError);
    expect(() => readBundle(forged)).toThrow(/"ruby-reference-extractor" appears more than once in submission\.json/);
  });

  it('an exercise that was not issued is rejected with a message; the other bundles still score', async () => {
    const forged = mutateContainer(honestPath, (d) => {
      const sub = json(d, 'submission.json');
      const extra = { ...sub.exercises[1], id: 'ruby-extra-exercise' };
      sub.exercises.push(extra);
      sub.assessment.exercises.push({ ...sub.assessment.exercises[1], id: 'ruby-extra-exercise' });
      setJson(d, 'submission.json', sub);
      for (const e of d.entries.filter((x) => String(x.path).includes('ruby-reference-extractor'))) {
        d.entries.push({ ...e, path: String(e.path).replace('ruby-reference-extractor', 'ruby-extra-exercise') });
      }
      return reseal(d);
    });
    const inputs = [forged, honestPath].map((p) => ({ ...readBundle(p), rubric: null }));
    const { scorecards, failures } = await scoreBundles(inputs, lib, { register, gradeExercise: grader.grade });
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toMatch(/"ruby-extra-exercise", not issued in pack .* \(issued: go-log-sections, ruby-reference-extractor\)/);
    expect(scorecards).toHaveLength(1);
  }, 120_000);

  it("another interviewer's pack: refused until its record is imported, then graded and labelled", async () => {
    const other = new Register(join(tempDir(), 'other-register'));
    const theirs = issuedBundle(lib, other, { candidate: 'Grace Hopper' });
    const before = await score(theirs.path);
    expect(before.failures[0]!.error).toMatch(/was not issued from this register; .*import that pack's record/);
    const exported = JSON.stringify(other.export(theirs.pack.assessment.id));
    const mine = new Register(join(tempDir(), 'mine'));
    mine.import(exported, 'grace.assay-record.json');
    const after = await score(theirs.path, mine);
    expect(after.failures).toEqual([]);
    expect(after.scorecards[0]!.flags.find((f) => f.code === 'pack_imported')?.message).toMatch(/another interviewer's register; its record was imported from grace\.assay-record\.json/);
    expect(() => other.import(exported, 'again')).toThrow(/already in the register/);
  }, 120_000);

  it('a register record edited on disk is refused (its MAC no longer matches)', async () => {
    const dir = join(tempDir(), 'reg');
    const reg = new Register(dir);
    const b = issuedBundle(lib, reg);
    const path = join(dir, 'register.json');
    const text = readFileSync(path, 'utf8').replace('"timeLimitMinutes": 45', '"timeLimitMinutes": 600');
    (await import('node:fs')).writeFileSync(path, text);
    const { failures } = await score(b.path, new Register(dir));
    expect(failures[0]!.error).toMatch(/does not match its signature/);
  }, 120_000);

  it('decodes the same bytes the same way (no prototype keys leak into the maps)', () => {
    const r = decodeBundle(readFileSync(honestPath));
    expect(Object.getPrototypeOf(r.bundle.code)).toBeNull();
    expect(Object.getPrototypeOf(r.bundle.code['go-log-sections']!)).toBeNull();
    expect(readRaw(honestPath).digest).toBe(r.bundle.digest);
  });
});
