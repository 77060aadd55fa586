// Maintenance tool: rewrites whole-file mutants (`mutants/<name>/`) as patches (`mutants/<name>.patch`, see
// core/node/library/mutant-patch.ts). Each mutant is patched against the exercise's files or, when that is
// smaller, on top of another mutant that is itself patched against the exercise (`Base: <mutant>`; one level, so
// no chains). A rewrite whose patch is longer than its files stays as whole files. A mutant is converted only when its patch re-applies to exactly the same bytes.
//   node scripts/mutants-to-patches.ts [library-dir] [--context N]   (defaults: exercises, 1 line of context)
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExerciseDirs, loadExercise, type FileSet } from '../core/node/library/load.ts';
import { makeMutantPatch } from '../core/node/library/mutant-patch.ts';

const args = process.argv.slice(2);
const ci = args.indexOf('--context');
const context = ci >= 0 ? Number(args.splice(ci, 2)[1]) : 1;
const root = args[0] ?? 'exercises';
const lines = (s: string) => s.split('\n').length;
let converted = 0;
const kept: string[] = [];
for (const dir of findExerciseDirs(root)) {
  const ex = loadExercise(dir);
  const mutantsDir = join(dir, 'mutants');
  const isFolder = (name: string) => { try { return statSync(join(mutantsDir, name)).isDirectory(); } catch { return false; } };
  const defaults: FileSet[] = [ex.reference, ex.starter, ex.hiddenFiles];
  const todo = ex.mutants.filter((m) => isFolder(m.name)).map((m) => ({
    m, description: m.description === m.name ? '' : m.description,
  }));
  const plain = new Map(todo.map(({ m, description }) => [m.name, makeMutantPatch(description, m.files, defaults, undefined, context)]));
  todo.sort((a, b) => lines(plain.get(a.m.name) ?? '') - lines(plain.get(b.m.name) ?? ''));
  const roots: typeof todo = [];
  for (const t of todo) {
    let best = plain.get(t.m.name);
    if (best == null) { kept.push(`${dir}/mutants/${t.m.name}`); continue; }
    let based = false;
    for (const r of roots) {
      const p = makeMutantPatch(t.description, t.m.files, [r.m.files, ...defaults], r.m.name, context);
      if (p != null && lines(p) < lines(best)) { best = p; based = true; }
    }
    if (!based) roots.push(t);
    const whole = Object.values(t.m.files).reduce((n, f) => n + lines(f), lines(t.description));
    if (!based && whole <= lines(best)) continue; // a rewrite: whole files are shorter than their patch
    writeFileSync(join(mutantsDir, `${t.m.name}.patch`), best);
    rmSync(join(mutantsDir, t.m.name), { recursive: true, force: true });
    converted++;
  }
  if (readdirSync(mutantsDir).length === 0) rmSync(mutantsDir, { recursive: true });
}
console.log(`converted ${converted} mutants to patches`);
for (const k of kept) console.log(`kept as whole files (patch does not round-trip): ${k}`);
