// Mutants stored as patches: they apply exactly or the exercise is rejected with the file named.
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMutantPatch, makeMutantPatch } from '../../../core/node/library/mutant-patch.ts';
import { loadExercise } from '../../../core/node/library/load.ts';

const ref = { 'a.go': 'package a\n\nfunc A() int {\n\treturn 1\n}\n', 'b.go': 'package a\n\nvar B = 2\n' };

describe('mutant patches', () => {
  it('round-trips a change and keeps the description', () => {
    const files = { 'a.go': ref['a.go'].replace('return 1', 'return 2') };
    const patch = makeMutantPatch('Returns two.', files, [ref])!;
    expect(patch.startsWith('Returns two.\n--- a/a.go\n+++ b/a.go\n')).toBe(true);
    const back = applyMutantPatch(patch, [ref]);
    expect(back).toEqual({ description: 'Returns two.', files });
  });

  it('rejects a patch whose context no longer matches, naming the file', () => {
    const patch = makeMutantPatch('', { 'a.go': ref['a.go'].replace('return 1', 'return 2') }, [ref])!;
    const drifted = { ...ref, 'a.go': ref['a.go'].replace('return 1', 'return 7') };
    expect(() => applyMutantPatch(patch, [drifted])).toThrow(/a\.go: the patch does not apply/);
  });

  it('refuses paths that leave the exercise and patches without sections', () => {
    expect(() => applyMutantPatch('x\n--- a/../../etc/passwd\n+++ b/../../etc/passwd\n@@ -0,0 +1 @@\n+root\n', [ref]))
      .toThrow(/unsafe path/);
    expect(() => applyMutantPatch('just words', [ref])).toThrow(/no file sections/);
  });

  it('keys untrusted paths without touching prototypes', () => {
    const patch = '--- a/__proto__\n+++ b/__proto__\n@@ -0,0 +1 @@\n+polluted\n';
    const m = applyMutantPatch(patch, [ref]);
    expect(Object.hasOwn(m.files, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loading patched mutants', () => {
  const src = join(import.meta.dirname, '../../../exercises/go/log-sections');
  const copy = () => {
    const d = join(mkdtempSync(join(tmpdir(), 'assay-mutant-')), 'ex');
    cpSync(src, d, { recursive: true });
    rmSync(join(d, 'mutants'), { recursive: true, force: true });
    mkdirSync(join(d, 'mutants'));
    return d;
  };

  it('layers a Base: mutant under another and reports cycles and missing bases', () => {
    const d = copy();
    const ex0 = loadExercise(d);
    const [path, text] = Object.entries(ex0.reference)[0]!;
    const one = { [path]: text.replace('section_', 'SECTION_') };
    writeFileSync(join(d, 'mutants/one.patch'), makeMutantPatch('First.', one, [ex0.reference])!);
    const two = { [path]: one[path]!.replace('package', '// two\npackage') };
    writeFileSync(join(d, 'mutants/two.patch'), makeMutantPatch('Second.', two, [one, ex0.reference], 'one')!);
    const ex = loadExercise(d);
    expect(ex.mutants.map((m) => [m.name, m.description, m.files[path]])).toEqual([
      ['one', 'First.', one[path]],
      ['two', 'Second.', two[path]],
    ]);
    writeFileSync(join(d, 'mutants/one.patch'), makeMutantPatch('First.', one, [two, ex0.reference], 'two')!);
    expect(() => loadExercise(d)).toThrow(/base cycle/);
    rmSync(join(d, 'mutants/one.patch'));
    expect(() => loadExercise(d)).toThrow(/base mutant one does not exist/);
  });

  it('rejects stray files in mutants/ (notes in Markdown are allowed)', () => {
    const d = copy();
    writeFileSync(join(d, 'mutants/notes.txt'), 'hi');
    expect(() => loadExercise(d)).toThrow(/mutants\/notes\.txt: expected a <name>\.patch/);
  });
});
