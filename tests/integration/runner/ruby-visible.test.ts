// runVisible on the real Ruby + minitest in the real sandbox, with the seed exercise ruby/reference-extractor.
import { describe, expect, it } from 'vitest';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { editable, recorder, reference, rubyEx, withEditable, withLimits } from './helpers.ts';

const ex = rubyEx();
const file = editable(ex);
const refSource = reference(ex)[file]!;
const starterSource = ex.starter[file]!;
let n = 0;
const runId = () => `ruby-visible-${++n}-${process.pid}`;

describe('Ruby visible tests (Run button)', () => {
  it('passes the reference with one result per minitest test', async () => {
    const rec = recorder();
    const r = await runVisible(ex, reference(ex), { runId: runId(), onEvent: rec.onEvent });
    expect(r.verdict).toBe('passed');
    expect(r.tests.map((t) => t.name).sort()).toEqual([
      'ReferenceExtractorTest#test_local_issue',
      'ReferenceExtractorTest#test_project_merge_request',
      'ReferenceExtractorTest#test_prompt_example',
    ]);
    expect(r.tests.every((t) => t.status === 'pass')).toBe(true);
    expect(rec.phases()).toEqual(['preparing', 'running', 'done']);
    expect(r.output).not.toContain('@@assay');
    expect(rec.output()).not.toContain('@@assay');
    expect(r.flags).toEqual([]);
  });

  it('fails the starter with minitest failure messages and locations', async () => {
    const r = await runVisible(ex, ex.starter, { runId: runId() });
    expect(r.verdict).toBe('failed');
    const local = r.tests.find((t) => t.name.endsWith('#test_local_issue'))!;
    expect(local.status).toBe('fail');
    expect(local.message).toMatch(/reference_extractor_test\.rb:\d+/);
  });

  it('turns a syntax error into a marker at its line and column', async () => {
    const lines = refSource.split('\n');
    const at = lines.findIndex((l) => l.includes('def self.extract'));
    lines.splice(at + 1, 0, '    x = [1, 2');
    const r = await runVisible(ex, withEditable(ex, lines.join('\n')), { runId: runId() });
    expect(r.verdict).toBe('compile_error');
    expect(r.markers.length).toBeGreaterThan(0);
    expect(r.markers[0]).toMatchObject({ file, severity: 'error' });
    expect(r.markers[0]!.line).toBeGreaterThanOrEqual(at + 2);
    expect(r.markers[0]!.message).toMatch(/syntax error/);
  });

  it('reports an error while loading the solution as a runtime error', async () => {
    const r = await runVisible(ex, withEditable(ex, `${starterSource}\nUndefinedThing.call\n`), { runId: runId() });
    expect(r.verdict).toBe('runtime_error');
    expect(r.summary).toMatch(/UndefinedThing/);
  });

  it('reports an endless loop as a timeout', async () => {
    const r = await runVisible(withLimits(ex, { timeoutMs: 1500 }), withEditable(ex, starterSource.replace('[]', 'loop {}')), { runId: runId() });
    expect(r.verdict).toBe('timeout');
  });

  it('does not believe a fake summary followed by at_exit { exit!(0) }', async () => {
    const source = `${starterSource}\nputs "3 runs, 3 assertions, 0 failures, 0 errors, 0 skips"\nat_exit { exit!(0) }\n`;
    const r = await runVisible(ex, withEditable(ex, source), { runId: runId() });
    expect(r.verdict).toBe('tampered');
  });

  it('flags tests that pass without assertions after Minitest::Assertions is patched', async () => {
    const patch = `\nmodule Minitest\n  module Assertions\n    def assert_equal(*) = true\n  end\nend\n`;
    const r = await runVisible(ex, withEditable(ex, starterSource + patch), { runId: runId() });
    expect(r.flags.filter((f) => f.code === 'no-assertions')).toHaveLength(3);
    expect(r.flags.every((f) => f.severity === 'critical')).toBe(true);
  });
});
