// The catalog names exercises that do not load (bad JSON, a reused id) with their folder and error, and leaves
// them out of the exercises a pack can be built from.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../core/node/handlers.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';

const root = mkdtempSync(join(tmpdir(), 'assay-libproblems-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('library problems in the catalog', () => {
  it('lists broken and duplicate exercises with why, and refuses to pack them', async () => {
    const lib = join(root, 'lib');
    cpSync('exercises/go/log-sections', join(lib, 'go/log-sections'), { recursive: true });
    cpSync('exercises/go/log-sections', join(lib, 'go/bad-json'), { recursive: true });
    writeFileSync(join(lib, 'go/bad-json/exercise.json'), '{ "id": ');
    cpSync('exercises/go/log-sections', join(lib, 'go/same-id'), { recursive: true });
    cpSync('exercises/requirements.json', join(lib, 'requirements.json'));
    const h = createHandlers({ libraryDir: lib, store: new JsonFileStore(join(root, 'store.json')), mode: 'interviewer', dataDir: join(root, 'data'), log: () => {} });
    const ctx = { emit: () => {} };
    const catalog = await h.catalog({}, ctx);
    expect(catalog.exercises.map((e) => e.id)).toEqual(['go-log-sections']);
    const problems = catalog.problems ?? [];
    expect(problems.map((p) => p.dir.slice(lib.length + 1)).sort()).toEqual(['go/bad-json', 'go/same-id']);
    expect(problems.find((p) => p.dir.endsWith('same-id'))!.error).toContain('already used by');
    expect(problems.find((p) => p.dir.endsWith('bad-json'))!.error.length).toBeGreaterThan(5);
    await expect(h.exportPack({ candidateName: 'A', timeLimitMinutes: 30, exerciseIds: ['go-bad-json'] }, ctx)).rejects.toThrow();
  });
});
