// The candidate's first screen when no assessment is open: open the pack the interviewer sent (choose or drop);
// or, for the interviewer, point the app at an exercise library folder (a full one switches to interviewer mode).
import { DropZone } from './DropZone.tsx';
import { ModeBadge } from './ModeBadge.tsx';
import { LibraryPicker } from './LibraryPicker.tsx';
import type { Candidate } from '../session/useCandidate.ts';
import './page.css';
import './start.css';

export const PACK_ACCEPT = '.assay-pack';

export function StartScreen({ candidate }: { candidate: Candidate }) {
  return (
    <main className="page" aria-labelledby="start-title">
      <header className="page-header">
        <span className="page-brand">Assay</span>
        <ModeBadge mode="candidate" />
      </header>
      <div className="page-body narrow start">
        <h1 id="start-title">Open your assessment</h1>
        <p className="muted">
          Your interviewer sent you a file ending in <code>.assay-pack</code>. Open it to read the instructions and see the
          exercises; the clock starts only when you press Start.
        </p>
        <DropZone
          label="Open assessment pack…"
          accept={PACK_ACCEPT}
          busy={candidate.busy}
          testId="open-pack"
          hint="or drop the file here"
          onFiles={([f]) => void candidate.openPack(f!)}
        />
        {candidate.error && (
          <p className="form-error" role="alert" data-testid="open-pack-error">
            ⚠ {candidate.error}
          </p>
        )}
        <details className="start-alt" data-testid="use-library">
          <summary>Use an exercise library (interviewer)…</summary>
          <p className="muted">
            Interviewers: choose a library folder with hidden tests and reference solutions (for example this project's{' '}
            <code>exercises/</code>) to build assessments and grade submissions.
          </p>
          <LibraryPicker />
        </details>
      </div>
    </main>
  );
}
