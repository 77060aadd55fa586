// What the editor starts from when an exercise opens, and which files a save or a run sends.
import type { ExerciseFile, ExerciseView } from '../../../core/common/exercise.ts';
import type { SavedWorkspace } from '../../../core/common/contract.ts';

export type Contents = Record<string, string>;

/** Saved content wins for editable files; read-only files always show what the exercise ships. */
export function initialContents(view: ExerciseView, saved: SavedWorkspace | null): Contents {
  const out: Contents = {};
  for (const f of view.files) {
    const kept = saved?.files[f.path];
    out[f.path] = !f.readOnly && typeof kept === 'string' ? kept : f.content;
  }
  return out;
}

export function editablePaths(view: ExerciseView): string[] {
  return view.files.filter((f) => !f.readOnly).map((f) => f.path);
}

/** Only editable files travel to save and run: the rest cannot change. */
export function pickEditable(view: ExerciseView, contents: Contents): Contents {
  const out: Contents = {};
  for (const path of editablePaths(view)) if (typeof contents[path] === 'string') out[path] = contents[path];
  return out;
}

const ROLE_ORDER: Record<ExerciseFile['role'], number> = { source: 0, test: 1, support: 2 };

/** Tab order: what the candidate edits, then the visible tests, then support files (go.mod...). */
export function orderedFiles(files: ExerciseFile[]): ExerciseFile[] {
  return [...files].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.path.localeCompare(b.path));
}

/** The tab to show first: the first editable file. */
export function defaultPath(view: ExerciseView): string | null {
  return orderedFiles(view.files)[0]?.path ?? null;
}

export function languageOf(path: string): 'go' | 'ruby' | 'diff' | 'json' | 'markdown' | 'plaintext' {
  if (path.endsWith('.go')) return 'go';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('.diff') || path.endsWith('.patch')) return 'diff';
  if (path.endsWith('.rb') || path.endsWith('Gemfile') || path.endsWith('Rakefile')) return 'ruby';
  return 'plaintext';
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
