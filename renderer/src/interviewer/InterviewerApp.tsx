// The interviewer's seat: Library / Assessments / Candidates / Settings in a left rail, the chosen screen beside it.
import type { EnvironmentInfo } from '../../../core/common/contract.ts';
import { ModeBadge } from '../start/ModeBadge.tsx';
import { useRoute } from './useRoute.ts';
import { railOf, type Route } from './state/route.ts';
import { LibraryView } from './LibraryView.tsx';
import { AssessmentsView } from './AssessmentsView.tsx';
import { BuildAssessment } from './BuildAssessment.tsx';
import { CandidatesView } from './CandidatesView.tsx';
import { CandidatePage } from './CandidatePage.tsx';
import { useLoad } from './useLoad.ts';
import { SettingsView } from './SettingsView.tsx';
import '../start/page.css';
import './interviewer.css';

const RAIL: { key: ReturnType<typeof railOf>; title: string; route: Route }[] = [
  { key: 'library', title: 'Library', route: { view: 'library' } },
  { key: 'assessments', title: 'Assessments', route: { view: 'assessments' } },
  { key: 'candidates', title: 'Candidates', route: { view: 'candidates' } },
  { key: 'settings', title: 'Settings', route: { view: 'settings' } },
];

export function InterviewerApp({ env }: { env: EnvironmentInfo }) {
  const [route, go] = useRoute();
  const catalog = useLoad(() => window.assay.catalog({}));
  const active = railOf(route);
  return (
    <div className="iv-app">
      <header className="page-header">
        <span className="page-brand">Assay</span>
        <span className="muted iv-library" title={env.libraryDir}>
          Library: {catalog.value ? `${catalog.value.exercises.length} exercises` : '…'}
          {catalog.value?.library.commit ? ` · ${catalog.value.library.commit.slice(0, 8)}${catalog.value.library.dirty ? ' (modified)' : ''}` : ''}
        </span>
        <ModeBadge mode="interviewer" />
      </header>
      <nav className="iv-rail" aria-label="Sections">
        {RAIL.map((r) => (
          <a key={r.key} href={`#/${r.key}`} className="iv-rail-item" aria-current={active === r.key ? 'page' : undefined} data-testid={`rail-${r.key}`} onClick={(e) => (e.preventDefault(), go(r.route))}>
            {r.title}
          </a>
        ))}
      </nav>
      <main className="iv-main" tabIndex={0} aria-label="Content">
        {catalog.error && (
          <p className="form-error" role="alert">
            ⚠ Could not load the library: {catalog.error}
          </p>
        )}
        {route.view === 'library' && catalog.value && <LibraryView catalog={catalog.value} />}
        {route.view === 'assessments' && <AssessmentsView go={go} />}
        {route.view === 'new-assessment' && catalog.value && <BuildAssessment catalog={catalog.value} go={go} />}
        {route.view === 'candidates' && <CandidatesView go={go} />}
        {route.view === 'assessment' && <CandidatesView key={route.groupId} go={go} groupId={route.groupId} />}
        {route.view === 'candidate' && <CandidatePage key={route.digest} digest={route.digest} go={go} />}
        {route.view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
