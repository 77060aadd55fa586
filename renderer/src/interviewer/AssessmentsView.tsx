// Assessments issued so far, one row each (its candidates share its id), opening its page; below, every pack
// issued: download it again, export its record or CSV; start a new assessment.
import { useMemo, useState } from 'react';
import type { AssessmentItem } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import { useLoad } from './useLoad.ts';
import type { Route } from './state/route.ts';

export function AssessmentsView({ go }: { go(r: Route): void }) {
  const list = useLoad(() => window.assay.listAssessments({}));
  const [error, setError] = useState<string | null>(null);
  const groups = useMemo(() => groupPacks(list.value ?? []), [list.value]);
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
      {groups.length > 0 && (
        <table className="iv-table" data-testid="assessment-groups" aria-label="Assessments">
          <thead>
            <tr>
              <th>Assessment</th>
              <th className="num">Candidates</th>
              <th className="num">Invited</th>
              <th className="num">Submitted</th>
              <th className="num">Limit</th>
              <th>Exercises</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id} data-testid="assessment-group-row" data-group-id={g.id}>
                <td>
                  <a href={`#/assessments/${g.id}`} onClick={(e) => (e.preventDefault(), go({ view: 'assessment', groupId: g.id }))}>
                    <strong>{g.title}</strong>
                  </a>
                  <span className="muted small"> · {new Date(g.createdAt).toLocaleDateString()}</span>
                </td>
                <td className="num">{g.packs}</td>
                <td className="num">{g.invited}</td>
                <td className="num">{g.submitted}</td>
                <td className="num">{g.timeLimitMinutes} min</td>
                <td className="small">{g.exercises}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.value && list.value.length > 0 && <h2 id="packs-title">Packs issued</h2>}
      {list.value && list.value.length > 0 && (
        <table className="iv-table" data-testid="assessments-table" aria-labelledby="packs-title">
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

interface Group {
  id: string;
  title: string;
  createdAt: string;
  timeLimitMinutes: number;
  exercises: string;
  packs: number;
  invited: number;
  submitted: number;
}

/** One row per assessment id, newest first (the list comes newest first). */
function groupPacks(items: readonly AssessmentItem[]): Group[] {
  const out = new Map<string, Group>();
  for (const a of items) {
    const g = out.get(a.groupId) ?? {
      id: a.groupId,
      title: a.title,
      createdAt: a.createdAt,
      timeLimitMinutes: a.timeLimitMinutes,
      exercises: a.exercises.map((e) => e.title).join(' · '),
      packs: 0,
      invited: 0,
      submitted: 0,
    };
    g.packs += 1;
    if (a.submissions) g.submitted += 1;
    else g.invited += 1;
    out.set(a.groupId, g);
  }
  return [...out.values()];
}
