// Loads something from the main process, with reload() for after a change; keeps the last value while reloading.
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../start/files.ts';

export interface Loaded<T> {
  value: T | null;
  error: string | null;
  reload(): void;
}

export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (v) => live && (setValue(v), setError(null)),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [n, ...deps]);
  return { value, error, reload: useCallback(() => setN((x) => x + 1), []) };
}
