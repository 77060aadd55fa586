// Choosing the exercise library from settings, through the real handler table and a real JSON store: this repo's
// full library switches the app to interviewer mode without a restart (and the choice survives a new handler
// table over the same store); a candidate-safe copy (no hidden/, no reference/) is accepted but stays in candidate
// mode; a bogus folder is refused with a clear message and changes nothing; an explicit mode still wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, type HandlerDeps } from '../../../core/node/handlers.ts';
import { dispatch, type HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';
import { findExerciseDirs } from '../../../core/node/library/load.ts';

const fullLibrary = join(import.meta.dirname, '..', '..', '..', 'exercises');
const ctx: HandlerContext = { emit: () => {} };
let tmp: string;
let safeLibrary: string;
let emptyLibrary: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'assay-library-setting-'));
  // A candidate-safe copy: what electron-builder.yml ships (prompts, starters, visible tests; no hidden/reference).
  safeLibrary = join(tmp, 'safe');
  cpSync(fullLibrary, safeLibrary, { recursive: true, filter: (src) => !/[/\\](hidden|reference|mutants)$/.test(src) });
  emptyLibrary = join(tmp, 'empty');
  mkdirSync(emptyLibrary);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function app(name: string, extra: Partial<HandlerDeps> = {}) {
  const dataDir = join(tmp, name);
  mkdirSync(dataDir, { recursive: true });
  const logs: string[] = [];
  const deps: HandlerDeps = { libraryDir: emptyLibrary, store: new JsonFileStore(join(dataDir, 'store.json')), dataDir, log: (m) => logs.push(m), ...extra };
  return { handlers: createHandlers(deps), deps, logs };
}

describe('setLibrary', () => {
  it('switches to interviewer mode with this repo’s full library, at once and after a restart', async () => {
    const { handlers, deps } = app('full');
    expect((await handlers.environment({}, ctx)).mode).toBe('candidate');
    await expect(handlers.catalog({}, ctx)).rejects.toThrow(/not available in candidate mode/);

    const s = await handlers.setLibrary({ path: fullLibrary }, ctx);
    expect(s).toMatchObject({ mode: 'interviewer', modeFixed: false, chosen: fullLibrary, libraryDir: fullLibrary, full: true, problem: null });
    expect(s.exercises).toBe(findExerciseDirs(fullLibrary).length);
    expect(s.version?.hash).toMatch(/^[0-9a-f]{64}$/);

    // No restart: the same handler table now answers as the interviewer's, over the chosen library.
    const env = await handlers.environment({}, ctx);
    expect(env).toMatchObject({ mode: 'interviewer', libraryDir: fullLibrary });
    const catalog = await handlers.catalog({}, ctx);
    expect(catalog.exercises.map((e) => e.id)).toContain('go-log-sections');
    await expect(handlers.candidateStatus({}, ctx)).rejects.toThrow(/not available in interviewer mode/);

    // Persisted: a new handler table over the same store starts in interviewer mode.
    const again = createHandlers({ ...deps, store: new JsonFileStore(join(deps.dataDir!, 'store.json')) });
    expect((await again.environment({}, ctx)).mode).toBe('interviewer');

    const cleared = await handlers.clearLibrary({}, ctx);
    expect(cleared).toMatchObject({ mode: 'candidate', chosen: null, libraryDir: emptyLibrary, exercises: 0 });
    expect((await handlers.listExercises({}, ctx)).length).toBe(0);
  });

  it('accepts a candidate-safe library but stays in candidate mode (practice over its exercises)', async () => {
    const { handlers } = app('safe');
    const s = await handlers.setLibrary({ path: safeLibrary }, ctx);
    expect(s).toMatchObject({ mode: 'candidate', full: false, chosen: safeLibrary });
    expect(s.exercises).toBeGreaterThan(0);
    const list = await handlers.listExercises({}, ctx);
    expect(list.map((e) => e.id)).toContain('ruby-reference-extractor');
    await expect(handlers.catalog({}, ctx)).rejects.toThrow(/not available in candidate mode/);
  });

  it('refuses a bogus folder with a clear message and changes nothing', async () => {
    const { handlers } = app('bogus');
    await handlers.setLibrary({ path: fullLibrary }, ctx);
    const before = await handlers.librarySetting({}, ctx);

    const noReqs = join(tmp, 'no-reqs');
    mkdirSync(noReqs);
    const broken = join(tmp, 'broken');
    mkdirSync(join(broken, 'go', 'x'), { recursive: true });
    writeFileSync(join(broken, 'requirements.json'), '{"requirements":[]}');
    writeFileSync(join(broken, 'go', 'x', 'exercise.json'), '{"id":"not valid"}');

    await expect(handlers.setLibrary({ path: join(tmp, 'missing') }, ctx)).rejects.toThrow(/does not exist/);
    await expect(handlers.setLibrary({ path: noReqs }, ctx)).rejects.toThrow(/no requirements\.json/);
    await expect(handlers.setLibrary({ path: broken }, ctx)).rejects.toThrow(/no exercise that loads \(.*exercise\.json/);
    await expect(handlers.setLibrary({ path: emptyLibrary }, ctx)).rejects.toThrow(/no requirements\.json/);
    // The contract refuses relative paths before any handler runs.
    await expect(dispatch(handlers, 'settings:set-library', { path: 'exercises' }, ctx)).rejects.toThrow(/not an absolute folder path/);
    await expect(dispatch(handlers, 'settings:set-library', { path: `/${'a'.repeat(2000)}` }, ctx)).rejects.toThrow(/path too long/);

    expect(await handlers.librarySetting({}, ctx)).toEqual(before);
    expect((await handlers.environment({}, ctx)).mode).toBe('interviewer');
  });

  it('keeps an explicit mode: fixed candidate stays candidate, fixed interviewer refuses a candidate-safe library', async () => {
    const cand = app('fixed-candidate', { mode: 'candidate' });
    expect(await cand.handlers.setLibrary({ path: fullLibrary }, ctx)).toMatchObject({ mode: 'candidate', modeFixed: true, full: true });
    const iv = app('fixed-interviewer', { mode: 'interviewer', libraryDir: fullLibrary });
    await expect(iv.handlers.setLibrary({ path: safeLibrary }, ctx)).rejects.toThrow(/fixed to interviewer mode/);
    expect((await iv.handlers.librarySetting({}, ctx)).chosen).toBeNull();
  });

  it('falls back to the app’s own library, saying why, when the chosen folder has gone', async () => {
    const moved = join(tmp, 'moved');
    cpSync(safeLibrary, moved, { recursive: true });
    const { handlers, deps } = app('gone');
    await handlers.setLibrary({ path: moved }, ctx);
    rmSync(moved, { recursive: true });
    const logs: string[] = [];
    const restarted = createHandlers({ ...deps, log: (m) => logs.push(m) });
    const s = await restarted.librarySetting({}, ctx);
    expect(s).toMatchObject({ chosen: moved, libraryDir: emptyLibrary, mode: 'candidate' });
    expect(s.problem).toMatch(/does not exist/);
    expect(logs.join('\n')).toMatch(/library chosen in settings cannot be used/);
  });

  it('answers chooseFolder with the supplied dialog, or null without one', async () => {
    expect(await app('no-dialog').handlers.chooseFolder({}, ctx)).toEqual({ path: null });
    const withDialog = app('dialog', { chooseFolder: async () => fullLibrary });
    expect(await withDialog.handlers.chooseFolder({}, ctx)).toEqual({ path: fullLibrary });
    expect((await withDialog.handlers.librarySetting({}, ctx)).canChooseFolder).toBe(true);
  });
});
