// The candidate workspace: picker and prompt on the left, editor and results in the centre, status below.
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Library } from '../hooks/useLibrary.ts';
import { useHashRoute } from '../hooks/useHashRoute.ts';
import { useRuns } from '../hooks/useRuns.ts';
import { useSession, type Session } from '../hooks/useSession.ts';
import { useShortcuts } from '../hooks/useShortcuts.ts';
import { useEditorActions } from '../hooks/useEditorActions.ts';
import { exerciseStatus, groupExercises, pickerOrder } from '../state/exercises.ts';
import { PANEL, SIDEBAR } from '../state/layout.ts';
import { isRunning } from '../state/run.ts';
import { sortMarkers } from '../state/markers.ts';
import { TopBar } from './TopBar.tsx';
import { Sidebar } from './Sidebar.tsx';
import { EditorPane } from './EditorPane.tsx';
import { BottomPanel } from './BottomPanel.tsx';
import { ResultsView } from './ResultsView.tsx';
import { RunStatus } from './RunStatus.tsx';
import { OutputView } from './OutputView.tsx';
import { ProblemsView } from './ProblemsView.tsx';
import { StatusBar } from './StatusBar.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { Splitter } from './Splitter.tsx';
import { isReview } from '../review/files.ts';
import { DIFF_FILE, REVIEW_FILE } from '../review/review-json.ts';
import { ReviewResults } from '../review/ReviewResults.tsx';
import { WriteTestsNote } from '../review/WriteTestsNote.tsx';
import './Workspace.css';

export interface WorkspaceProps {
  library: Library;
  /** Extra top-bar content (an assessment's countdown and Submit). */
  topBarExtra?: ReactNode;
  /** Receives the editor session, e.g. to flush autosave before submitting. */
  sessionRef?: { current: Session | null };
  /** Where the last run results are kept (a pack's digest in an assessment); they come back on reopening. */
  runScope?: string;
}

export function Workspace({ library, topBarExtra, sessionRef, runScope }: WorkspaceProps) {
  const [routeId, go] = useHashRoute();
  const groups = useMemo(() => groupExercises(library.exercises), [library.exercises]);
  const order = useMemo(() => pickerOrder(groups), [groups]);
  const currentId = order.some((e) => e.id === routeId) ? routeId! : order[0]!.id;
  const session = useSession();
  if (sessionRef) sessionRef.current = session;
  const runs = useRuns(runScope);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sidebar, setSidebar] = useState(0.3);
  const [panel, setPanel] = useState(0.34);
  const workbench = useRef<HTMLDivElement>(null);
  const centre = useRef<HTMLDivElement>(null);

  // Focus never stays on <body> when the workspace appears (e.g. after Start): it goes to the exercise title.
  useEffect(() => {
    if (document.activeElement === document.body || !document.activeElement) document.getElementById('exercise-title')?.focus();
  }, []);
  useEffect(() => {
    session.open(currentId).catch((e: unknown) => setError(`Could not open ${currentId}: ${(e as Error).message}`));
  }, [currentId, session.open]);

  const view = session.views[currentId];
  const run = runs.runs[currentId];
  const actions = useEditorActions({ currentId, view, session, runs, onError: setError });
  const markers = run?.kind === 'done' ? sortMarkers(run.report.markers) : [];
  const diffModel = isReview(view) ? session.models.get(currentId, DIFF_FILE) : null;
  const reviewModel = isReview(view) ? session.models.get(currentId, REVIEW_FILE) : null;
  const review = diffModel && reviewModel ? { exerciseId: currentId, diff: diffModel, review: reviewModel } : null;

  const selectExercise = (id: string) => {
    if (id === currentId) return;
    void session.saver.flush(currentId);
    go(id);
  };
  const statusOf = (id: string) =>
    exerciseStatus(runs.runs[id], library.started.has(id) || (session.tracks[id]?.edits ?? 0) > 0);

  useShortcuts({ run: actions.run, focusEditor: actions.focusEditor }, !confirming);

  const workbenchStyle = { gridTemplateColumns: `${sidebar * 100}% 4px minmax(0, 1fr)` } as CSSProperties;
  const centreStyle = { gridTemplateRows: `minmax(0, 1fr) 4px ${panel * 100}%` } as CSSProperties;
  return (
    <div className="app">
      <TopBar
        title={view?.summary.title ?? order.find((e) => e.id === currentId)!.title}
        index={order.findIndex((e) => e.id === currentId) + 1}
        count={order.length}
        running={isRunning(run)}
        cancelling={run?.kind === 'running' && run.cancelling}
        canRun={Boolean(view)}
        onRun={actions.run}
        onCancel={() => runs.cancel(currentId)}
        extra={topBarExtra}
      />
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <div className="workbench" ref={workbench} style={workbenchStyle}>
        <Sidebar groups={groups} currentId={currentId} statusOf={statusOf} onSelect={selectExercise} view={view} />
        <Splitter
          orientation="vertical"
          label="Resize the prompt column"
          value={sidebar}
          bounds={SIDEBAR}
          container={workbench}
          onChange={setSidebar}
        />
        <div className="centre" ref={centre} style={centreStyle}>
          <EditorPane
            files={actions.files}
            activePath={actions.activePath}
            canReset={Boolean(view)}
            review={review}
            onSelectFile={actions.selectFile}
            onReset={() => setConfirming(true)}
            onEditorReady={actions.setController}
            onCursor={actions.setCursor}
          />
          <Splitter
            orientation="horizontal"
            label="Resize the results panel"
            value={panel}
            bounds={PANEL}
            container={centre}
            fromEnd
            onChange={setPanel}
          />
          <BottomPanel
            tab={actions.panelTab}
            onTab={actions.setPanelTab}
            problemCount={markers.length}
            status={<RunStatus run={run} />}
            results={
              review ? (
                <ReviewResults
                  run={run}
                  diff={review.diff}
                  review={review.review}
                  problemCount={markers.length}
                  onShowProblems={() => actions.setPanelTab('problems')}
                  onJump={(line) => actions.openAt(DIFF_FILE, line, 1)}
                />
              ) : (
                <>
                  {view?.summary.type === 'write-tests' && <WriteTestsNote view={view} run={run} />}
                  <ResultsView run={run} problemCount={markers.length} onShowProblems={() => actions.setPanelTab('problems')} />
                </>
              )
            }
            output={<OutputView run={run} />}
            problems={<ProblemsView markers={markers} canOpen={actions.canOpen} onOpen={actions.openProblem} />}
          />
        </div>
      </div>
      <StatusBar
        env={library.env}
        language={view?.summary.language ?? null}
        track={session.tracks[currentId] ?? null}
        cursor={actions.cursor}
      />
      <ConfirmDialog
        open={confirming}
        title="Reset to the starter code?"
        body="Your changes to the editable files of this exercise are replaced by the starter code. You can still undo the reset in the editor (Ctrl+Z) until you close the app."
        confirmLabel="Reset to starter"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          actions.reset();
        }}
      />
    </div>
  );
}
