// The handler table against the real exercise library: listing, opening (never hidden material), and skipping
// broken exercises with a logged reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../core/node/handlers.ts';
import type { HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { findExerciseDirs, loadExercise } from '../../../core/node/library/load.ts';

const libraryDir = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'assay-handlers-lib-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function handlersFor(dir: string) {
  const logs: string[] = [];
  const handlers = createHandlers({ libraryDir: dir, store: new JsonFileStore(join(tmp, `${Math.random()}.json`)), log: (m) => logs.push(m) });
  return { handlers, logs };
}

describe('listExercises', () => {
  it('lists the seed exercises with competency texts from requirements.json', async () => {
    const { handlers } = handlersFor(libraryDir);
    const list = await handlers.listExercises({}, ctx);
    const go = list.find((e) => e.id === 'go-log-sections')!;
    expect(go).toMatchObject({ language: 'go', type: 'implement', difficulty: 'medium', minutes: 25 });
    expect(list.map((e) => e.id)).toContain('ruby-reference-extractor');
    const reqs = JSON.parse(readFileSync(join(libraryDir, 'requirements.json'), 'utf8')).requirements as { id: string; text: string; role: string }[];
    const req = reqs.find((r) => r.id === go.competencies[0]!.id)!;
    expect(go.competencies[0]).toEqual({ id: req.id, text: req.text, role: req.role });
    expect(go.competencies[0]!.text.length).toBeGreaterThan(20);
  });

  it('skips a broken exercise and a duplicate id with a logged reason, keeping the good ones', async () => {
    const lib = join(tmp, 'lib');
    cpSync(join(libraryDir, 'go', 'log-sections'), join(lib, 'go', 'log-sections'), { recursive: true });
    cpSync(join(libraryDir, 'go', 'log-sections'), join(lib, 'go', 'copy-of-sections'), { recursive: true });
    cpSync(join(libraryDir, 'requirements.json'), join(lib, 'requirements.json'));
    mkdirSync(join(lib, 'go', 'broken'), { recursive: true });
    writeFileSync(join(lib, 'go', 'broken', 'exercise.json'), '{ "schema": "assay.exercise/1", ');
    const { handlers, logs } = handlersFor(lib);
    const list = await handlers.listExercises({}, ctx);
    expect(list.map((e) => e.id)).toEqual(['go-log-sections']);
    expect(logs).toEqual([
      expect.stringMatching(/^skipping broken exercise .*go\/broken: exercise\.json is not valid JSON/),
      expect.stringMatching(/^skipping exercise .*go\/log-sections: id go-log-sections is already used by .*go\/copy-of-sections$/),
    ]);
  });

  it('reports a missing library as an empty list and a log line', async () => {
    const { handlers, logs } = handlersFor(join(tmp, 'nowhere'));
    expect(await handlers.listExercises({}, ctx)).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/exercise library .*nowhere does not exist/)]);
  });
});

describe('openExercise', () => {
  // Every exercise that loads (the library grows while others author it; broken ones are covered above).
  const loadable = findExerciseDirs(libraryDir).flatMap((dir) => {
    try {
      return [[dir.slice(libraryDir.length + 1), loadExercise(dir)] as const];
    } catch {
      return [];
    }
  });

  it('covers at least the two seed exercises', () => {
    expect(loadable.map(([, ex]) => ex.meta.id)).toEqual(expect.arrayContaining(['go-log-sections', 'ruby-reference-extractor']));
  });

  it.each(loadable)('%s: candidate files only, never hidden material', async (_name, ex) => {
    const { handlers } = handlersFor(libraryDir);
    const view = await handlers.openExercise({ id: ex.meta.id }, ctx);
    expect(view.prompt).toBe(ex.prompt);
    expect(view.summary.id).toBe(ex.meta.id);
    expect(view.files.map((f) => f.path).sort()).toEqual([...Object.keys(ex.starter), ...Object.keys(ex.visible)].sort());
    for (const f of view.files) {
      expect(f.content).toBe(ex.starter[f.path] ?? ex.visible[f.path]);
      expect(f.readOnly).toBe(!ex.meta.editable.includes(f.path));
    }
    const shown = JSON.stringify(view);
    const candidateTexts = new Set([...Object.values(ex.starter), ...Object.values(ex.visible)]);
    const secrets = [
      ...Object.values(ex.reference),
      ...Object.values(ex.hiddenFiles),
      ...ex.mutants.flatMap((m) => Object.values(m.files)),
      ...ex.cases.map((c) => JSON.stringify(c.expected)).filter((s) => s.length > 40),
    ].filter((s) => !candidateTexts.has(s) && s.trim().length > 0);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(shown.includes(JSON.stringify(secret).slice(1, -1))).toBe(false);
  });

  it('rejects an unknown id with a readable error', async () => {
    const { handlers } = handlersFor(libraryDir);
    await expect(handlers.openExercise({ id: 'go-no-such-thing' }, ctx)).rejects.toThrow(/no exercise with id go-no-such-thing in /);
  });
});
