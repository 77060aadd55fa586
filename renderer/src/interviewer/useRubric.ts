// The rubric being edited: every change is saved shortly after (debounced), and flush() waits for the save
// (before an export, so the scorecard has the latest notes).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Rubric } from '../../../core/common/assessment.ts';
import { errorText } from '../start/files.ts';

export type RubricSave = { state: 'saved' | 'pending' | 'saving'; at: string | null } | { state: 'error'; message: string };

export function useRubric(digest: string, initial: Rubric, delayMs = 600) {
  const [rubric, setRubric] = useState(initial);
  const [save, setSave] = useState<RubricSave>({ state: 'saved', at: null });
  const latest = useRef(rubric);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
      const r = latest.current;
      setSave({ state: 'saving', at: null });
      inFlight.current = inFlight.current
        .then(() => window.assay.saveRubric({ digest, rubric: r }))
        .then(({ savedAt }) => setSave({ state: 'saved', at: savedAt }))
        .catch((e: unknown) => setSave({ state: 'error', message: errorText(e) }));
    }
    return inFlight.current;
  }, [digest]);

  const update = (next: Rubric) => {
    latest.current = next;
    setRubric(next);
    setSave({ state: 'pending', at: null });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  };

  useEffect(() => () => void flush(), [flush]);
  return { rubric, save, update, flush };
}
