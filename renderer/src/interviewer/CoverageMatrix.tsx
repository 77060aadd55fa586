// A role's coverage matrix: each requirement line of the job description → the exercises that assess it.
import type { CoverageRowView } from '../../../core/common/lifecycle.ts';

import { isPlaceholder } from './state/builder.ts';

export function CoverageMatrix({ rows: all, titles }: { rows: CoverageRowView[]; titles: Record<string, string> }) {
  // Placeholder lines of the job description ("TODO") are not requirements: never shown as rows.
  const rows = all.filter((r) => !isPlaceholder(r.text));
  const covered = rows.filter((r) => r.assessable && r.inAssessment.length).length;
  const assessable = rows.filter((r) => r.assessable).length;
  return (
    <div data-testid="coverage-matrix">
      <p className="muted small">
        This assessment covers {covered} of {assessable} assessable requirements of the role.
      </p>
      <table className="iv-table">
        <thead>
          <tr>
            <th>Requirement</th>
            <th>Assessed by (this assessment)</th>
            <th>Elsewhere in the library</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.requirement} className={r.assessable ? '' : 'iv-row-muted'}>
              <td title={r.requirement}>{r.text}</td>
              <td>
                {!r.assessable ? (
                  <span className="muted small">not assessable: {r.reason}</span>
                ) : r.inAssessment.length ? (
                  r.inAssessment.map((id) => (
                    <div key={id}>
                      <span className="tone-ok" aria-hidden="true">✓</span> {titles[id] ?? id}
                    </div>
                  ))
                ) : (
                  <span className="tone-warn">⚠ not covered</span>
                )}
              </td>
              <td className="small muted">{r.inLibrary.filter((id) => !r.inAssessment.includes(id)).map((id) => titles[id] ?? id).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
