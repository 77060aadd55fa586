import { describe, expect, it } from 'vitest';
import { classifyDriver, readDriverFrames } from '../../../core/node/runner/driver-results.ts';
import type { SandboxResult } from '../../../core/node/sandbox/types.ts';

const N = '0123456789abcdef0123456789abcdef';
const frame = (o: object, nonce = N) => `@@assay:${nonce}:${JSON.stringify(o)}\n`;
const ok = (name: string, value: unknown = 1) => frame({ t: 'case', name, status: 'ok', value, durationMs: 1.5 });
const end = (count: number) => frame({ t: 'end', count });
const CASES = ['a', 'b'];
const LIMITS = { timeoutMs: 1000, memoryMb: 64 };

function ending(over: Partial<SandboxResult> = {}): SandboxResult {
  return { exitCode: 0, signal: null, stdout: '', stderr: '', limitHit: null, cancelled: false, durationMs: 5, peakMemoryBytes: null, isolation: 'full', sandboxError: null, ...over };
}

describe('readDriverFrames', () => {
  it('accepts every case once followed by a matching end frame', () => {
    const p = readDriverFrames(ok('a', { x: [1] }) + 'noise\n' + ok('b') + end(2), N, CASES);
    expect(p.problem).toBeNull();
    expect(p.ended).toBe(true);
    expect(p.cases.get('a')).toEqual({ name: 'a', status: 'ok', value: { x: [1] }, message: '', durationMs: 1.5 });
    expect(p.text).toBe('noise\n');
  });

  it.each([
    ['a wrong nonce', ok('a') + frame({ t: 'case', name: 'b', status: 'ok', value: 1, durationMs: 1 }, 'f'.repeat(32)) + end(1), /wrong nonce/],
    ['a duplicate case', ok('a') + ok('a') + ok('b') + end(3), /reported twice/],
    ['an unknown case', ok('a') + ok('b') + ok('zzz') + end(3), /unknown case/],
    ['a missing case', ok('a') + end(1), /without reporting 1 case/],
    ['a wrong end count', ok('a') + ok('b') + end(5), /counts 5 cases but 2/],
    ['frames after the end', ok('a') + end(1) + ok('b'), /after the end frame/],
    ['a malformed payload', ok('a') + `@@assay:${N}:{oops\n` + ok('b') + end(2), /not valid JSON/],
    ['a bad status', ok('a') + frame({ t: 'case', name: 'b', status: 'passed', durationMs: 1 }) + end(2), /malformed result/],
    ['a negative duration', ok('a') + frame({ t: 'case', name: 'b', status: 'ok', durationMs: -1 }) + end(2), /malformed result/],
  ])('flags %s', (_what, stdout, why) => {
    const p = readDriverFrames(stdout, N, CASES);
    expect(p.problem).toMatch(why);
    expect(classifyDriver(ending(), p, LIMITS).verdict).toBe('tampered');
  });
});

describe('classifyDriver', () => {
  it('is tampered when the driver exits 0 without the end frame', () => {
    const p = readDriverFrames(ok('a'), N, CASES);
    expect(classifyDriver(ending({ exitCode: 0 }), p, LIMITS).verdict).toBe('tampered');
  });

  it('is a runtime error when the driver dies with a panic', () => {
    const p = readDriverFrames(ok('a'), N, CASES);
    const v = classifyDriver(ending({ exitCode: 2, stderr: 'goroutine 7:\npanic: runtime error: index out of range [3] with length 3\n' }), p, LIMITS);
    expect(v.verdict).toBe('runtime_error');
    expect(v.summary).toContain('panic: runtime error: index out of range');
  });

  it('reports a Ruby load error by its first line', () => {
    const p = readDriverFrames('', N, CASES);
    const v = classifyDriver(ending({ exitCode: 1, stderr: "x.rb:3:in `<top>': uninitialized constant Foo (NameError)\n\tfrom y.rb:1\n" }), p, LIMITS);
    expect(v).toMatchObject({ verdict: 'runtime_error' });
    expect(v.summary).toContain('uninitialized constant Foo (NameError)');
  });

  it('puts limits before crashes and forgery before limits', () => {
    const partial = readDriverFrames(ok('a'), N, CASES);
    expect(classifyDriver(ending({ exitCode: null, signal: 'SIGKILL', limitHit: 'timeout' }), partial, LIMITS).verdict).toBe('timeout');
    expect(classifyDriver(ending({ limitHit: 'memory', exitCode: null }), partial, LIMITS).verdict).toBe('memory_limit');
    expect(classifyDriver(ending({ limitHit: 'output', exitCode: null }), partial, LIMITS).verdict).toBe('output_limit');
    const forged = readDriverFrames(ok('a') + frame({ t: 'end', count: 2 }, 'f'.repeat(32)), N, CASES);
    expect(classifyDriver(ending({ limitHit: 'timeout', exitCode: null }), forged, LIMITS).verdict).toBe('tampered');
  });

  it('is a compile error on a syntax frame and a sandbox error when the sandbox failed', () => {
    const p = readDriverFrames(frame({ t: 'syntax', message: 'a.rb:1: syntax error' }), N, CASES);
    expect(classifyDriver(ending({ exitCode: 1 }), p, LIMITS).verdict).toBe('compile_error');
    expect(classifyDriver(ending({ sandboxError: 'bwrap missing' }), p, LIMITS).verdict).toBe('sandbox_error');
  });
});
