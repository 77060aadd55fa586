// Loads the library, then shows the workspace; explains plainly when the backend is missing or failing.
// Root (../start/Root.tsx) picks the seat: the interviewer's screens, or the candidate's (assessment or practice).
import type { ReactNode } from 'react';
import { useLibrary } from '../hooks/useLibrary.ts';
import { Root } from '../start/Root.tsx';
import { Workspace } from '../monaco/lazy.tsx';

function Notice({ title, detail }: { title: string; detail?: string }) {
  return (
    <main className="notice" role={detail ? 'alert' : 'status'}>
      <h1>{title}</h1>
      {detail && <p>{detail}</p>}
    </main>
  );
}

function Loaded({ extra }: { extra?: ReactNode }) {
  const { library, error } = useLibrary();
  if (error) return <Notice title="Assay could not load the exercises" detail={error} />;
  if (!library) return <Notice title="Loading exercises…" />;
  if (!library.exercises.length) return <Notice title="No exercises" detail="The exercise library is empty." />;
  return <Workspace library={library} topBarExtra={extra} />;
}

export function App() {
  if (!window.assay) {
    return <Notice title="Assay is not connected" detail="The app's backend bridge (window.assay) is missing." />;
  }
  return <Root practice={(extra) => <Loaded extra={extra} />} />;
}
