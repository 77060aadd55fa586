// runVisible on the real Go toolchain in the real sandbox, with the seed exercise go/log-sections.
import { describe, expect, it } from 'vitest';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { editable, goEx, recorder, reference, withEditable, withLimits } from './helpers.ts';

const ex = goEx();
const file = editable(ex);
const refSource = reference(ex)[file]!;
const starterSource = ex.starter[file]!;
let n = 0;
const runId = () => `go-visible-${++n}-${process.pid}`;

describe('Go visible tests (Run button)', () => {
  it('passes the reference, reporting phases, output and timings', async () => {
    const rec = recorder();
    const r = await runVisible(ex, reference(ex), { runId: runId(), onEvent: rec.onEvent });
    expect(r.verdict).toBe('passed');
    expect(r.tests.map((t) => t.status)).toEqual(r.tests.map(() => 'pass'));
    expect(r.tests.map((t) => t.name).sort()).toEqual(['TestMismatchedEndIsAnError', 'TestNestedSections', 'TestSingleSection']);
    expect(rec.phases()).toEqual(['preparing', 'compiling', 'running', 'done']);
    expect(rec.output()).toContain('--- PASS: TestSingleSection');
    expect(r.output).not.toContain('@@assay');
    expect(r.timings.compileMs).toBeGreaterThan(0);
    expect(['full', 'reduced']).toContain(r.isolation);
    expect(r.toolchain).toMatch(/^go1\.\d+/);
  });

  it('fails the starter with the failing assertions as messages', async () => {
    const r = await runVisible(ex, ex.starter, { runId: runId() });
    expect(r.verdict).toBe('failed');
    expect(r.tests.every((t) => t.status === 'fail')).toBe(true);
    expect(r.tests.find((t) => t.name === 'TestSingleSection')!.message).toMatch(/sections_test\.go:\d+: got/);
  });

  it('turns a type error into a marker at its line and column', async () => {
    const source = `${refSource.trimEnd()}\nvar assayBroken int = "text"\n`;
    const line = source.trimEnd().split('\n').length;
    const r = await runVisible(ex, withEditable(ex, source), { runId: runId() });
    expect(r.verdict).toBe('compile_error');
    expect(r.markers[0]).toMatchObject({ file, line, column: 23, severity: 'error' });
    expect(r.markers[0]!.message).toMatch(/cannot use "text"/);
  });

  it('turns a syntax error at the end of the file into a marker', async () => {
    const source = `${refSource.trimEnd()}\nfunc broken( {\n`;
    const r = await runVisible(ex, withEditable(ex, source), { runId: runId() });
    expect(r.verdict).toBe('compile_error');
    expect(r.markers[0]).toMatchObject({ file, line: source.trimEnd().split('\n').length });
  });

  it('reports a panic as a runtime error naming the test', async () => {
    const r = await runVisible(ex, withEditable(ex, starterSource.replace('return nil, nil', 'panic("boom")')), { runId: runId() });
    expect(r.verdict).toBe('runtime_error');
    expect(r.summary).toMatch(/panic: boom/);
    expect(r.tests.some((t) => t.status === 'error' && t.message.includes('panic: boom'))).toBe(true);
  });

  it('reports an endless loop as a timeout', async () => {
    const slow = withLimits(ex, { timeoutMs: 1500 });
    const r = await runVisible(slow, withEditable(ex, starterSource.replace('return nil, nil', 'for {\n\t}')), { runId: runId() });
    expect(r.verdict).toBe('timeout');
  });

  it('does not believe PASS lines printed from init() followed by os.Exit(0)', async () => {
    const names = ['TestSingleSection', 'TestNestedSections', 'TestMismatchedEndIsAnError'];
    const forged = names.map((t) => `=== RUN   ${t}\\n--- PASS: ${t} (0.00s)\\n`).join('') + 'PASS\\n';
    const source = starterSource.replace('package logsections', `package logsections\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc init() {\n\tfmt.Print("${forged}")\n\tos.Exit(0)\n}`);
    const r = await runVisible(ex, withEditable(ex, source), { runId: runId() });
    expect(r.verdict).toBe('tampered');
    expect(r.summary).toMatch(/sentinel/);
  });

  it('is cancelled promptly through the abort signal', async () => {
    const ac = new AbortController();
    const run = runVisible(ex, withEditable(ex, starterSource.replace('return nil, nil', 'for {\n\t}')), {
      runId: runId(),
      signal: ac.signal,
      onEvent: (e) => e.type === 'phase' && e.phase === 'running' && setTimeout(() => ac.abort(), 200),
    });
    const r = await run;
    expect(r.cancelled).toBe(true);
    // Ended by the abort, not by the time limit (no wall-clock assertion: speed belongs in npm run bench).
    expect(r.verdict).not.toBe('timeout');
  });
});
