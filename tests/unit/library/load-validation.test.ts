// loadExercise validates exercise.json and hidden/cases.json with one-shot (jitless) zod parses: the same
// defaults and the same clear ExerciseError messages as the compiled fast path.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseError, loadExercise, loadExerciseToRun } from '../../../core/node/library/load.ts';

const SOURCE = join(import.meta.dirname, '../../../exercises/ruby/reference-extractor');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(edit: (meta: Record<string, unknown>) => void, cases?: unknown): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'assay-load-')), 'ex');
  dirs.push(join(dir, '..'));
  cpSync(SOURCE, dir, { recursive: true });
  const meta = JSON.parse(readFileSync(join(dir, 'exercise.json'), 'utf8'));
  edit(meta);
  writeFileSync(join(dir, 'exercise.json'), JSON.stringify(meta));
  if (cases !== undefined) writeFileSync(join(dir, 'hidden/cases.json'), JSON.stringify(cases));
  return dir;
}

function failure(dir: string): string {
  try {
    loadExercise(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ExerciseError);
    return (e as Error).message;
  }
  throw new Error('loaded');
}

describe('loadExercise validation', () => {
  it('fills the defaults of an exercise.json that omits them', () => {
    const ex = loadExercise(copy((m) => {
      delete m.limits;
      delete m.allowedFlags;
      delete m.performance;
    }));
    expect(ex.meta.limits).toEqual({ timeoutMs: 10_000, memoryMb: 512, outputBytes: 1024 * 1024, processes: 64 });
    expect(ex.meta.allowedFlags).toEqual([]);
    expect(ex.meta.performance).toEqual({ factor: 3 });
  });

  it('rejects a malformed exercise.json naming the field', () => {
    expect(failure(copy((m) => (m.id = 'Bad Id')))).toMatch(/exercise\.json: .*id/s);
    expect(failure(copy((m) => (m.language = 'python')))).toMatch(/exercise\.json: .*language/s);
    expect(failure(copy((m) => (m.scoring = { correctness: 60, performance: 30 })))).toContain('correctness + performance must be 100');
    expect(failure(copy((m) => (m.limits = { timeoutMs: 5 })))).toMatch(/exercise\.json: .*timeoutMs/s);
  });

  it('rejects malformed hidden cases naming the field', () => {
    expect(failure(copy(() => {}, [{ name: 'a b', call: 'x', input: 1, expected: 1 }]))).toMatch(/hidden\/cases\.json: .*name/s);
    expect(failure(copy(() => {}, [{ name: 'a', call: 'x', input: 1, expected: 1, weight: -1 }]))).toMatch(/hidden\/cases\.json: .*weight/s);
    expect(failure(copy(() => {}, [{ name: 'a', call: 'x', input: 1, expected: 1 }, { name: 'a', call: 'y', input: 2, expected: 2 }]))).toContain('duplicate case name a');
  });

  it('loadExerciseToRun (assay run) skips mutants/, so a broken mutant only fails the loads that grade', () => {
    const dir = copy(() => {});
    expect(loadExercise(dir).mutants.length).toBeGreaterThan(0);
    expect(loadExerciseToRun(dir).mutants).toEqual([]);
    writeFileSync(join(dir, 'mutants/zz-broken.patch'), 'a broken mutant\n--- a/nowhere.rb\n+++ b/nowhere.rb\n@@ -1 +1 @@\n-x\n+y\n');
    expect(failure(dir)).toContain('zz-broken');
    expect(loadExerciseToRun(dir).meta.id).toBe('ruby-reference-extractor');
  });
});
