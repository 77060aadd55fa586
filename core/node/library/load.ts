// Loads one exercise directory (format: exercises/README.md) into memory, validating as it goes.
// Every problem is reported as an ExerciseError with the exercise dir and a readable reason.
import { readFileSync, readdirSync, statSync, existsSync, lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from '../../common/zod-mini.ts';
import { ExerciseMeta, HiddenCase, type ExerciseFile } from '../../common/exercise.ts';
import { applyMutantPatch, baseMutantOf } from './mutant-patch.ts';

export class ExerciseError extends Error {
  readonly dir: string;
  constructor(dir: string, message: string) {
    super(`${dir}: ${message}`);
    this.dir = dir;
  }
}

export type FileSet = Record<string, string>;

export interface Mutant {
  name: string;
  description: string;
  files: FileSet;
}

export interface LoadedExercise {
  dir: string;
  meta: ExerciseMeta;
  prompt: string;
  starter: FileSet;
  visible: FileSet;
  reference: FileSet;
  /** Files under hidden/ other than cases.json / defects.json (harness adapters, hidden test files). */
  hiddenFiles: FileSet;
  cases: HiddenCase[];
  mutants: Mutant[];
  /** Extra JSON under hidden/ for review exercises (seeded defects); null otherwise. */
  defects: unknown | null;
}

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Reads every regular file below dir into a map keyed by POSIX relative path. Refuses symlinks. */
export function readTree(dir: string, root = dir): FileSet {
  const out: FileSet = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const st = lstatSync(full);
    if (st.isSymbolicLink()) throw new ExerciseError(root, `symlink not allowed: ${relative(root, full)}`);
    if (st.isDirectory()) Object.assign(out, readTree(full, root));
    else if (st.isFile()) {
      if (st.size > MAX_FILE_BYTES) throw new ExerciseError(root, `file too large: ${relative(root, full)}`);
      out[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  }
  return out;
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ExerciseError(dir, `missing ${file}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ExerciseError(dir, `${file} is not valid JSON: ${(e as Error).message}`);
  }
}

/** These schemas parse once per exercise: zod's JIT fast path (code generated on the first parse of each object
 * schema) costs more than it saves there (about 2 ms per `assay run`). */
const ONCE = { jitless: true } as const;

export function loadExercise(dir: string): LoadedExercise {
  return load(dir, true);
}

/** For callers that only run tests and never grade (`assay run`): skips reading and patching mutants/ (about
 * 2 ms); the exercise has none, and a broken mutant goes unreported here (`assay check` reports it). */
export function loadExerciseToRun(dir: string): LoadedExercise {
  return load(dir, false);
}

function load(dir: string, withMutants: boolean): LoadedExercise {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ExerciseError(dir, 'not a directory');
  const metaResult = ExerciseMeta.safeParse(readJson(dir, 'exercise.json'), ONCE);
  if (!metaResult.success) throw new ExerciseError(dir, `exercise.json: ${z.prettifyError(metaResult.error)}`);
  const meta = metaResult.data;
  const promptPath = join(dir, 'prompt.md');
  if (!existsSync(promptPath)) throw new ExerciseError(dir, 'missing prompt.md');
  const starter = readTree(join(dir, 'starter'));
  for (const f of meta.editable) {
    if (!(f in starter)) throw new ExerciseError(dir, `editable file ${f} is not in starter/`);
  }
  const hiddenAll = readTree(join(dir, 'hidden'));
  let cases: HiddenCase[] = [];
  if ('cases.json' in hiddenAll) {
    const parsed = z.array(HiddenCase).safeParse(JSON.parse(hiddenAll['cases.json']!), ONCE);
    if (!parsed.success) throw new ExerciseError(dir, `hidden/cases.json: ${z.prettifyError(parsed.error)}`);
    cases = parsed.data;
    const names = new Set<string>();
    for (const c of cases) {
      if (names.has(c.name)) throw new ExerciseError(dir, `hidden/cases.json: duplicate case name ${c.name}`);
      names.add(c.name);
    }
  }
  const defects = 'defects.json' in hiddenAll ? (JSON.parse(hiddenAll['defects.json']!) as unknown) : null;
  const hiddenFiles = Object.fromEntries(
    Object.entries(hiddenAll).filter(([p]) => p !== 'cases.json' && p !== 'defects.json'),
  );
  const reference = readTree(join(dir, 'reference'));
  const mutants = withMutants ? readMutants(dir, [reference, starter, hiddenFiles]) : [];
  return {
    dir,
    meta,
    prompt: readFileSync(promptPath, 'utf8'),
    starter,
    visible: readTree(join(dir, 'visible')),
    reference,
    hiddenFiles,
    cases,
    mutants,
    defects,
  };
}

/**
 * Mutants: `mutants/<name>.patch` (a description, then a unified diff against the exercise's files) or
 * `mutants/<name>/` (whole files, with an optional MUTANT.md description).
 */
function readMutants(dir: string, bases: FileSet[]): Mutant[] {
  const mutantsDir = join(dir, 'mutants');
  if (!existsSync(mutantsDir)) return [];
  const patches = new Map<string, string>();
  const done = new Map<string, Mutant>();
  for (const entry of readdirSync(mutantsDir).sort()) {
    const full = join(mutantsDir, entry);
    if (statSync(full).isDirectory()) {
      const files = readTree(full);
      const description = files['MUTANT.md']?.trim() ?? entry;
      delete files['MUTANT.md'];
      done.set(entry, { name: entry, description, files });
    } else if (entry.endsWith('.patch')) {
      patches.set(entry.slice(0, -'.patch'.length), readFileSync(full, 'utf8'));
    } else if (!entry.endsWith('.md')) {
      // Markdown beside the mutants is notes for authors (e.g. `assay new`'s TODO.md), never a mutant.
      throw new ExerciseError(dir, `mutants/${entry}: expected a <name>.patch file or a <name>/ folder`);
    }
  }
  const resolve = (name: string, seen: string[]): Mutant => {
    const known = done.get(name);
    if (known) return known;
    const text = patches.get(name);
    if (text === undefined) throw new ExerciseError(dir, `mutants/${seen.at(-1)}.patch: base mutant ${name} does not exist`);
    if (seen.includes(name)) throw new ExerciseError(dir, `mutants: base cycle ${[...seen, name].join(' -> ')}`);
    const base = baseMutantOf(text);
    const baseFiles = base ? resolve(base, [...seen, name]).files : {};
    const layers = base ? [baseFiles, ...bases] : bases;
    try {
      const m = applyMutantPatch(text, layers);
      const mutant = { name, description: m.description || name, files: { ...baseFiles, ...m.files } };
      done.set(name, mutant);
      return mutant;
    } catch (e) {
      throw new ExerciseError(dir, `mutants/${name}.patch: ${(e as Error).message}`);
    }
  };
  for (const name of patches.keys()) resolve(name, []);
  return [...done.keys()].sort().map((n) => done.get(n)!);
}

/** Finds every exercise dir (a dir holding exercise.json) below a library root. */
export function findExerciseDirs(libraryDir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (existsSync(join(d, 'exercise.json'))) return void out.push(d);
    if (depth > 3) return;
    for (const n of readdirSync(d).sort()) {
      const full = join(d, n);
      if (!n.startsWith('.') && statSync(full).isDirectory()) walk(full, depth + 1);
    }
  };
  walk(libraryDir, 0);
  return out;
}

/** The candidate-facing file list: starter files (editable or read-only) plus the visible tests. */
export function candidateFiles(ex: LoadedExercise): ExerciseFile[] {
  const editable = new Set(ex.meta.editable);
  const files: ExerciseFile[] = Object.entries(ex.starter).map(([path, content]) => ({
    path,
    content,
    readOnly: !editable.has(path),
    role: editable.has(path) ? 'source' : 'support',
  }));
  for (const [path, content] of Object.entries(ex.visible)) files.push({ path, content, readOnly: true, role: 'test' });
  return files;
}

/** The files a run uses: starter, overlaid by the submitted editable files (non-editable submissions ignored). */
export function solutionFiles(ex: LoadedExercise, submitted: FileSet): FileSet {
  const out: FileSet = { ...ex.starter };
  for (const path of ex.meta.editable) if (typeof submitted[path] === 'string') out[path] = submitted[path]!;
  return out;
}
