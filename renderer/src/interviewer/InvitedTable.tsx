// Candidates invited and not heard from: a pack issued (in the register) with no bundle imported for it. Whether
// they have started is not known offline; their pack can be downloaded again to resend, or withdrawn (a withdrawn
// pack cannot be downloaded until it is reinstated; the handler refuses it too).
import { useState } from 'react';
import type { AssessmentItem } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import type { Route } from './state/route.ts';
import { WithdrawControl, withdrawnText } from './WithdrawControl.tsx';

export function InvitedTable({ packs, go, onChanged }: { packs: AssessmentItem[]; go(r: Route): void; onChanged(): void }) {
  const [error, setError] = useState<string | null>(null);
  const resend = (id: string) => void window.assay.downloadPack({ assessmentId: id }).then(saveDownload, (e: unknown) => setError(errorText(e)));
  return (
    <div className="iv-section">
      <h2 id="invited-title">Invited, nothing back yet</h2>
      {error && (
        <p className="form-error" role="alert">
          ⚠ {error}
        </p>
      )}
      <table className="iv-table" aria-labelledby="invited-title" data-testid="invited-table">
        <thead>
          <tr>
            <th>Candidate</th>
            <th>Assessment</th>
            <th>Issued</th>
            <th>Status</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((p) => (
            <tr key={p.id} data-testid="invited-row" data-candidate={p.candidateName} data-withdrawn={p.withdrawn ? 'true' : undefined}>
              <td>
                {p.candidateName}
                {p.email && <span className="muted small"> · {p.email}</span>}
              </td>
              <td>
                <a href={`#/assessments/${p.groupId}`} onClick={(e) => (e.preventDefault(), go({ view: 'assessment', groupId: p.groupId }))}>
                  {p.title}
                </a>
              </td>
              <td className="small">{new Date(p.createdAt).toLocaleDateString()}</td>
              <td className="small">
                {p.withdrawn ? <span data-testid="withdrawn-state">{withdrawnText(p.withdrawn)}</span> : 'Invited · in progress not known offline'}
              </td>
              <td className="iv-actions">
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => resend(p.id)}
                  disabled={Boolean(p.withdrawn)}
                  title={p.withdrawn ? 'Withdrawn: reinstate it to download it again' : undefined}
                  aria-label={`Download pack for ${p.candidateName}`}
                >
                  Download pack
                </button>
                <WithdrawControl pack={p} onChanged={onChanged} onError={setError} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
