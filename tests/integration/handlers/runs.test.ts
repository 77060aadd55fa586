// runTests / cancelRun / environment through the handler table, with the real runner, sandbox and toolchains.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, type HandlerDeps } from '../../../core/node/handlers.ts';
import type { HandlerContext } from '../../../core/node/handler-table.ts';
import type { RunEvent } from '../../../core/common/results.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { loadExercise } from '../../../core/node/library/load.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const goEx = loadExercise(join(libraryDir, 'go', 'log-sections'));
const rubyEx = loadExercise(join(libraryDir, 'ruby', 'reference-extractor'));
const goLoop = `${goEx.starter['sections.go']}\nfunc init() { for {} }\n`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-handlers-run-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(extra: Partial<HandlerDeps> = {}) {
  const events: RunEvent[] = [];
  const ctx: HandlerContext = { emit: (name, payload) => name === 'runEvent' && events.push(payload) };
  const handlers = createHandlers({ libraryDir, store: new JsonFileStore(join(dir, 'store.json')), ...extra });
  /** Resolves once the run reports it is executing tests (compile done). */
  const running = (runId: string) =>
    expect.poll(() => events.some((e) => e.runId === runId && e.type === 'phase' && e.phase === 'running'), { timeout: 90_000 }).toBe(true);
  return { handlers, ctx, events, running };
}

describe('runTests', () => {
  it('runs the Go reference solution: passed, with phase events for this run', async () => {
    const { handlers, ctx, events } = setup();
    const report = await handlers.runTests({ runId: 'run-go-ref-1', exerciseId: 'go-log-sections', files: goEx.reference }, ctx);
    expect(report.verdict).toBe('passed');
    expect(report.runId).toBe('run-go-ref-1');
    expect(report.tests.length).toBeGreaterThan(0);
    expect(report.tests.every((t) => t.status === 'pass' && t.kind === 'visible')).toBe(true);
    const phases = events.filter((e) => e.type === 'phase').map((e) => (e as { phase: string }).phase);
    expect(phases).toContain('running');
    expect(events.every((e) => e.runId === 'run-go-ref-1')).toBe(true);
  });

  it('runs the Ruby starter: a failing verdict, not an exception', async () => {
    const { handlers, ctx } = setup();
    const report = await handlers.runTests({ runId: 'run-rb-start', exerciseId: 'ruby-reference-extractor', files: rubyEx.starter }, ctx);
    expect(report.verdict).not.toBe('passed');
    expect(report.tests.some((t) => t.status !== 'pass')).toBe(true);
  });

  it('cancelRun stops a run stuck in a loop; unknown runs report cancelled:false', async () => {
    const { handlers, ctx, running } = setup();
    const run = handlers.runTests({ runId: 'run-go-loop', exerciseId: 'go-log-sections', files: { 'sections.go': goLoop } }, ctx);
    await running('run-go-loop');
    expect(await handlers.cancelRun({ runId: 'run-go-loop' }, ctx)).toEqual({ cancelled: true });
    const report = await run;
    expect(report.cancelled).toBe(true);
    expect(report.verdict).not.toBe('passed');
    expect(await handlers.cancelRun({ runId: 'run-go-loop' }, ctx)).toEqual({ cancelled: false });
  });

  it('refuses runs past the cap and after shutdown; shutdown cancels runs in flight', async () => {
    const shutdown = new AbortController();
    const { handlers, ctx, running } = setup({ maxRuns: 1, shutdown: shutdown.signal });
    const run = handlers.runTests({ runId: 'run-go-loop-2', exerciseId: 'go-log-sections', files: { 'sections.go': goLoop } }, ctx);
    await running('run-go-loop-2');
    await expect(handlers.runTests({ runId: 'run-go-other', exerciseId: 'go-log-sections', files: {} }, ctx)).rejects.toThrow(
      'too many runs in progress (max 1); cancel one first',
    );
    shutdown.abort();
    expect((await run).cancelled).toBe(true);
    await expect(handlers.runTests({ runId: 'run-go-after', exerciseId: 'go-log-sections', files: {} }, ctx)).rejects.toThrow(
      'shutting down: no new runs',
    );
  });
});

describe('environment', () => {
  it('reports the real toolchains and isolation', async () => {
    const { handlers, ctx } = setup();
    const env = await handlers.environment({}, ctx);
    expect(env.toolchains.map((t) => t.language).sort()).toEqual(['go', 'ruby']);
    for (const t of env.toolchains) {
      expect(t.problem).toBeNull();
      expect(t.version).toMatch(/\d+\.\d+/);
    }
    expect(['full', 'reduced']).toContain(env.isolation);
    expect(env.isolationDetail.length).toBeGreaterThan(0);
    expect(env).toMatchObject({ mode: 'candidate', libraryDir });
  });
});
