// Above the dashboard: the pipeline stages as filter buttons with counts, an assessment filter, a search box, and
// exports (CSV / JSON for an applicant-tracking system, PDF summary) of the candidates shown.
import { useState } from 'react';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import { assessmentOptions, STAGES, stageCounts, type Filter, type GroupOf } from './state/pipeline.ts';

export interface PipelineBarProps {
  rows: CandidateRow[];
  shown: CandidateRow[];
  /** Issued packs with nothing back (id = pack id, title = assessment title). */
  invited: { id: string; title: string }[];
  groupOf: GroupOf;
  /** On an assessment's own page: no assessment filter. */
  fixedAssessment?: boolean;
  filter: Filter;
  onFilter(f: Filter): void;
}

const FORMATS = [
  { format: 'csv', title: 'CSV' },
  { format: 'json', title: 'JSON' },
  { format: 'pdf', title: 'PDF summary' },
] as const;

export function PipelineBar({ rows, shown, invited, groupOf, filter, onFilter, fixedAssessment }: PipelineBarProps) {
  const counts = stageCounts(rows, invited.length);
  const options = assessmentOptions([...rows, ...invited.map((p) => ({ assessmentId: p.id, assessmentTitle: p.title }))], groupOf);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportAs = async (format: (typeof FORMATS)[number]['format']) => {
    setBusy(format);
    setError(null);
    try {
      saveDownload(await window.assay.exportCandidates({ digests: shown.map((r) => r.digest), format }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="iv-pipeline" data-testid="pipeline">
      <div className="iv-pipeline-stages" role="group" aria-label="Pipeline stage">
        <button type="button" className="button button-quiet" data-testid="stage-all" aria-pressed={filter.stage === 'all'} onClick={() => onFilter({ ...filter, stage: 'all' })}>
          All <span className="iv-count">{rows.length + invited.length}</span>
        </button>
        {STAGES.map((s) => (
          <button
            key={s.key}
            type="button"
            className="button button-quiet"
            data-testid={`stage-${s.key}`}
            aria-pressed={filter.stage === s.key}
            onClick={() => onFilter({ ...filter, stage: s.key })}
          >
            {s.title} <span className="iv-count">{counts[s.key]}</span>
          </button>
        ))}
      </div>
      <div className="iv-pipeline-tools">
        {!fixedAssessment && (
        <label className="iv-inline-field">
          <span>Assessment</span>
          <select value={filter.assessment} onChange={(e) => onFilter({ ...filter, assessment: e.target.value })} data-testid="filter-assessment">
            <option value="all">All assessments</option>
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
        )}
        <label className="iv-inline-field">
          <span>Search</span>
          <input type="search" value={filter.query} placeholder="Name or assessment" onChange={(e) => onFilter({ ...filter, query: e.target.value })} data-testid="search" />
        </label>
        <span className="small muted" data-testid="in-progress-note" title="A candidate's app works offline and reports nothing until the bundle arrives">
          In progress: not known offline
        </span>
        <span className="iv-export" role="group" aria-label={`Export the ${shown.length} candidates shown`}>
          <span className="small muted">Export {shown.length} shown:</span>
          {FORMATS.map((f) => (
            <button key={f.format} type="button" className="button" data-testid={`export-candidates-${f.format}`} disabled={busy !== null || !shown.length} onClick={() => void exportAs(f.format)}>
              {busy === f.format && <span className="spinner" aria-hidden="true" />}
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
    </div>
  );
}
