// The open exercise lives in the URL hash (#/exercise/<id>), so a reload reopens the same exercise.
import { useCallback, useEffect, useState } from 'react';

const PREFIX = '#/exercise/';

function read(): string | null {
  return location.hash.startsWith(PREFIX) ? decodeURIComponent(location.hash.slice(PREFIX.length)) : null;
}

export function useHashRoute(): [string | null, (id: string) => void] {
  const [id, setId] = useState<string | null>(read);
  useEffect(() => {
    const onChange = () => setId(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: string) => {
    location.hash = PREFIX + encodeURIComponent(next);
  }, []);
  return [id, go];
}
