// The top of a candidate's page: score, recommendation, time used, flags.
import type { Rating, Scorecard } from '../../../core/common/assessment.ts';
import { FlagList } from './Flags.tsx';
import { minutes, ratingText, scoreText, scoreTone } from './format.ts';

export function SummaryCard({ card, recommendation, gradedAt }: { card: Scorecard; recommendation: Rating | null; gradedAt: string | null }) {
  const s = card.session;
  return (
    <section className="iv-card" aria-label="Summary" data-testid="summary-card">
      <div className="iv-card-stats">
        <div>
          <div className="iv-stat-label">Score</div>
          <div className={`iv-stat tone-${scoreTone(card.overall.score)}`} data-testid="summary-score">
            {gradedAt ? scoreText(card.overall.score) : '—'}
            <span className="iv-stat-unit">{gradedAt ? '/100' : ' not graded'}</span>
          </div>
          <div className="small muted">
            {card.overall.passed} of {card.overall.total} exercises passed
          </div>
        </div>
        <div>
          <div className="iv-stat-label">Recommendation</div>
          <div className="iv-stat iv-stat-text" data-testid="summary-recommendation">
            {ratingText(recommendation)}
          </div>
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
        </div>
        <div>
          <div className="iv-stat-label">Activity</div>
          <div className="small">
            {s.runs} runs · {s.pastes} pastes (largest {s.largestPasteChars} chars) · left the window {s.focusLost}× ({minutes(s.awayMs)}) · closed{' '}
            {minutes(s.appClosedMs)}
          </div>
        </div>
      </div>
      <FlagList flags={card.flags} />
    </section>
  );
}
