// One candidate: summary card → per-exercise tabs → rubric, with grading and scorecard exports.
import { lazy, Suspense, useMemo, useState } from 'react';
import type { CandidateDetail } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import { useLoad } from './useLoad.ts';
import { useGrading } from './useGrading.ts';
import { useRubric } from './useRubric.ts';
import { DecisionSummary } from './DecisionSummary.tsx';
import { ExercisePanel } from './ExercisePanel.tsx';
import { RubricForm } from './RubricForm.tsx';
import { GradeBar } from './GradeBar.tsx';
import { frameAt } from './charts/chart-data.ts';
import { verdictText } from './format.ts';
import type { Route } from './state/route.ts';

// The charting library loads with the first candidate page, not with the app.
const CandidateCharts = lazy(() => import('./charts/CandidateCharts.tsx').then((m) => ({ default: m.CandidateCharts })));

export function CandidatePage({ digest, go }: { digest: string; go(r: Route): void }) {
  const detail = useLoad(() => window.assay.candidateDetail({ digest }), [digest]);
  const grading = useGrading(detail.reload);
  if (detail.error) return <p className="form-error" role="alert">⚠ {detail.error}</p>;
  if (!detail.value) return <p className="muted">Loading…</p>;
  return <Loaded detail={detail.value} go={go} grading={grading} />;
}

const FORMATS = [
  { format: 'pdf', title: 'PDF' },
  { format: 'html', title: 'HTML' },
  { format: 'md', title: 'Markdown' },
  { format: 'json', title: 'JSON' },
] as const;

function Loaded({ detail, go, grading }: { detail: CandidateDetail; go(r: Route): void; grading: ReturnType<typeof useGrading> }) {
  const card = detail.scorecard;
  const [tab, setTab] = useState(card.exercises[0]?.id ?? '');
  const dash = useLoad(() => window.assay.dashboard({}), [detail.digest, detail.gradedAt]);
  const peers = useMemo(() => ({ rows: dash.value?.rows ?? [], similar: dash.value?.similar ?? [] }), [dash.value]);
  // pack id → the assessment it was issued under, so the distribution compares candidates of the same assessment
  const issued = useLoad(() => window.assay.listAssessments({}), []);
  const groupOf = useMemo(() => new Map((issued.value ?? []).map((a) => [a.id, a.groupId])), [issued.value]);
  // The replay frame of each exercise (default: the submitted code, the last frame).
  const [frames, setFrames] = useState<Record<string, number>>({});
  const frameOf = (id: string) => frames[id] ?? Math.max(0, (detail.exercises.find((e) => e.id === id)?.snapshots.length ?? 1) - 1);
  const setFrame = (id: string, i: number) => setFrames((f) => ({ ...f, [id]: i }));
  const rubric = useRubric(detail.digest, card.rubric);
  const [exporting, setExporting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titles = useMemo(() => Object.fromEntries(card.exercises.map((e) => [e.id, e.title])), [card.exercises]);
  const start = Date.parse(card.session.startedAt);
  const ex = card.exercises.find((e) => e.id === tab);
  const exDetail = detail.exercises.find((e) => e.id === tab);

  const exportAs = async (format: (typeof FORMATS)[number]['format']) => {
    setExporting(format);
    setError(null);
    try {
      await rubric.flush();
      saveDownload(await window.assay.exportScorecard({ digest: detail.digest, format }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setExporting(null);
    }
  };

  return (
    <article aria-labelledby="candidate-title" className="iv-candidate">
      <nav className="small">
        <a href="#/candidates" onClick={(e) => (e.preventDefault(), go({ view: 'candidates' }))}>
          ← Candidates
        </a>
      </nav>
      <div className="iv-title-row">
        <h1 id="candidate-title" data-testid="candidate-name-title">
          {card.candidate}
        </h1>
        <span className="muted">
          {card.assessment.title}
          {card.assessment.roleTitle ? ` · ${card.assessment.roleTitle}` : ''}
        </span>
        <span className="iv-export" role="group" aria-label="Export the scorecard">
          {FORMATS.map((f) => (
            <button key={f.format} type="button" className="button" data-testid={`export-${f.format}`} disabled={exporting !== null} onClick={() => void exportAs(f.format)}>
              {exporting === f.format && <span className="spinner" aria-hidden="true" />}
              {f.title}
            </button>
          ))}
        </span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          ⚠ {error}
        </p>
      )}
      <GradeBar status={grading.status} error={grading.error} ungraded={detail.gradedAt ? [] : [detail.digest]} all={[detail.digest]} onGrade={(d) => void grading.start(d)} />
      <DecisionSummary
        card={card}
        rubric={rubric.rubric}
        gradedAt={detail.gradedAt}
        titles={titles}
        onRubric={rubric.update}
        onOpenRubric={() => {
          const el = document.getElementById('rubric-title');
          el?.scrollIntoView({ block: 'start' });
          el?.focus();
        }}
      />
      <Suspense fallback={<p className="muted small">Loading the charts…</p>}>
      <CandidateCharts
        detail={detail}
        rows={peers.rows}
        groupOf={groupOf}
        titles={titles}
        onJump={(pt) => {
          const id = pt.exerciseId ?? tab;
          const ex = detail.exercises.find((e) => e.id === id);
          if (!ex) return;
          setTab(id);
          setFrame(id, frameAt(ex.snapshots, pt.t));
          requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="replay"]')?.scrollIntoView({ block: 'center' }));
        }}
      />
      </Suspense>
      <h2 className="iv-details-title">Details</h2>
      <div className="iv-tabs" role="tablist" aria-label="Exercises">
        {card.exercises.map((e) => {
          const v = verdictText(e.verdict);
          return (
            <button key={e.id} type="button" role="tab" aria-selected={e.id === tab} className="iv-tab" data-testid="exercise-tab" data-exercise-id={e.id} onClick={() => setTab(e.id)}>
              <span className={`tone-${v.tone}`} aria-hidden="true">
                {v.icon}
              </span>{' '}
              {e.title}
              <span className="visually-hidden"> ({v.word})</span>
            </button>
          );
        })}
      </div>
      {ex && !exDetail && (
        <p className="form-error" data-testid="exercise-not-submitted">
          ⚠ {ex.title} was issued in this pack but is not in the submission: it scores 0 and counts in the overall score.
        </p>
      )}
      {ex && exDetail && <ExercisePanel key={ex.id} digest={detail.digest} card={ex} detail={exDetail} events={card.timeline} start={start} titles={titles} frame={frameOf(ex.id)} onFrame={(i) => setFrame(ex.id, i)} peers={peers} />}
      <RubricForm rubric={rubric.rubric} save={rubric.save} onChange={rubric.update} />
    </article>
  );
}
