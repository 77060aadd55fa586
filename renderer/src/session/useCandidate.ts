// The candidate side's state: the status the main process reports (no pack, pack opened, session running or
// submitted), when it arrived (the countdown runs from it), and the actions that move between the phases.
import { useCallback, useEffect, useState } from 'react';
import type { CandidateStatus } from '../../../core/common/lifecycle.ts';
import { errorText, readUpload } from '../start/files.ts';

export interface Candidate {
  status: CandidateStatus | null;
  /** Renderer time when `status` arrived. */
  receivedAt: number;
  error: string | null;
  busy: boolean;
  openPack(file: File): Promise<void>;
  discard(): Promise<void>;
  start(): Promise<void>;
  submit(): Promise<void>;
  finish(): Promise<void>;
  /** Applies a status from elsewhere (heartbeat, exercise switch). */
  apply(status: CandidateStatus): void;
  clearError(): void;
}

export function useCandidate(): Candidate {
  const [status, setStatus] = useState<CandidateStatus | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = useCallback((s: CandidateStatus) => {
    setStatus(s);
    // Monotonic: the countdown between server updates must not follow the computer's (settable) clock.
    setReceivedAt(performance.now());
  }, []);

  const act = useCallback(
    async (work: () => Promise<CandidateStatus>) => {
      setBusy(true);
      setError(null);
      try {
        apply(await work());
      } catch (e) {
        setError(errorText(e));
      } finally {
        setBusy(false);
      }
    },
    [apply],
  );

  useEffect(() => {
    window.assay.candidateStatus({}).then(apply, (e: unknown) => setError(errorText(e)));
  }, [apply]);

  const digest = status && status.phase !== 'none' ? status.pack.digest : '';
  return {
    status,
    receivedAt,
    error,
    busy,
    apply,
    clearError: () => setError(null),
    openPack: (file) => act(async () => window.assay.openPack(await readUpload(file))),
    discard: () => act(() => window.assay.discardPack({})),
    start: () => act(() => window.assay.startSession({ digest })),
    submit: () => act(() => window.assay.submitSession({})),
    finish: () => act(() => window.assay.finishSession({})),
  };
}
