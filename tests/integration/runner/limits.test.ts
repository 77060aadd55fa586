// Limits end runs with their own verdicts (memory, output), whatever the code printed.
import { describe, expect, it } from 'vitest';
import { runVisible } from '../../../core/node/runner/run-visible.ts';
import { editable, rubyEx, withEditable, withLimits } from './helpers.ts';

const ex = rubyEx();
const starter = ex.starter[editable(ex)]!;

describe('run limits', () => {
  it('ends a run that keeps allocating with memory_limit', async () => {
    const hog = starter.replace('[]', "a = []\n    loop { a << ('x' * 8_000_000) }");
    const r = await runVisible(withLimits(ex, { memoryMb: 96, timeoutMs: 8000 }), withEditable(ex, hog), { runId: `limits-mem-${process.pid}` });
    expect(r.verdict).toBe('memory_limit');
  });

  it('ends a run that floods its output with output_limit', async () => {
    const flood = starter.replace('[]', "loop { puts 'y' * 1000 }");
    const r = await runVisible(withLimits(ex, { outputBytes: 64 * 1024, timeoutMs: 8000 }), withEditable(ex, flood), { runId: `limits-out-${process.pid}` });
    expect(r.verdict).toBe('output_limit');
    expect(r.output.length).toBeLessThan(300 * 1024);
  });
});
