// The rubric: one row per competency of the role, rated Strong No / No / Yes / Strong Yes with notes, and an
// overall recommendation. Saved as you type.
import { RATINGS, type Rating, type Rubric } from '../../../core/common/assessment.ts';
import { noteRow, progress, rateRow, setField } from './state/rubric.ts';
import { ratingText } from './format.ts';
import type { RubricSave } from './useRubric.ts';

function Ratings({ name, value, onChange, label }: { name: string; value: Rating | null; onChange(r: Rating): void; label: string }) {
  return (
    <div className="iv-ratings" role="radiogroup" aria-label={label}>
      {RATINGS.map((r) => (
        <label key={r} className={`iv-rating iv-rating-${r}`}>
          <input type="radio" name={name} value={r} checked={value === r} onChange={() => onChange(r)} />
          <span>{ratingText(r)}</span>
        </label>
      ))}
    </div>
  );
}

function saveText(s: RubricSave): string {
  if (s.state === 'error') return `⚠ Not saved: ${s.message}`;
  if (s.state === 'saved') return s.at ? `Saved ${new Date(s.at).toLocaleTimeString()}` : 'Saved';
  return 'Saving…';
}

export function RubricForm({ rubric, save, onChange }: { rubric: Rubric; save: RubricSave; onChange(r: Rubric): void }) {
  const p = progress(rubric);
  return (
    <section className="iv-section iv-rubric" aria-labelledby="rubric-title" data-testid="rubric">
      <div className="iv-title-row">
        <h2 id="rubric-title" tabIndex={-1}>Rubric</h2>
        <span className="muted small">
          {p.rated} of {p.total} rated
        </span>
        <span className="small" role="status" data-testid="rubric-save" data-state={save.state}>
          {saveText(save)}
        </span>
      </div>
      <label className="iv-field iv-field-short">
        <span>Reviewer</span>
        <input value={rubric.reviewer} onChange={(e) => onChange(setField(rubric, 'reviewer', e.target.value))} />
      </label>
      <table className="iv-table">
        <thead>
          <tr>
            <th>Competency</th>
            <th>Rating</th>
            <th>Notes</th>
          </tr>
        </thead>
        <tbody>
          {rubric.rows.map((row) => (
            <tr key={row.competencyId} data-testid="rubric-row" data-competency={row.competencyId}>
              <td className="small">{row.text}</td>
              <td>
                <Ratings name={`rate-${row.competencyId}`} value={row.rating} label={`Rating for ${row.text}`} onChange={(r) => onChange(rateRow(rubric, row.competencyId, r))} />
              </td>
              <td>
                <textarea rows={2} aria-label={`Notes on ${row.text}`} value={row.notes} onChange={(e) => onChange(noteRow(rubric, row.competencyId, e.target.value))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">The overall recommendation (the decision) is set in the summary at the top of the page.</p>
      <label className="iv-field">
        <span>Notes for the hiring manager</span>
        <textarea rows={4} data-testid="rubric-notes" value={rubric.notes} onChange={(e) => onChange(setField(rubric, 'notes', e.target.value))} />
      </label>
    </section>
  );
}
