import { describe, expect, it } from 'vitest';
import { MAX_STREAMED_OUTPUT, newRunId, phaseText, runsReducer, type Runs } from '../../../renderer/src/state/run.ts';
import type { RunReport } from '../../../core/common/results.ts';

function report(runId: string, exerciseId: string, verdict: RunReport['verdict'] = 'passed'): RunReport {
  return {
    runId,
    exerciseId,
    verdict,
    summary: '3 of 3 tests passed',
    tests: [],
    markers: [],
    flags: [],
    output: 'ok\n',
    isolation: 'full',
    toolchain: 'go1.19',
    timings: { compileMs: 900, runMs: 120 },
  };
}

describe('runsReducer', () => {
  const started = runsReducer({}, { type: 'start', exerciseId: 'go-a', runId: 'run-1' });

  it('starts in the preparing phase with no output', () => {
    expect(started['go-a']).toEqual({ kind: 'running', runId: 'run-1', phase: 'preparing', output: '', cancelling: false });
  });

  it('follows phase and output events of the current run only', () => {
    let s = runsReducer(started, { type: 'event', event: { runId: 'run-1', type: 'phase', phase: 'compiling' } });
    s = runsReducer(s, { type: 'event', event: { runId: 'run-1', type: 'output', stream: 'stdout', text: 'a' } });
    s = runsReducer(s, { type: 'event', event: { runId: 'run-1', type: 'output', stream: 'stderr', text: 'b' } });
    const stale = runsReducer(s, { type: 'event', event: { runId: 'run-0', type: 'phase', phase: 'done' } });
    expect(stale).toBe(s);
    expect(s['go-a']).toMatchObject({ phase: 'compiling', output: 'ab' });
  });

  it('keeps only the tail of very long streamed output', () => {
    const chunk = 'x'.repeat(MAX_STREAMED_OUTPUT - 1);
    let s = runsReducer(started, { type: 'event', event: { runId: 'run-1', type: 'output', stream: 'stdout', text: chunk } });
    s = runsReducer(s, { type: 'event', event: { runId: 'run-1', type: 'output', stream: 'stdout', text: 'END' } });
    const out = (s['go-a'] as { output: string }).output;
    expect(out.length).toBe(MAX_STREAMED_OUTPUT);
    expect(out.endsWith('END')).toBe(true);
  });

  it('records the report of the current run and ignores a late report of an older one', () => {
    const newer = runsReducer(started, { type: 'start', exerciseId: 'go-a', runId: 'run-2' });
    const ignored = runsReducer(newer, { type: 'finished', exerciseId: 'go-a', report: report('run-1', 'go-a') });
    expect(ignored).toBe(newer);
    const done = runsReducer(newer, { type: 'finished', exerciseId: 'go-a', report: report('run-2', 'go-a', 'failed') });
    expect(done['go-a']).toMatchObject({ kind: 'done', runId: 'run-2', report: { verdict: 'failed' } });
  });

  it('marks cancelling, and a failure keeps the output streamed so far', () => {
    let s = runsReducer(started, { type: 'cancelling', runId: 'run-1' });
    expect(s['go-a']).toMatchObject({ cancelling: true });
    s = runsReducer(s, { type: 'event', event: { runId: 'run-1', type: 'output', stream: 'stdout', text: 'partial' } });
    s = runsReducer(s, { type: 'failed', exerciseId: 'go-a', runId: 'run-1', message: 'bridge closed' });
    expect(s['go-a']).toEqual({ kind: 'error', runId: 'run-1', message: 'bridge closed', output: 'partial' });
  });

  it('keeps runs of different exercises apart', () => {
    const both: Runs = runsReducer(started, { type: 'start', exerciseId: 'ruby-b', runId: 'run-9' });
    const s = runsReducer(both, { type: 'event', event: { runId: 'run-9', type: 'phase', phase: 'running' } });
    expect(s['go-a']).toMatchObject({ phase: 'preparing' });
    expect(s['ruby-b']).toMatchObject({ phase: 'running' });
  });
});

describe('run helpers', () => {
  it('makes run ids the contract accepts', () => {
    const id = newRunId();
    expect(id).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(newRunId()).not.toBe(id);
  });

  it('describes phases in words', () => {
    expect(phaseText('compiling')).toBe('Compiling…');
    expect(phaseText('running')).toBe('Running tests…');
  });
});
