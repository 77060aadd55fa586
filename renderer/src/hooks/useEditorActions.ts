// What the candidate does in the open exercise: switch files, run, jump to a problem, reset. Connects the
// editor controller, the session (models, autosave) and the runs.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseView } from '../../../core/common/exercise.ts';
import type { Marker } from '../../../core/common/results.ts';
import type { EditorController, CursorPosition } from '../monaco/controller.ts';
import type { PanelTab } from '../components/BottomPanel.tsx';
import { markerFile } from '../state/markers.ts';
import { isRunning } from '../state/run.ts';
import { tabFiles } from '../review/files.ts';
import type { Session } from './useSession.ts';
import type { RunControls } from './useRuns.ts';

export interface EditorActionsInput {
  currentId: string;
  view: ExerciseView | undefined;
  session: Session;
  runs: RunControls;
  onError(message: string): void;
}

export function useEditorActions({ currentId, view, session, runs, onError }: EditorActionsInput) {
  const [controller, setController] = useState<EditorController | null>(null);
  const [activePaths, setActivePaths] = useState<Record<string, string>>({});
  const [cursor, setCursor] = useState<CursorPosition | null>(null);
  const [panelTab, setPanelTab] = useState<PanelTab>('results');
  const current = useRef(currentId);
  current.current = currentId;

  const files = view ? tabFiles(view) : [];
  const activePath = view ? (activePaths[currentId] ?? files[0]?.path ?? null) : null;
  const activeFile = files.find((f) => f.path === activePath) ?? null;

  const show = useCallback(
    (exerciseId: string, path: string, readOnly: boolean) => {
      const model = session.models.get(exerciseId, path);
      if (!controller || !model) return false;
      controller.show(model, readOnly, `${path}${readOnly ? ' (read-only)' : ''}, ${view?.summary.title ?? ''}`);
      return true;
    },
    [controller, session.models, view],
  );

  useEffect(() => {
    if (activeFile) show(currentId, activeFile.path, activeFile.readOnly);
  }, [show, currentId, activeFile?.path, activeFile?.readOnly]);

  const selectFile = (path: string) => setActivePaths((m) => ({ ...m, [currentId]: path }));

  const run = async () => {
    const exerciseId = currentId;
    if (!view || isRunning(runs.runs[exerciseId])) return;
    setPanelTab('results');
    void session.saver.flush(exerciseId);
    const report = await runs.start(exerciseId, session.editable(exerciseId));
    if (!report) return;
    session.models.setMarkers(exerciseId, view.files.map((f) => f.path), report.markers);
    if (report.verdict === 'compile_error' && report.markers.length && current.current === exerciseId) {
      setPanelTab('problems');
    }
  };

  const canOpen = (m: Marker) => files.some((f) => f.path === markerFile(m));

  const openAt = (path: string, line: number, column: number) => {
    const file = files.find((f) => f.path === path);
    if (!file || !controller) return;
    selectFile(file.path);
    if (show(currentId, file.path, file.readOnly)) controller.reveal(line, column);
  };

  const openProblem = (m: Marker) => openAt(markerFile(m), m.line, m.column);

  const reset = () => {
    if (!view) return;
    const exerciseId = currentId;
    session
      .reset(exerciseId)
      .then(() => session.models.setMarkers(exerciseId, view.files.map((f) => f.path), []))
      .catch((e: unknown) => onError(`Could not reset: ${(e as Error).message}`));
  };

  return {
    files,
    activePath,
    cursor,
    panelTab,
    setPanelTab,
    setCursor,
    setController,
    selectFile,
    run,
    canOpen,
    openProblem,
    openAt,
    reset,
    focusEditor: () => controller?.focus(),
  };
}
