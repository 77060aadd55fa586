// Assessments exported so far: download the pack again, export the candidates' CSV, start a new one.
import { useState } from 'react';
import { errorText, saveDownload } from '../start/files.ts';
import { useLoad } from './useLoad.ts';
import type { Route } from './state/route.ts';

export function AssessmentsView({ go }: { go(r: Route): void }) {
  const list = useLoad(() => window.assay.listAssessments({}));
  const [error, setError] = useState<string | null>(null);
  const save = (work: Promise<Parameters<typeof saveDownload>[0]>) =>
    work.then(saveDownload, (e: unknown) => setError(errorText(e)));
  return (
    <section aria-labelledby="assessments-title">
      <div className="iv-title-row">
        <h1 id="assessments-title">Assessments</h1>
        <button type="button" className="button button-primary" data-testid="new-assessment" onClick={() => go({ view: 'new-assessment' })}>
          New assessment…
        </button>
      </div>
      {(error ?? list.error) && (
        <p className="form-error" role="alert">
          ⚠ {error ?? list.error}
        </p>
      )}
      {list.value && !list.value.length && <p className="muted">No assessments yet. Build one from a role profile or pick exercises.</p>}
      {list.value && list.value.length > 0 && (
        <table className="iv-table" data-testid="assessments-table">
          <thead>
            <tr>
              <th>Assessment</th>
              <th>Candidate</th>
              <th>Created</th>
              <th className="num">Limit</th>
              <th>Exercises</th>
              <th className="num">Submissions</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.value.map((a) => (
              <tr key={a.id} data-testid="assessment-row">
                <td>
                  <strong>{a.title}</strong>
                </td>
                <td>{a.candidateName}</td>
                <td className="small">{new Date(a.createdAt).toLocaleString()}</td>
                <td className="num">{a.timeLimitMinutes} min</td>
                <td className="small">{a.exercises.map((e) => e.title).join(' · ')}</td>
                <td className="num">{a.submissions}</td>
                <td className="iv-actions">
                  <button type="button" className="button button-quiet" onClick={() => void save(window.assay.downloadPack({ assessmentId: a.id }))}>
                    Download pack
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    data-testid="export-record"
                    title="The register's record of this pack, for another interviewer who grades its submission"
                    onClick={() => void save(window.assay.exportPackRecord({ assessmentId: a.id }))}
                  >
                    Export record
                  </button>
                  <button type="button" className="button button-quiet" data-testid="export-csv" disabled={!a.submissions} onClick={() => void save(window.assay.exportCsv({ assessmentId: a.id }))}>
                    Export CSV
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
