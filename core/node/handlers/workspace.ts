// The candidate's saved work, one store entry per exercise. Only editable files are kept: a save merges the
// submitted editable files over what was saved before (so a partial save never drops another file), ignores
// read-only ones, and rejects paths that are not files of the exercise at all.
import { z } from 'zod';
import type { SavedWorkspace } from '../../common/contract.ts';
import type { LoadedExercise } from '../library/load.ts';
import type { KeyValueStore } from '../store/types.ts';

const Stored = z.object({ files: z.record(z.string(), z.string()), savedAt: z.string() });

const keyOf = (exerciseId: string) => `workspace:${exerciseId}`;

export class Workspaces {
  private readonly store: KeyValueStore;
  private readonly log: (msg: string) => void;

  constructor(store: KeyValueStore, log: (msg: string) => void) {
    this.store = store;
    this.log = log;
  }

  /** Saved editable files, or an empty map (savedAt null) when nothing was saved: the UI then shows the starter. */
  load(ex: LoadedExercise): SavedWorkspace {
    const saved = this.read(ex);
    if (!saved) return { exerciseId: ex.meta.id, files: {}, savedAt: null };
    return { exerciseId: ex.meta.id, files: saved.files, savedAt: saved.savedAt };
  }

  save(ex: LoadedExercise, files: Record<string, string>): { savedAt: string } {
    const editable = new Set(ex.meta.editable);
    const merged = { ...this.read(ex)?.files };
    for (const [path, content] of Object.entries(files)) {
      if (editable.has(path)) merged[path] = content;
      else if (!(path in ex.starter) && !(path in ex.visible)) {
        throw new Error(`${path} is not a file of exercise ${ex.meta.id}`);
      }
    }
    const savedAt = new Date().toISOString();
    this.store.set(keyOf(ex.meta.id), { files: merged, savedAt });
    return { savedAt };
  }

  /** Forgets the saved work and returns the starter's editable files. */
  reset(ex: LoadedExercise): SavedWorkspace {
    this.store.delete(keyOf(ex.meta.id));
    const files = Object.fromEntries(ex.meta.editable.map((p) => [p, ex.starter[p]!]));
    return { exerciseId: ex.meta.id, files, savedAt: null };
  }

  private read(ex: LoadedExercise): { files: Record<string, string>; savedAt: string } | null {
    const raw = this.store.get(keyOf(ex.meta.id));
    if (raw === undefined) return null;
    const parsed = Stored.safeParse(raw);
    if (!parsed.success) {
      this.log(`saved workspace of ${ex.meta.id} is malformed; ignoring it: ${z.prettifyError(parsed.error)}`);
      return null;
    }
    const editable = new Set(ex.meta.editable);
    const files = Object.fromEntries(Object.entries(parsed.data.files).filter(([p]) => editable.has(p)));
    return { files, savedAt: parsed.data.savedAt };
  }
}
