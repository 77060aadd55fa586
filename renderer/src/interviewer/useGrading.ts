// Grading runs in the main process in the background; this polls its progress while it runs (and once on
// mount, so a reload mid-grading still shows the bar) and calls onFinished when a job ends.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GradingStatus } from '../../../core/common/lifecycle.ts';
import { errorText } from '../start/files.ts';

export function useGrading(onFinished: () => void) {
  const [status, setStatus] = useState<GradingStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const poll = useCallback(async () => {
    const s = await window.assay.gradingStatus({});
    setStatus(s);
    return s;
  }, []);

  useEffect(() => {
    if (status && !status.running) return;
    const wasRunning = status?.running ?? false;
    const t = setInterval(() => {
      poll().then(
        (s) => wasRunning && !s.running && finished.current(),
        (e: unknown) => setError(errorText(e)),
      );
    }, 500);
    return () => clearInterval(t);
  }, [status?.running, poll]);

  const start = async (digests: string[]) => {
    setError(null);
    try {
      setStatus(await window.assay.gradeCandidates({ digests }));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return { status, error, start };
}

/** 0-100 for the progress bar. */
export function percent(s: GradingStatus): number {
  return s.total ? Math.round((100 * s.done) / s.total) : 0;
}
