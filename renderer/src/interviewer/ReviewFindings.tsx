// A review exercise: each seeded defect next to the candidate's comments on its lines.
import type { ReviewFinding } from '../../../core/common/assessment.ts';

export function ReviewFindings({ findings }: { findings: ReviewFinding[] }) {
  return (
    <ul className="iv-findings" data-testid="review-findings">
      {findings.map((f) => (
        <li key={f.defectId} data-found={f.found}>
          <div>
            <span className={f.found ? 'tone-ok' : 'tone-bad'}>{f.unmatched ? '✗ noise' : f.found ? '✓ found' : '✗ missed'}</span> · <strong>{f.category}</strong> · diff lines{' '}
            {f.lines[0]}–{f.lines[1]}
          </div>
          <div className="small">{f.description}</div>
          {f.comments.length ? (
            <ul className="small">
              {f.comments.map((c, i) => (
                <li key={i}>
                  <span className="muted">line {c.line}:</span> {c.body}
                </li>
              ))}
            </ul>
          ) : (
            <div className="small muted">No comment on these lines.</div>
          )}
        </li>
      ))}
    </ul>
  );
}
