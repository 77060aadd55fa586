// Candidates: import submissions, grade them with the hidden tests (progress bar, re-runnable), compare them in
// one sortable table, and see pairs of similar submissions.
import { useMemo, useState } from 'react';
import { useLoad } from './useLoad.ts';
import { PipelineBar } from './PipelineBar.tsx';
import { filterInvited, filterRows, invitedPacks, NO_FILTER, stageOf, type Filter } from './state/pipeline.ts';
import { InvitedTable } from './InvitedTable.tsx';
import { AssessmentHeader } from './AssessmentHeader.tsx';
import './pipeline.css';
import { useGrading } from './useGrading.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { GradeBar } from './GradeBar.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import { SimilarityList } from './SimilarityList.tsx';
import type { Route } from './state/route.ts';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';

/** Every candidate, or (groupId) the candidates of one assessment: its packs, who is where, its bundles. */
export function CandidatesView({ go, groupId }: { go(r: Route): void; groupId?: string }) {
  const dash = useLoad(() => window.assay.dashboard({}));
  const packs = useLoad(() => window.assay.listAssessments({}), [dash.value]);
  const groupOf = useMemo(() => new Map((packs.value ?? []).map((a) => [a.id, a.groupId])), [packs.value]);
  const grading = useGrading(dash.reload);
  const [showArchived, setShowArchived] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const inScope = (packId: string) => !groupId || (groupOf.get(packId) ?? packId) === groupId;
  const allRows = (dash.value?.rows ?? []).filter((r) => inScope(r.packId));
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
  const [filter, setFilter] = useState<Filter>({ ...NO_FILTER, assessment: groupId ?? 'all' });
  const members = groupId ? (packs.value ?? []).filter((p) => p.groupId === groupId) : [];
  const shown = useMemo(() => filterRows(rows, filter, groupOf), [rows, filter, groupOf]);
  const invited = useMemo(() => invitedPacks((packs.value ?? []).filter((p) => inScope(p.id)), allRows), [packs.value, allRows]);
  const invitedShown = useMemo(() => filterInvited(invited, filter, groupOf), [invited, filter, groupOf]);
  return (
    <section aria-labelledby="candidates-title">
      {groupId ? (
        <AssessmentHeader packs={members} loaded={packs.value !== null} />
      ) : (
        <h1 id="candidates-title">Candidates</h1>
      )}
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
      {(rows.length > 0 || invited.length > 0) && (
        <>
          {rows.length > 0 && (
            <GradeBar
              status={grading.status}
              error={grading.error}
              ungraded={rows.filter((r) => !r.gradedAt).map((r) => r.digest)}
              all={rows.map((r) => r.digest)}
              onGrade={(d) => void grading.start(d)}
            />
          )}
          <PipelineBar fixedAssessment={groupId !== undefined} rows={rows} shown={shown} invited={invited} groupOf={groupOf} filter={filter} onFilter={setFilter} />
          {shown.length > 0 && <DashboardTable rows={shown} stageOf={stageOf} onOpen={(digest) => go({ view: 'candidate', digest })} actions={actions} />}
          {invitedShown.length > 0 && <InvitedTable packs={invitedShown} go={go} onChanged={packs.reload} />}
          {!shown.length && !invitedShown.length && <p className="muted">No candidate matches these filters.</p>}
          <SimilarityList pairs={dash.value?.similar ?? []} />
        </>
      )}
    </section>
  );
}
