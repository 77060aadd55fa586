import { describe, expect, it } from 'vitest';
import { classifyGoRun, type GoEnding } from '../../../core/node/runner/go/classify.ts';
import { checkTestSet } from '../../../core/node/runner/integrity.ts';
import type { TestResult } from '../../../core/common/results.ts';

const EXPECTED = ['TestA', 'TestB'];
const t = (name: string, status: TestResult['status']): TestResult => ({ name, status, kind: 'visible', hidden: false, message: '', durationMs: 0 });

interface Extra {
  pkg?: string;
  stderr?: string;
  unfinished?: string[];
  dups?: string[];
  sentinel?: GoEnding['sentinel'];
}

function run(exitCode: number | null, tests: TestResult[], extra: Extra = {}): ReturnType<typeof classifyGoRun> {
  const set = checkTestSet(tests.map((x) => x.name), EXPECTED, true);
  set.duplicates = extra.dups ?? [];
  const e: GoEnding = {
    exitCode,
    signal: null,
    stderr: extra.stderr ?? '',
    parse: { tests, duplicates: extra.dups ?? [], unfinished: extra.unfinished ?? [], packageOutput: extra.pkg ?? '' },
    set,
    sentinel: extra.sentinel ?? 'ok',
  };
  return classifyGoRun(e);
}

describe('classifyGoRun', () => {
  it('passes a clean exit 0 with every expected test passing and a final PASS', () => {
    expect(run(0, [t('TestA', 'pass'), t('TestB', 'pass'), t('TestB/sub', 'pass')], { pkg: 'PASS\n' }).verdict).toBe('passed');
  });

  it('fails on exit 1 with a complete set containing failures', () => {
    expect(run(1, [t('TestA', 'pass'), t('TestB', 'fail')], { pkg: 'FAIL\n' })).toEqual({ verdict: 'failed', summary: '1 of 2 tests passed, 1 failed' });
  });

  it.each([
    ['no results at all (os.Exit(0) in init)', [], {}],
    ['a missing expected test', [t('TestA', 'pass')], { pkg: 'PASS\n' }],
    ['failures', [t('TestA', 'pass'), t('TestB', 'fail')], { pkg: 'PASS\n' }],
    ['no final PASS line', [t('TestA', 'pass'), t('TestB', 'pass')], {}],
  ])('is tampered on exit 0 with %s', (_what, tests, extra) => {
    expect(run(0, tests, extra).verdict).toBe('tampered');
  });

  it('is tampered on exit 0 without the sentinel frame, and on any frame with a wrong nonce', () => {
    const all = [t('TestA', 'pass'), t('TestB', 'pass')];
    expect(run(0, all, { pkg: 'PASS\n', sentinel: 'missing' })).toEqual({
      verdict: 'tampered',
      summary: 'the test binary exited with status 0 but the Assay sentinel test never reported',
    });
    expect(run(1, [t('TestA', 'pass'), t('TestB', 'fail')], { sentinel: 'forged' }).verdict).toBe('tampered');
  });

  it('is tampered when tests are duplicated or unknown, whatever the exit status', () => {
    expect(run(1, [t('TestA', 'pass'), t('TestB', 'fail')], { dups: ['TestA'] }).verdict).toBe('tampered');
    expect(run(0, [t('TestA', 'pass'), t('TestB', 'pass'), t('TestForged', 'pass')], { pkg: 'PASS\n' }).verdict).toBe('tampered');
  });

  it('is a runtime error for a panic (exit 2) and names the test', () => {
    const v = run(2, [t('TestA', 'pass'), t('TestB', 'error')], { unfinished: ['TestB'], stderr: 'panic: boom [recovered]\n' });
    expect(v).toEqual({ verdict: 'runtime_error', summary: 'panic: boom [recovered] (in TestB)' });
  });

  it('is a timeout when go test -timeout fired', () => {
    expect(run(2, [t('TestA', 'error')], { unfinished: ['TestA'], stderr: 'panic: test timed out after 2s\n' }).verdict).toBe('timeout');
  });

  it('is a runtime error for os.Exit(1) inside a test, not a failure', () => {
    const v = run(1, [t('TestA', 'error')], { unfinished: ['TestA'] });
    expect(v).toEqual({ verdict: 'runtime_error', summary: 'the test binary exited with status 1 during TestA' });
  });

  it('says no tests ran when the binary reports that', () => {
    const set = checkTestSet([], null, true);
    expect(classifyGoRun({ exitCode: 0, signal: null, stderr: '', parse: { tests: [], duplicates: [], unfinished: [], packageOutput: 'testing: warning: no tests to run\nPASS\n' }, set, sentinel: 'ok' }).verdict).toBe('failed');
  });
});
