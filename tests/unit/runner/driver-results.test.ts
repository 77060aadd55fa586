import { describe, expect, it } from 'vitest';
import { classifyDriver, readDriverFrames, timingFlags, underReported } from '../../../core/node/runner/driver-results.ts';
import type { SandboxResult } from '../../../core/node/sandbox/types.ts';

const N = '0123456789abcdef0123456789abcdef';
const frame = (o: object, nonce = N) => `@@assay:${nonce}:${JSON.stringify(o)}\n`;
const start = (name: string) => frame({ t: 'start', name });
const result = (name: string, extra: object) => frame({ t: 'case', name, startNs: 1_000_000, endNs: 2_500_000, ...extra });
const ok = (name: string, value: unknown = 1) => start(name) + result(name, { status: 'ok', value });
const end = (count: number) => frame({ t: 'end', count });
const CASES = ['a', 'b'];
const LIMITS = { timeoutMs: 1000, memoryMb: 64 };

function ending(over: Partial<SandboxResult> = {}): SandboxResult {
  return { exitCode: 0, signal: null, stdout: '', stderr: '', limitHit: null, cancelled: false, durationMs: 5, peakMemoryBytes: null, cpuMs: null, cpuSource: null, isolation: 'full', sandboxError: null, ...over };
}

describe('readDriverFrames', () => {
  it('accepts every case once followed by a matching end frame', () => {
    const p = readDriverFrames(ok('a', { x: [1] }) + 'noise\n' + ok('b') + end(2), N, CASES);
    expect(p.problem).toBeNull();
    expect(p.ended).toBe(true);
    expect(p.cases.get('a')).toEqual({ name: 'a', status: 'ok', value: { x: [1] }, message: '', durationMs: 1.5 });
    expect(p.text).toBe('noise\n');
  });

  it('replaces a reported time the frame arrival times contradict, and flags it', () => {
    const stdout = ok('a') + ok('b') + end(2);
    const lines = stdout.split('\n').map((l) => l);
    const arrivals = new Map([
      [lines[0]!, 100],
      [lines[1]!, 400],
      [lines[2]!, 400],
      [lines[3]!, 402],
    ]);
    const p = readDriverFrames(stdout, N, CASES, arrivals);
    expect(p.problem).toBeNull();
    expect(p.cases.get('a')!.durationMs).toBe(300);
    expect(p.cases.get('b')!.durationMs).toBe(1.5);
    expect(p.retimed).toEqual([{ name: 'a', reportedMs: 1.5, observedMs: 300 }]);
    expect(timingFlags(p)).toEqual([expect.objectContaining({ code: 'timing-mismatch', severity: 'critical' })]);
  });

  it('flags a small contradicted timing as a warning only (host load can explain it)', () => {
    const p = { retimed: [{ name: 'a', reportedMs: 5, observedMs: 90 }] } as unknown as Parameters<typeof timingFlags>[0];
    expect(timingFlags(p)).toEqual([expect.objectContaining({ code: 'timing-mismatch', severity: 'warning' })]);
  });

  it('tolerates pipe latency between reported and observed times', () => {
    expect(underReported(100, 170)).toBe(false);
    expect(underReported(100, 180)).toBe(true);
    expect(underReported(1, 40)).toBe(false);
  });

  it.each([
    ['a wrong nonce', ok('a') + start('b') + frame({ t: 'case', name: 'b', status: 'ok', value: 1, startNs: 1, endNs: 2 }, 'f'.repeat(32)) + end(1), /wrong nonce/],
    ['a duplicate case', ok('a') + result('a', { status: 'ok' }) + ok('b') + end(3), /reported twice/],
    ['a second start', ok('a') + ok('a') + ok('b') + end(3), /unexpected start frame/],
    ['a result without its start', ok('a') + result('b', { status: 'ok' }) + end(2), /without a start frame/],
    ['an unknown case', ok('a') + ok('b') + result('zzz', { status: 'ok' }) + end(3), /unknown case/],
    ['a start for an unknown case', ok('a') + ok('b') + start('zzz') + end(2), /unexpected start frame/],
    ['a missing case', ok('a') + end(1), /without reporting 1 case/],
    ['a wrong end count', ok('a') + ok('b') + end(5), /counts 5 cases but 2/],
    ['frames after the end', ok('a') + end(1) + ok('b'), /after the end frame/],
    ['a malformed payload', ok('a') + `@@assay:${N}:{oops\n` + ok('b') + end(2), /not valid JSON/],
    ['a bad status', ok('a') + start('b') + result('b', { status: 'passed' }) + end(2), /malformed result/],
    ['an end before the start', ok('a') + start('b') + result('b', { status: 'ok', startNs: 5, endNs: 4 }) + end(2), /malformed result/],
    ['a fractional clock', ok('a') + start('b') + result('b', { status: 'ok', startNs: 1.5, endNs: 4 }) + end(2), /malformed result/],
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
