// The candidate's first screen when no assessment is open: open the pack the interviewer sent (choose or drop).
import { DropZone } from './DropZone.tsx';
import { ModeBadge } from './ModeBadge.tsx';
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
      </div>
    </main>
  );
}
