// submissions/ of an exercise: layout validation, counting rules and the verdict on a graded submission.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GradeReport, TestResult } from '../../../core/common/results.ts';
import type { LoadedExercise } from '../../../core/node/library/load.ts';
import { countProblems, judgeSubmission, loadSubmissions, type Submission } from '../../../core/node/library/submissions.ts';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

function exercise(files: Record<string, string>, opts: { budget?: boolean; editable?: string[] } = {}): LoadedExercise {
  const dir = mkdtempSync(join(tmpdir(), 'assay-subs-'));
  dirs.push(dir);
  for (const [p, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), body);
  }
  const cases = [{ name: 'a', call: 'f', input: 1, expected: 1, weight: 1 }];
  if (opts.budget) cases.push({ name: 'b', call: 'f', input: 2, expected: 2, weight: 1, budgetMs: 100 } as never);
  return { dir, meta: { editable: opts.editable ?? ['lib/x.rb'] }, cases } as unknown as LoadedExercise;
}

const test = (name: string, kind: TestResult['kind'], status: TestResult['status']): TestResult =>
  ({ name, kind, status, hidden: kind !== 'visible', message: '', durationMs: 0 });

function report(p: Partial<GradeReport>): GradeReport {
  return { schema: 'assay.grade/1', runId: 'r', exerciseId: 'x', verdict: 'passed', summary: 'ok', tests: [], markers: [],
    flags: [], output: '', isolation: 'full', toolchain: 't', timings: { compileMs: 0, runMs: 0 }, score: 100,
    correctness: 100, performance: null, ...p };
}

describe('loadSubmissions', () => {
  it('reads accepted and too-slow submissions made of editable files', () => {
    const ex = exercise({
      'submissions/accepted/one/lib/x.rb': 'a', 'submissions/accepted/two/lib/x.rb': 'b',
      'submissions/too-slow/slow/lib/x.rb': 'c',
    });
    const { submissions, problems } = loadSubmissions(ex);
    expect(problems).toEqual([]);
    expect(submissions.map((s) => `${s.kind}/${s.name}`)).toEqual(['accepted/one', 'accepted/two', 'too-slow/slow']);
    expect(submissions[0]!.files).toEqual({ 'lib/x.rb': 'a' });
  });

  it('rejects non-editable files, unknown folders, stray files, empty and badly named submissions', () => {
    const ex = exercise({
      'submissions/accepted/sneaky/lib/x.rb': 'a', 'submissions/accepted/sneaky/hidden/cases.json': '[]',
      'submissions/accepted/notes/README.md': 'hi',
      'submissions/wrong_answer/w/lib/x.rb': 'x',
      'submissions/accepted/stray.rb': 'x',
      'submissions/accepted/Bad Name/lib/x.rb': 'x',
    });
    mkdirSync(join(ex.dir, 'submissions/accepted/empty'));
    const { submissions, problems } = loadSubmissions(ex);
    expect(submissions).toEqual([]);
    const text = problems.join('\n');
    expect(text).toContain('submissions/accepted/sneaky: only editable files are allowed, found hidden/cases.json');
    expect(text).toContain('submissions/accepted/notes: only editable files are allowed, found README.md');
    expect(text).toContain('submissions/accepted/empty: holds no editable file');
    expect(text).toContain('submissions/wrong_answer: unknown entry');
    expect(text).toContain('submissions/accepted/stray.rb: a submission is a folder');
    expect(text).toContain('submissions/accepted/Bad Name: a submission is a folder');
  });

  it('refuses a symlink inside a submission instead of following it', () => {
    const ex = exercise({ 'submissions/accepted/one/lib/x.rb': 'a' });
    symlinkSync('/etc/passwd', join(ex.dir, 'submissions/accepted/one/lib/y.rb'));
    const { submissions, problems } = loadSubmissions(ex);
    expect(submissions).toEqual([]);
    expect(problems.join('\n')).toMatch(/submissions\/accepted\/one: .*symlink not allowed/);
  });

  it('has nothing to say about an exercise without submissions/', () => {
    expect(loadSubmissions(exercise({ 'exercise.json': '{}' }))).toEqual({ submissions: [], problems: [] });
  });
});

