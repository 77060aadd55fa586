// After submission: what happened, and the submission bundle to send to the interviewer. The bundle downloads
// once by itself when the session is first seen submitted; it can be saved again until the candidate closes
// the assessment.
import { useEffect, useState } from 'react';
import type { CandidateStatus, FilePayload } from '../../../core/common/lifecycle.ts';
import { ModeBadge } from '../start/ModeBadge.tsx';
import { errorText, saveDownload } from '../start/files.ts';
import { formatSpent } from './clock.ts';
import type { Candidate } from './useCandidate.ts';
import '../start/page.css';
import './session.css';

type Done = Extract<CandidateStatus, { clock: unknown }>;

const savedKey = (s: Done) => `assay-bundle-saved:${s.pack.digest}:${s.clock.submittedAt}`;

export function Submitted({ status, candidate }: { status: Done; candidate: Candidate }) {
  const [file, setFile] = useState<FilePayload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      const f = file ?? (await window.assay.downloadSubmission({}));
      setFile(f);
      saveDownload(f);
      localStorage.setItem(savedKey(status), '1');
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => {
    // Once per submitted session: a reopened app does not download it again.
    if (!localStorage.getItem(savedKey(status))) void save();
  }, []);
  const c = status.clock;
  const expired = c.submitReason === 'expired';
  return (
    <main className="page" aria-labelledby="done-title">
      <header className="page-header">
        <span className="page-brand">Assay</span>
        <ModeBadge mode="candidate" />
      </header>
      <div className="page-body narrow">
        <h1 id="done-title" data-testid="submitted-title">
          <span className="tone-ok" aria-hidden="true">✓</span> Your work has been submitted
        </h1>
        <p data-testid="submitted-reason">
          {expired ? 'Time ran out, so your work was submitted automatically.' : 'You submitted your work.'} {status.pack.title}, for{' '}
          {status.pack.candidateName}.
        </p>
        <ul className="done-times">
          {status.pack.exercises.map((e) => (
            <li key={e.id}>
              {e.title}: {formatSpent(c.timeSpentMs[e.id] ?? 0)}
            </li>
          ))}
        </ul>
        <p>
          Send the submission file to your interviewer{file ? <> (<code>{file.fileName}</code>)</> : null}. It holds your code, your test runs and
          the activity log described in the instructions.
        </p>
        <div className="done-actions">
          <button type="button" className="button button-primary" data-testid="download-bundle" onClick={() => void save()}>
            Save the submission file
          </button>
          <button type="button" className="button" data-testid="finish-button" disabled={candidate.busy} onClick={() => void candidate.finish()}>
            Close this assessment
          </button>
        </div>
        {(error ?? candidate.error) && (
          <p className="form-error" role="alert">
            ⚠ {error ?? candidate.error}
          </p>
        )}
      </div>
    </main>
  );
}
