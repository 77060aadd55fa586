// All candidates side by side: one sortable table, a row per candidate, columns per exercise and competency.
import { useMemo, useState } from 'react';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';
import { columns, nextSort, sortRows, type Sort } from './state/dashboard.ts';
import { FlagBadges } from './Flags.tsx';
import { minutes, ratingText, scoreText, scoreTone } from './format.ts';

export interface RowActions {
  onArchive(packId: string, archived: boolean): void;
  onDelete(row: CandidateRow): void;
}

/** Every submission of the row's pack (a pack submitted twice lists both), each opening its own detail. */
function Submissions({ row, onOpen }: { row: CandidateRow; onOpen(digest: string): void }) {
  if (row.submissions.length < 2) return null;
  return (
    <ol className="small iv-submissions" data-testid="row-submissions" aria-label={`${row.submissions.length} submissions`}>
      {row.submissions.map((s, i) => (
        <li key={s.digest}>
          <a href={`#/candidates/${s.digest}`} onClick={(e) => (e.preventDefault(), onOpen(s.digest))}>
            Submission {i + 1}
          </a>{' '}
          <span className="muted">{s.submittedAt.replace('T', ' ').slice(0, 16)}</span>
        </li>
      ))}
    </ol>
  );
}

export function DashboardTable({ rows, onOpen, actions, stageOf }: {
  rows: CandidateRow[];
  onOpen(digest: string): void;
  actions?: RowActions;
  stageOf?(r: CandidateRow): string;
}) {
  const [sort, setSort] = useState<Sort>({ key: 'score', dir: 'desc' });
  const cols = useMemo(() => columns(rows), [rows]);
  const sorted = useMemo(() => sortRows(rows, cols, sort), [rows, cols, sort]);
  const cell = (row: CandidateRow, key: string) => {
    const col = cols.find((c) => c.key === key)!;
    if (key === 'candidate')
      return (
        <>
          <a href={`#/candidates/${row.digest}`} onClick={(e) => (e.preventDefault(), onOpen(row.digest))}>
            {row.candidate}
          </a>
          {row.archived && <span className="muted small"> (archived)</span>}
          {row.origin === 'imported' && <span className="muted small" title="graded against a record imported from another interviewer's register"> (imported pack)</span>}
          {row.error && (
            <p className="form-error small" data-testid="row-error">
              ⚠ {row.error}
            </p>
          )}
          <Submissions row={row} onOpen={onOpen} />
        </>
      );
    if (key === 'time') return <span className="iv-nowrap">{minutes(row.timeUsedMs)}</span>;
    if (key === 'rec') return ratingText(row.recommendation);
    if (key === 'flags') return <FlagBadges flags={row.flags} />;
    const v = col.value(row) as number | null;
    if (!row.gradedAt && (key === 'score' || key.startsWith('ex:') || key.startsWith('req:'))) return <span className="muted small">not graded</span>;
    return <span className={`tone-${scoreTone(v)}`}>{scoreText(v)}</span>;
  };
  return (
    <div className="iv-scroll">
      <table className="iv-table iv-dashboard" data-testid="dashboard">
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={c.key === 'candidate' ? '' : 'num'}>
                <button type="button" className="iv-sort" title={c.hint} onClick={() => setSort(nextSort(sort, c.key))}>
                  {c.title}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            {actions && <th><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.packId} data-testid="dashboard-row" data-candidate={r.candidate} data-submissions={r.submissions.length} data-stage={stageOf?.(r)}>
              {cols.map((c) => (
                <td key={c.key} className={c.key === 'candidate' ? '' : 'num'}>
                  {cell(r, c.key)}
                </td>
              ))}
              {actions && (
                <td className="iv-row-actions">
                  <button type="button" className="button button-quiet" data-testid="row-archive" onClick={() => actions.onArchive(r.packId, !r.archived)}>
                    {r.archived ? 'Unarchive' : 'Archive'}
                  </button>
                  <button type="button" className="button button-quiet" data-testid="row-delete" onClick={() => actions.onDelete(r)}>
                    Delete
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
