// The committed JSON Schemas (exercises/schema/) are exactly what scripts/exercise-schemas.ts generates from the
// zod schemas the loader uses (run `npm run schemas` after changing those), and describe the library's files.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR, exerciseSchemas, render } from '../../../scripts/exercise-schemas.ts';
import { findExerciseDirs } from '../../../core/node/library/load.ts';

const root = join(import.meta.dirname, '..', '..', '..');

describe('exercise JSON Schemas', () => {
  it.each(Object.keys(exerciseSchemas()))('%s is up to date with the zod schema (npm run schemas)', (name) => {
    expect(readFileSync(join(SCHEMA_DIR, name), 'utf8')).toBe(render(exerciseSchemas()[name]));
  });

  it('exercise.json: the required keys and enums of the format, and "$schema" allowed', () => {
    const s = exerciseSchemas()['exercise.schema.json'] as { required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(s.required).toEqual(expect.arrayContaining(['schema', 'id', 'title', 'language', 'type', 'difficulty', 'minutes', 'competencies', 'editable']));
    expect(s.required).not.toContain('limits'); // has a default
    expect(s.properties.language!.enum).toEqual(['go', 'ruby']);
    expect(s.properties.type!.enum).toEqual(['implement', 'fix', 'write-tests', 'review']);
    expect(s.properties).toHaveProperty('$schema');
  });

  it('every exercise.json of the library uses only keys the schema knows', () => {
    const known = Object.keys((exerciseSchemas()['exercise.schema.json'] as { properties: object }).properties);
    for (const dir of findExerciseDirs(join(root, 'exercises'))) {
      const keys = Object.keys(JSON.parse(readFileSync(join(dir, 'exercise.json'), 'utf8')));
      expect(keys.filter((k) => !known.includes(k)), dir).toEqual([]);
    }
  });

  it('the editor mapping points at the committed files', () => {
    const vscode = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8')) as { 'json.schemas': { url: string; fileMatch: string[] }[] };
    const urls = vscode['json.schemas'].map((s) => s.url).sort();
    expect(urls).toEqual(Object.keys(exerciseSchemas()).map((n) => `./exercises/schema/${n}`).sort());
  });
});
