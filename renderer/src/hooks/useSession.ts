// The candidate's open exercises: their views, Monaco models and autosave. Models hold the truth for file
// contents; edits are saved through window.assay.saveWorkspace, debounced, and flushed when the candidate
// switches exercise or the page goes away.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExerciseView } from '../../../core/common/exercise.ts';
import { ModelStore } from '../monaco/models.ts';
import { AutoSaver } from '../workspace/saver.ts';
import type { SaveTrack } from '../state/autosave.ts';
import { editablePaths, initialContents, pickEditable } from '../state/workspace.ts';

/** Autosave debounce: well under a second, long enough that a burst of typing is one save. */
const SAVE_DELAY_MS = 400;

export interface Session {
  views: Readonly<Record<string, ExerciseView>>;
  tracks: Readonly<Record<string, SaveTrack>>;
  models: ModelStore;
  saver: AutoSaver;
  open(exerciseId: string): Promise<void>;
  reset(exerciseId: string): Promise<void>;
  /** The editable files as they are in the editor now. */
  editable(exerciseId: string): Record<string, string>;
}

export function useSession(): Session {
  const [views, setViews] = useState<Record<string, ExerciseView>>({});
  const [tracks, setTracks] = useState<Record<string, SaveTrack>>({});
  const viewsRef = useRef(views);
  viewsRef.current = views;

  const { models, saver, editable } = useMemo(() => {
    const editable = (id: string) => {
      const view = viewsRef.current[id];
      return view ? pickEditable(view, models.contents(id, editablePaths(view))) : {};
    };
    const saver = new AutoSaver({
      save: (exerciseId, files) => window.assay.saveWorkspace({ exerciseId, files }),
      snapshot: editable,
      onChange: (id, track) => setTracks((t) => ({ ...t, [id]: track })),
      delayMs: SAVE_DELAY_MS,
    });
    const models = new ModelStore((id) => saver.edit(id));
    return { models, saver, editable };
  }, []);

  useEffect(() => {
    const onUnload = () => saver.flushOnUnload();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [saver]);

  const open = useCallback(
    async (exerciseId: string) => {
      if (viewsRef.current[exerciseId]) return;
      const [view, saved] = await Promise.all([
        window.assay.openExercise({ id: exerciseId }),
        window.assay.loadWorkspace({ exerciseId }),
      ]);
      models.ensure(exerciseId, view.files, initialContents(view, saved));
      saver.open(exerciseId, saved.savedAt ? Date.parse(saved.savedAt) : null);
      viewsRef.current = { ...viewsRef.current, [exerciseId]: view };
      setViews(viewsRef.current);
    },
    [models, saver],
  );

  const reset = useCallback(
    async (exerciseId: string) => {
      const view = viewsRef.current[exerciseId];
      if (!view) return;
      await saver.settle(exerciseId);
      const saved = await window.assay.resetWorkspace({ exerciseId });
      models.replace(exerciseId, initialContents(view, saved));
      saver.markReset(exerciseId);
    },
    [models, saver],
  );

  return { views, tracks, models, saver, open, reset, editable };
}
