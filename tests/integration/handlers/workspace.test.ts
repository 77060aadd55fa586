// Saved work through the handler table and a real JSON file store: round trips across restarts, merge of
// partial saves, reset to starter, and refusal of files that are not part of the exercise.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../core/node/handlers.ts';
import type { HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { loadExercise } from '../../../core/node/library/load.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
const starterGo = loadExercise(join(libraryDir, 'go', 'log-sections')).starter['sections.go']!;
const exerciseId = 'go-log-sections';

let dir: string;
let logs: string[];
const open = () => {
  const store = new JsonFileStore(join(dir, 'store.json'));
  return { store, handlers: createHandlers({ libraryDir, store, log: (m) => logs.push(m) }) };
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-handlers-ws-'));
  logs = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace handlers', () => {
  it('loads an empty map before anything is saved', async () => {
    expect(await open().handlers.loadWorkspace({ exerciseId }, ctx)).toEqual({ exerciseId, files: {}, savedAt: null });
  });

  it('round-trips a save through the file, across a restart', async () => {
    const code = 'package logsections\n\n// ünïcödé and "quotes"\nfunc Parse(log string) ([]Section, error) { return nil, nil }\n';
    const before = Date.now();
    const { savedAt } = await open().handlers.saveWorkspace({ exerciseId, files: { 'sections.go': code } }, ctx);
    expect(new Date(savedAt).toISOString()).toBe(savedAt);
    expect(Date.parse(savedAt)).toBeGreaterThanOrEqual(before - 1);
    const loaded = await open().handlers.loadWorkspace({ exerciseId }, ctx);
    expect(loaded).toEqual({ exerciseId, files: { 'sections.go': code }, savedAt });
  });

  it('ignores read-only files, keeps earlier saves, and rejects files the exercise does not have', async () => {
    const { handlers } = open();
    await handlers.saveWorkspace({ exerciseId, files: { 'sections.go': 'v1' } }, ctx);
    await handlers.saveWorkspace({ exerciseId, files: { 'go.mod': 'module evil\n', 'sections_test.go': 'package x' } }, ctx);
    expect((await handlers.loadWorkspace({ exerciseId }, ctx)).files).toEqual({ 'sections.go': 'v1' });
    await expect(handlers.saveWorkspace({ exerciseId, files: { 'extra.go': '' } }, ctx)).rejects.toThrow(
      'extra.go is not a file of exercise go-log-sections',
    );
    await expect(handlers.saveWorkspace({ exerciseId: 'go-missing', files: {} }, ctx)).rejects.toThrow(/no exercise with id go-missing/);
  });

  it('reset returns the starter and forgets the saved work', async () => {
    const { handlers } = open();
    await handlers.saveWorkspace({ exerciseId, files: { 'sections.go': 'edited' } }, ctx);
    expect(await handlers.resetWorkspace({ exerciseId }, ctx)).toEqual({ exerciseId, files: { 'sections.go': starterGo }, savedAt: null });
    expect(await open().handlers.loadWorkspace({ exerciseId }, ctx)).toEqual({ exerciseId, files: {}, savedAt: null });
  });

  it('ignores a malformed stored entry with a logged reason', async () => {
    const { store, handlers } = open();
    store.set(`workspace:${exerciseId}`, { files: 'not a map' });
    expect(await handlers.loadWorkspace({ exerciseId }, ctx)).toEqual({ exerciseId, files: {}, savedAt: null });
    expect(logs.filter((l) => l.startsWith('saved workspace'))).toEqual([
      expect.stringMatching(/^saved workspace of go-log-sections is malformed; ignoring it: .*expected record/s),
    ]);
  });
});
