// Candidates: import submissions, grade them with the hidden tests (progress bar, re-runnable), compare them in
// one sortable table, and see pairs of similar submissions.
import { useMemo, useState } from 'react';
import { useLoad } from './useLoad.ts';
import { PipelineBar } from './PipelineBar.tsx';
import { filterRows, NO_FILTER, stageOf, type Filter } from './state/pipeline.ts';
import './pipeline.css';
import { useGrading } from './useGrading.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { GradeBar } from './GradeBar.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import { SimilarityList } from './SimilarityList.tsx';
import type { Route } from './state/route.ts';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';

export function CandidatesView({ go }: { go(r: Route): void }) {
  const dash = useLoad(() => window.assay.dashboard({}));
  const grading = useGrading(dash.reload);
  const [showArchived, setShowArchived] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const allRows = dash.value?.rows ?? [];
  const archivedCount = allRows.filter((r) => r.archived).length;
  const rows = showArchived ? allRows : allRows.filter((r) => !r.archived);
  const act = (p: Promise<unknown>) => void p.then(() => (setActionError(null), dash.reload()), (e: unknown) => setActionError((e as Error).message));
  const actions = {
    onArchive: (packId: string, archived: boolean) => act(window.assay.archiveCandidate({ packId, archived })),
    onDelete: (row: CandidateRow) => {
      const n = row.submissions.length;
      if (window.confirm(`Delete ${row.candidate} with ${n} submission${n === 1 ? '' : 's'}, grades and rubric? This cannot be undone.`)) {
        act(window.assay.deleteCandidate({ packId: row.packId }));
      }
    },
  };
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  return (
    <section aria-labelledby="candidates-title">
      <h1 id="candidates-title">Candidates</h1>
      <ImportPanel onImported={dash.reload} />
      {dash.error && (
        <p className="form-error" role="alert">
          ⚠ {dash.error}
        </p>
      )}
      {actionError && (
        <p className="form-error" role="alert">
          ⚠ {actionError}
        </p>
      )}
      {(dash.value?.unreadable ?? []).map((u) => (
        <p key={u.file} className="form-error" data-testid="unreadable-bundle">
          ⚠ A stored submission no longer reads ({u.file}): {u.error}
        </p>
      ))}
      {archivedCount > 0 && (
        <label className="small">
          <input type="checkbox" data-testid="show-archived" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived ({archivedCount})
        </label>
      )}
      {dash.value && !rows.length && <p className="muted">No submissions yet. Import the .assay-submission files candidates send you.</p>}
      {rows.length > 0 && (
        <>
          <GradeBar
            status={grading.status}
            error={grading.error}
            ungraded={rows.filter((r) => !r.gradedAt).map((r) => r.digest)}
            all={rows.map((r) => r.digest)}
            onGrade={(d) => void grading.start(d)}
          />
          <PipelineBar rows={rows} shown={shown} filter={filter} onFilter={setFilter} />
          {shown.length ? (
            <DashboardTable rows={shown} stageOf={stageOf} onOpen={(digest) => go({ view: 'candidate', digest })} actions={actions} />
          ) : (
            <p className="muted">No candidate matches these filters.</p>
          )}
          <SimilarityList pairs={dash.value?.similar ?? []} />
        </>
      )}
    </section>
  );
}
