// Loads what the app needs once: the exercise list, the environment (toolchains, isolation) and which
// exercises already have saved work.
import { useEffect, useState } from 'react';
import type { EnvironmentInfo } from '../../../core/common/contract.ts';
import type { ExerciseSummary } from '../../../core/common/exercise.ts';

export interface Library {
  exercises: ExerciseSummary[];
  env: EnvironmentInfo;
  /** Exercises with a saved workspace when the app started. */
  started: Set<string>;
}

export function useLibrary(): { library: Library | null; error: string | null } {
  const [library, setLibrary] = useState<Library | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const [exercises, env] = await Promise.all([window.assay.listExercises({}), window.assay.environment({})]);
      const saved = await Promise.all(exercises.map((e) => window.assay.loadWorkspace({ exerciseId: e.id })));
      const started = new Set(saved.filter((w) => w.savedAt !== null).map((w) => w.exerciseId));
      if (live) setLibrary({ exercises, env, started });
    })().catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);
  return { library, error };
}
