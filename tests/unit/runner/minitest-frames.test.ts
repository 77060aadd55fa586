import { describe, expect, it } from 'vitest';
import { checkTestSet } from '../../../core/node/runner/integrity.ts';
import { classifyMinitestRun, readTestFrames } from '../../../core/node/runner/ruby/test-frames.ts';

const N = 'c'.repeat(32);
const frame = (o: object, nonce = N) => `@@assay:${nonce}:${JSON.stringify(o)}\n`;
const test = (name: string, status: string, assertions = 1) => frame({ t: 'test', name, status, assertions, time: 0.0042, message: status === 'pass' ? '' : 'Expected 1, got 2' });
const EXPECTED = ['T#test_a', 'T#test_b'];

function judge(stdout: string, exitCode: number, stderr = '') {
  const p = readTestFrames(stdout, N);
  expect(p.problem).toBeNull();
  return classifyMinitestRun(exitCode, null, stderr, p, checkTestSet(p.tests.map((x) => x.name), EXPECTED, false));
}

describe('readTestFrames', () => {
  it('reads one result per test with assertions and duration', () => {
    const p = readTestFrames(test('T#test_a', 'pass', 3) + 'printed\n' + test('T#test_b', 'fail') + frame({ t: 'end', count: 2 }), N);
    expect(p.tests).toEqual([
      { name: 'T#test_a', status: 'pass', kind: 'visible', hidden: false, message: '', durationMs: 4, assertions: 3 },
      { name: 'T#test_b', status: 'fail', kind: 'visible', hidden: false, message: 'Expected 1, got 2', durationMs: 4, assertions: 1 },
    ]);
    expect(p.ended).toBe(true);
    expect(p.text).toBe('printed\n');
  });

  it('rejects wrong nonces, wrong end counts and unknown frames', () => {
    expect(readTestFrames(test('T#test_a', 'pass') + frame({ t: 'test', name: 'T#test_b', status: 'pass' }, 'd'.repeat(32)), N).problem).toMatch(/wrong nonce/);
    expect(readTestFrames(test('T#test_a', 'pass') + frame({ t: 'end', count: 2 }), N).problem).toMatch(/counted 2 tests but reported 1/);
    expect(readTestFrames(frame({ t: 'test', name: 'x', status: 'great' }), N).problem).toMatch(/malformed/);
  });
});

describe('classifyMinitestRun', () => {
  const both = (a: string, b: string) => test('T#test_a', a) + test('T#test_b', b) + frame({ t: 'end', count: 2 });

  it('passes and fails when the exit status agrees with the results', () => {
    expect(judge(both('pass', 'pass'), 0).verdict).toBe('passed');
    expect(judge(both('pass', 'error'), 1)).toEqual({ verdict: 'failed', summary: '1 of 2 tests passed, 1 failed' });
  });

  it('is tampered when the run claims success it does not have', () => {
    expect(judge(both('pass', 'fail'), 0).verdict).toBe('tampered');
    expect(judge(test('T#test_a', 'pass') + frame({ t: 'end', count: 1 }), 0).verdict).toBe('tampered');
    expect(judge('1 runs, 1 assertions, 0 failures, 0 errors, 0 skips\n', 0).verdict).toBe('tampered');
    expect(judge(both('pass', 'pass') .replace('T#test_b', 'T#test_a'), 0).verdict).toBe('tampered');
  });

  it('is a runtime error when the process dies before finishing', () => {
    const v = judge('', 1, "/w/a.rb:2:in `<top (required)>': uninitialized constant Foo (NameError)\n");
    expect(v.verdict).toBe('runtime_error');
    expect(v.summary).toContain('NameError');
  });
});
