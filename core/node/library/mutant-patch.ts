// Mutants stored as unified diffs against the exercise's own files (exercises/README.md, "Mutants").
// `mutants/<name>.patch` holds a free-text description (what the mutant gets wrong), then one `--- a/<path>` /
// `+++ b/<path>` section per changed file. Each file is patched from the first file set that holds it (the
// reference, then the starter, then hidden/), so a write-the-tests mutant patches the implementation under test.
// Parsing and applying use jsdiff (`diff`), a maintained implementation of the unified format, with no fuzz:
// a patch that does not apply exactly is an error in the exercise, reported with its path.
import { applyPatch, createTwoFilesPatch, parsePatch } from 'diff';
/** Path → content (the same shape as load.ts's FileSet; declared here so the loader can import this module). */
type FileSet = Record<string, string>;

export interface PatchedMutant {
  description: string;
  files: FileSet;
}

/** A description line `Base: <mutant>` makes the patch apply on top of that mutant's files. */
const BASE_LINE = /^base: *([A-Za-z0-9._-]+) *$/im;

export function baseMutantOf(text: string): string | null {
  return BASE_LINE.exec(splitPatch(text).description)?.[1] ?? null;
}

const FILE_HEADER = /^--- /m;

/** Splits a mutant patch into its description (the text before the first file header) and the diff. */
export function splitPatch(text: string): { description: string; diff: string } {
  const m = FILE_HEADER.exec(text);
  if (!m) return { description: text.trim(), diff: '' };
  return { description: text.slice(0, m.index).trim(), diff: text.slice(m.index) };
}

function stripSide(name: string | undefined): string {
  return (name ?? '').replace(/^[ab]\//, '');
}

/** The file a patched path starts from: the first base set that holds it, or '' for a new file. */
function baseOf(path: string, bases: FileSet[]): string {
  for (const b of bases) if (Object.hasOwn(b, path)) return b[path]!;
  return '';
}

/** Applies a mutant patch; throws an Error naming the file when a section is malformed or does not apply. */
export function applyMutantPatch(text: string, bases: FileSet[]): PatchedMutant {
  const { description: raw, diff } = splitPatch(text);
  const description = raw.replace(BASE_LINE, '').trim();
  if (!diff) throw new Error('no file sections (expected "--- a/<path>" / "+++ b/<path>" headers)');
  const files: FileSet = Object.create(null) as FileSet;
  for (const section of parsePatch(diff)) {
    const path = stripSide(section.newFileName);
    if (!path || path === '/dev/null') throw new Error('a section without a target file name');
    if (path.split('/').some((p) => p === '..' || p === '') || path.startsWith('/')) {
      throw new Error(`unsafe path in patch: ${JSON.stringify(path)}`);
    }
    if (Object.hasOwn(files, path)) throw new Error(`${path} is patched twice`);
    const out = applyPatch(baseOf(path, bases), section);
    if (out === false) throw new Error(`${path}: the patch does not apply to the exercise's file`);
    files[path] = out;
  }
  return { description, files: { ...files } };
}

/** Writes a mutant as a patch against the bases; null when a file cannot round-trip (kept as whole files). */
export function makeMutantPatch(
  description: string, files: FileSet, bases: FileSet[], baseMutant?: string, context = 1,
): string | null {
  const head = [description.trim(), baseMutant ? `Base: ${baseMutant}` : ''].filter(Boolean).join('\n');
  let text = head ? `${head}\n` : '';
  for (const path of Object.keys(files).sort()) {
    const base = baseOf(path, bases);
    if (base === files[path]) continue;
    text += createTwoFilesPatch(`a/${path}`, `b/${path}`, base, files[path]!, undefined, undefined, { context })
      .replace(/^=+\n/m, '')
      .replace(/^Index: .*\n/m, '');
  }
  try {
    const back = applyMutantPatch(text, bases);
    const same = Object.keys(files).every((p) => back.files[p] === files[p] || (baseOf(p, bases) === files[p] && !(p in back.files)));
    return same ? text : null;
  } catch {
    return null;
  }
}