describe('countProblems', () => {
  const sub = (kind: Submission['kind'], name: string): Submission => ({ kind, name, files: {} });
  it('needs two accepted submissions', () => {
    expect(countProblems(exercise({}), [sub('accepted', 'a')])).toEqual([expect.stringContaining('at least 2 accepted')]);
    expect(countProblems(exercise({}), [sub('accepted', 'a'), sub('accepted', 'b')])).toEqual([]);
  });
  it('needs a too-slow submission exactly when the exercise has budget cases', () => {
    const two = [sub('accepted', 'a'), sub('accepted', 'b')];
    expect(countProblems(exercise({}, { budget: true }), two)).toEqual([expect.stringContaining('no too-slow')]);
    expect(countProblems(exercise({}, { budget: true }), [...two, sub('too-slow', 's')])).toEqual([]);
    expect(countProblems(exercise({}), [...two, sub('too-slow', 's')])).toEqual([expect.stringContaining('no budget case')]);
  });
});

describe('judgeSubmission', () => {
  const accepted: Submission = { kind: 'accepted', name: 'alt', files: {} };
  const slow: Submission = { kind: 'too-slow', name: 'quadratic', files: {} };

  it('accepts an accepted submission that scores 100 without critical flags', () => {
    expect(judgeSubmission(accepted, report({}))).toBeNull();
    expect(judgeSubmission(accepted, report({ flags: [{ code: 'go-exec', severity: 'warning', message: '' }] }))).toBeNull();
  });

  it('names the failing cases of an accepted submission below 100', () => {
    const r = report({ score: 88, correctness: 88, verdict: 'failed', summary: 'hidden: 7 of 8',
      tests: [test('v1', 'visible', 'pass'), test('forbidden_after', 'hidden', 'fail'), test('v2', 'visible', 'fail')] });
    const why = judgeSubmission(accepted, r)!;
    expect(why).toContain('submission accepted/alt scores 88 (failed: hidden: 7 of 8');
    expect(why).toContain('expected 100 with every test passing');
    expect(why).toContain('failing forbidden_after');
    expect(why).toContain('visible tests failing: v2');
  });

  it('rejects an accepted submission whose visible tests fail even though the hidden cases give 100', () => {
    const r = report({ verdict: 'failed', summary: '1 of 3 visible tests failed', tests: [test('TestEdge', 'visible', 'fail'), test('h', 'hidden', 'pass')] });
    expect(judgeSubmission(accepted, r)).toMatch(/scores 100 \(failed: .*visible tests failing: TestEdge\), expected 100 with every test passing/);
  });

  it('rejects an accepted submission that scores 100 but is flagged critical', () => {
    const r = report({ flags: [{ code: 'go-syscall', severity: 'critical', message: '', file: 's.go', line: 9 }] });
    expect(judgeSubmission(accepted, r)).toMatch(/critical flags go-syscall \(s\.go:9\).*allowedFlags/);
  });

  it('wants a too-slow submission fully correct but short of full performance', () => {
    expect(judgeSubmission(slow, report({ score: 85, performance: 0 }))).toBeNull();
    expect(judgeSubmission(slow, report({ score: 100, performance: 100 }))).toMatch(/loses no performance points/);
    expect(judgeSubmission(slow, report({ score: 60, correctness: 75, performance: 0, verdict: 'failed' }))).toMatch(/must keep full correctness, has 75/);
    expect(judgeSubmission(slow, report({ score: 0, correctness: 0, performance: 0, verdict: 'compile_error' }))).toMatch(/full correctness/);
    expect(judgeSubmission(slow, report({ score: 100, performance: null }))).toMatch(/loses no performance points/);
    const visibleFails = report({ score: 85, performance: 0, verdict: 'failed', tests: [test('TestX', 'visible', 'fail')] });
    expect(judgeSubmission(slow, visibleFails)).toMatch(/must keep full correctness.*visible tests failing: TestX/);
  });
});
