// Picking exercises for an assessment: by id, or from a role profile (library/profiles.ts: a role's default
// assessment). Only the chosen exercises are fully loaded, so one broken exercise elsewhere in the library does
// not block a pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExerciseMeta } from '../../common/exercise.ts';
import { loadExercise, findExerciseDirs, type LoadedExercise } from '../library/load.ts';
import { loadProfiles, type Profile } from '../library/profiles.ts';

export interface IndexedExercise {
  dir: string;
  meta: ExerciseMeta;
}

/** Every exercise of the library whose exercise.json is valid, by id. */
export function indexLibrary(libraryDir: string): Map<string, IndexedExercise> {
  const byId = new Map<string, IndexedExercise>();
  for (const dir of findExerciseDirs(libraryDir)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, 'exercise.json'), 'utf8'));
    } catch {
      continue;
    }
    const meta = ExerciseMeta.safeParse(raw);
    if (!meta.success) continue;
    if (byId.has(meta.data.id)) throw new Error(`duplicate exercise id ${meta.data.id} in ${libraryDir}`);
    byId.set(meta.data.id, { dir, meta: meta.data });
  }
  return byId;
}

export function pickByIds(library: Map<string, IndexedExercise>, ids: string[]): LoadedExercise[] {
  if (ids.length === 0) throw new Error('no exercises chosen');
  if (new Set(ids).size !== ids.length) throw new Error('an exercise is chosen twice');
  return ids.map((id) => {
    const ex = library.get(id);
    if (!ex) throw new Error(`no exercise ${JSON.stringify(id)} in the library (have: ${[...library.keys()].join(', ')})`);
    return loadExercise(ex.dir);
  });
}

export function findProfile(libraryDir: string, profileId: string): Profile {
  const profiles = loadProfiles(libraryDir);
  const p = profiles.find((x) => x.id === profileId);
  if (!p) throw new Error(`no role profile ${JSON.stringify(profileId)} (have: ${profiles.map((x) => x.id).join(', ')})`);
  return p;
}
