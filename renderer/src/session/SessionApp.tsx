// A running assessment: the candidate workspace bound to the session (the main process serves the pack's
// exercises while a session exists), with the countdown and Submit in the top bar, pastes, focus changes and
// exercise switches recorded, a heartbeat, and submission at zero (or on a confirmed Submit).
import { useCallback, useRef, useState } from 'react';
import type { CandidateStatus } from '../../../core/common/lifecycle.ts';
import { useLibrary } from '../hooks/useLibrary.ts';
import type { Session } from '../hooks/useSession.ts';
import { Workspace } from '../components/Workspace.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import type { Candidate } from './useCandidate.ts';
import { SessionBar } from './SessionBar.tsx';
import { useExerciseSwitch, useFocusRecorder, useHeartbeat, usePasteRecorder } from './recorders.ts';
import './session.css';

type Active = Extract<CandidateStatus, { clock: unknown }>;

/** Opens the exercise the session was on (a reopened app resumes where it was) before the workspace mounts. */
function resumeRoute(exerciseId: string): void {
  if (!location.hash.startsWith('#/exercise/')) history.replaceState(null, '', `#/exercise/${encodeURIComponent(exerciseId)}`);
}

export function SessionApp({ candidate, status }: { candidate: Candidate; status: Active }) {
  useState(() => resumeRoute(status.clock.activeExerciseId));
  const { library, error: loadError } = useLibrary();
  const session = useRef<Session | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { apply } = candidate;
  usePasteRecorder(useCallback((m: string) => setProblem(m), []));
  useFocusRecorder();
  useExerciseSwitch(apply);
  useHeartbeat(apply);

  const flush = () => session.current?.saver.flushAll() ?? Promise.resolve();
  const timeUp = () => {
    void flush()
      .catch(() => undefined)
      .then(() => window.assay.heartbeat({}))
      .then(apply, (e: unknown) => setProblem(`Could not reach the session: ${(e as Error).message}`));
  };
  const submit = async () => {
    setConfirming(false);
    await flush().catch(() => undefined);
    await candidate.submit();
  };

  if (loadError) return <main className="notice" role="alert"><h1>Could not open the assessment</h1><p>{loadError}</p></main>;
  if (!library) return <main className="notice" role="status"><h1>Opening the assessment…</h1></main>;
  const bar = (
    <SessionBar
      title={status.pack.title}
      clock={status.clock}
      receivedAt={candidate.receivedAt}
      submitting={candidate.busy}
      onSubmit={() => setConfirming(true)}
      onAlmostUp={() => void flush().catch(() => undefined)}
      onTimeUp={timeUp}
    />
  );
  return (
    <>
      {(problem ?? candidate.error) && (
        <div className="session-problem">
          <ErrorBanner message={(problem ?? candidate.error)!} onDismiss={() => (setProblem(null), candidate.clearError())} />
        </div>
      )}
      <Workspace library={library} topBarExtra={bar} sessionRef={session} runScope={`pack-${status.pack.digest}`} />
      <ConfirmDialog
        open={confirming}
        title="Submit your work now?"
        body="Your code as it is now is submitted and the assessment ends: you cannot change it afterwards. The time you have left is not used."
        confirmLabel="Submit now"
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
      />
    </>
  );
}
