// The screens that hold a Monaco editor, loaded on demand: the start screen, pack instructions and the loading
// notices render from the small main chunk, and Monaco (the bulk of the renderer) is fetched only when a screen
// with an editor is shown. Each export has the same props as the screen it stands for.
import { lazy, Suspense, type ComponentType } from 'react';

function Loading() {
  return (
    <main className="notice" role="status">
      <h1>Loading the editor…</h1>
    </main>
  );
}

function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const InterviewerApp = onDemand(() => import('../interviewer/InterviewerApp.tsx').then((m) => m.InterviewerApp));
export const SessionApp = onDemand(() => import('../session/SessionApp.tsx').then((m) => m.SessionApp));
export const Workspace = onDemand(() => import('../components/Workspace.tsx').then((m) => m.Workspace));
