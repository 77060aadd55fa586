import { describe, expect, it } from 'vitest';
import { goToolchain } from '../../../core/node/toolchains.ts';
import { resultsFromEvents, test2json, type GoTestEvent } from '../../../core/node/runner/go/test2json.ts';

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
