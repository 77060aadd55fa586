// Candidates: import submissions, grade them with the hidden tests (progress bar, re-runnable), compare them in
// one sortable table, and see pairs of similar submissions.
import { useLoad } from './useLoad.ts';
import { useGrading } from './useGrading.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { GradeBar } from './GradeBar.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import { SimilarityList } from './SimilarityList.tsx';
import type { Route } from './state/route.ts';

export function CandidatesView({ go }: { go(r: Route): void }) {
  const dash = useLoad(() => window.assay.dashboard({}));
  const grading = useGrading(dash.reload);
  const rows = dash.value?.rows ?? [];
  return (
    <section aria-labelledby="candidates-title">
      <h1 id="candidates-title">Candidates</h1>
      <ImportPanel onImported={dash.reload} />
      {dash.error && (
        <p className="form-error" role="alert">
          ⚠ {dash.error}
        </p>
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
          <DashboardTable rows={rows} onOpen={(digest) => go({ view: 'candidate', digest })} />
          <SimilarityList pairs={dash.value?.similar ?? []} />
        </>
      )}
    </section>
  );
}
