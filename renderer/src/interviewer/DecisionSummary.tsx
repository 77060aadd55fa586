// The top of a candidate's page, decision first: score with its sub-scores, time used, the decision control
// (the rubric's overall recommendation) with the rubric's state, and integrity findings by severity.
import { RATINGS, type Rating, type Rubric, type Scorecard } from '../../../core/common/assessment.ts';
import { Findings } from './Findings.tsx';
import { minutes, ratingText, scoreText, scoreTone } from './format.ts';
import { progress, recommend } from './state/rubric.ts';
import './decision.css';

export interface DecisionSummaryProps {
  card: Scorecard;
  rubric: Rubric;
  gradedAt: string | null;
  titles: Record<string, string>;
  onRubric(r: Rubric): void;
  onOpenRubric(): void;
}

function SubScore({ label, score, graded }: { label: string; score: number | null; graded: boolean }) {
  return (
    <li className="iv-subscore">
      <span className="iv-subscore-label">{label}</span>
      <span className={`iv-subscore-value tone-${scoreTone(graded ? score : null)}`}>{graded ? scoreText(score) : '—'}</span>
    </li>
  );
}

export function DecisionSummary({ card, rubric, gradedAt, titles, onRubric, onOpenRubric }: DecisionSummaryProps) {
  const s = card.session;
  const graded = gradedAt !== null;
  const p = progress(rubric);
  const counts = RATINGS.map((r) => [r, rubric.rows.filter((row) => row.rating === r).length] as const).filter(([, n]) => n > 0);
  return (
    <section className="iv-card iv-decision" aria-label="Summary" data-testid="summary-card">
      <div className="iv-decision-grid">
        <div className="iv-decision-score">
          <div className="iv-stat-label">Score</div>
          <div className={`iv-stat tone-${scoreTone(card.overall.score)}`} data-testid="summary-score">
            {graded ? scoreText(card.overall.score) : '—'}
            <span className="iv-stat-unit">{graded ? '/100' : ' not graded'}</span>
          </div>
          <div className="small muted">
            {card.overall.passed} of {card.overall.total} exercises passed
          </div>
          <ul className="iv-subscores" aria-label="Sub-scores" data-testid="sub-scores">
            {card.exercises.map((e) => (
              <SubScore key={e.id} label={e.title} score={e.score} graded={graded} />
            ))}
            {card.competencies.map((c) => (
              <SubScore key={c.id} label={c.text} score={c.score} graded={graded} />
            ))}
          </ul>
        </div>
        <div>
          <div className="iv-stat-label">Time used</div>
          <div className="iv-stat iv-stat-text">
            {minutes(s.timeUsedMs)} <span className="iv-stat-unit">of {card.assessment.timeLimitMinutes} min</span>
          </div>
          {s.wallTimeUsedMs != null && (
            <div className="small" data-testid="wall-time-used">
              the computer's clock says {s.wallTimeUsedMs < 0 ? '−' : ''}
              {minutes(Math.abs(s.wallTimeUsedMs))}
            </div>
          )}
          <div className="small muted">{s.submitReason === 'expired' ? 'time ran out (auto-submitted)' : 'submitted by the candidate'}</div>
          <div className="small muted">
            {s.runs} runs · {s.pastes} pastes · left the window {s.focusLost}× ({minutes(s.awayMs)})
          </div>
        </div>
        <div className="iv-decision-control">
          <div className="iv-stat-label" id="decision-label">
            Decision
          </div>
          <div className="iv-ratings" role="radiogroup" aria-label="Overall recommendation">
            {RATINGS.map((r) => (
              <label key={r} className={`iv-rating iv-rating-${r}`}>
                <input type="radio" name="recommendation" value={r} checked={rubric.recommendation === r} onChange={() => onRubric(recommend(rubric, r as Rating))} />
                <span>{ratingText(r)}</span>
              </label>
            ))}
          </div>
          <div className="small">
            Recommendation: <strong data-testid="summary-recommendation">{ratingText(rubric.recommendation)}</strong>
          </div>
          <div className="small muted" data-testid="rubric-summary">
            Rubric: {p.rated} of {p.total} competencies rated
            {counts.length ? ` (${counts.map(([r, n]) => `${n} ${ratingText(r)}`).join(', ')})` : ''} ·{' '}
            <a href="#rubric-title" onClick={(e) => (e.preventDefault(), onOpenRubric())}>
              open the rubric
            </a>
          </div>
        </div>
      </div>
      <Findings flags={card.flags} titles={titles} />
    </section>
  );
}
