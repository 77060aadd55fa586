import { describe, expect, it } from 'vitest';
import { goToolchain } from '../../../core/node/toolchains.ts';
import { resultsFromEvents, startTest2json, test2json, type GoTestEvent } from '../../../core/node/runner/go/test2json.ts';

// The -test.v output of a real Go 1.19 test binary: subtests, a failure with a two-line message, a panic.
const OUTPUT = `=== RUN   TestSub
=== RUN   TestSub/a
hello from a
=== RUN   TestSub/b
    extra_test.go:5: bad b
        second line
--- FAIL: TestSub (0.00s)
    --- PASS: TestSub/a (0.00s)
    --- FAIL: TestSub/b (0.00s)
=== RUN   TestOK
--- PASS: TestOK (0.25s)
=== RUN   TestPanic
--- FAIL: TestPanic (0.00s)
panic: assignment to entry in nil map [recovered]
	panic: assignment to entry in nil map
`;

describe('resultsFromEvents', () => {
  const ev = (Action: string, Test?: string, extra: Partial<GoTestEvent> = {}): GoTestEvent => ({ Action, Test, ...extra });

  it('folds run/output/verdict events into one result per test with the log as message', () => {
    const r = resultsFromEvents([
      ev('run', 'TestA'),
      ev('output', 'TestA', { Output: '=== RUN   TestA\n' }),
      ev('output', 'TestA', { Output: '    a_test.go:3: want 1\n' }),
      ev('output', 'TestA', { Output: '--- FAIL: TestA (0.01s)\n' }),
      ev('fail', 'TestA', { Elapsed: 0.012 }),
      ev('run', 'TestB'),
      ev('pass', 'TestB', { Elapsed: 0 }),
      ev('output', undefined, { Output: 'FAIL\n' }),
    ]);
    expect(r.tests).toEqual([
      { name: 'TestA', status: 'fail', kind: 'visible', hidden: false, message: 'a_test.go:3: want 1', durationMs: 12 },
      { name: 'TestB', status: 'pass', kind: 'visible', hidden: false, message: '', durationMs: 0 },
    ]);
    expect(r.packageOutput).toBe('FAIL\n');
    expect(r.duplicates).toEqual([]);
    expect(r.unfinished).toEqual([]);
  });

  it('reports a test with two verdicts or two runs as a duplicate', () => {
    const r = resultsFromEvents([ev('run', 'TestA'), ev('pass', 'TestA'), ev('run', 'TestB'), ev('pass', 'TestB'), ev('fail', 'TestB')]);
    expect(r.duplicates).toEqual(['TestB']);
    const again = resultsFromEvents([ev('run', 'TestA'), ev('pass', 'TestA'), ev('run', 'TestA'), ev('pass', 'TestA')]);
    expect(again.duplicates).toEqual(['TestA']);
  });

  it('marks a started test without a verdict as an unfinished error', () => {
    const r = resultsFromEvents([ev('run', 'TestA'), ev('output', 'TestA', { Output: 'panic: boom\n' })]);
    expect(r.unfinished).toEqual(['TestA']);
    expect(r.tests[0]!.status).toBe('error');
    expect(r.tests[0]!.message).toContain('panic: boom');
  });
});

describe('test2json (the real Go tool) + resultsFromEvents', () => {
  it('turns real -test.v output into results', async () => {
    const tc = await goToolchain();
    const r = resultsFromEvents(await test2json(tc.toolDir, OUTPUT));
    const byName = Object.fromEntries(r.tests.map((t) => [t.name, t]));
    expect(Object.keys(byName)).toEqual(['TestSub', 'TestSub/a', 'TestSub/b', 'TestOK', 'TestPanic']);
    expect(byName['TestSub/a']!.status).toBe('pass');
    expect(byName['TestSub/a']!.output).toBe('hello from a');
    expect(byName['TestSub/b']!.status).toBe('fail');
    expect(byName['TestSub/b']!.message).toBe('extra_test.go:5: bad b\n        second line');
    expect(byName.TestSub!.status).toBe('fail');
    expect(byName.TestOK).toMatchObject({ status: 'pass', durationMs: 250 });
    expect(byName.TestPanic!.status).toBe('error');
    expect(byName.TestPanic!.message).toMatch(/^panic: assignment to entry in nil map/);
    expect(r.unfinished).toEqual(['TestPanic']);
  });
});

describe('startTest2json (started ahead of the test run)', () => {
  it('converts what it is fed later exactly like a converter started on the spot', async () => {
    const tc = await goToolchain();
    const early = startTest2json(tc.toolDir);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the test run
    const untimed = (events: GoTestEvent[]) => events.map(({ Action, Test, Output, Elapsed }) => ({ Action, Test, Output, Elapsed }));
    expect(untimed(await early.convert(OUTPUT))).toEqual(untimed(await test2json(tc.toolDir, OUTPUT)));
  });

  it('a cancelled converter ends its process (nothing waits on its stdin)', async () => {
    const tc = await goToolchain();
    const c = startTest2json(tc.toolDir);
    c.cancel();
    await expect(c.convert('')).rejects.toThrow(/test2json failed \(exit null\)/);
  });

  it('a missing tool rejects when converting, without an unhandled error before', async () => {
    const c = startTest2json('/nonexistent-go-tool-dir');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(c.convert(OUTPUT)).rejects.toThrow(/ENOENT/);
  });
});
