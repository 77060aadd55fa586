// All candidates side by side: one sortable table, a row per candidate, columns per exercise and competency.
import { useMemo, useState } from 'react';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';
import { columns, nextSort, sortRows, type Sort } from './state/dashboard.ts';
import { FlagBadges } from './Flags.tsx';
import { minutes, ratingText, scoreText, scoreTone } from './format.ts';

export function DashboardTable({ rows, onOpen, stageOf }: { rows: CandidateRow[]; onOpen(digest: string): void; stageOf?(r: CandidateRow): string }) {
  const [sort, setSort] = useState<Sort>({ key: 'score', dir: 'desc' });
  const cols = useMemo(() => columns(rows), [rows]);
  const sorted = useMemo(() => sortRows(rows, cols, sort), [rows, cols, sort]);
  const cell = (row: CandidateRow, key: string) => {
    const col = cols.find((c) => c.key === key)!;
    if (key === 'candidate')
      return (
        <a href={`#/candidates/${row.digest}`} onClick={(e) => (e.preventDefault(), onOpen(row.digest))}>
          {row.candidate}
        </a>
      );
    if (key === 'time') return minutes(row.timeUsedMs);
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
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.digest} data-testid="dashboard-row" data-candidate={r.candidate} data-stage={stageOf?.(r)}>
              {cols.map((c) => (
                <td key={c.key} className={c.key === 'candidate' ? '' : 'num'}>
                  {cell(r, c.key)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
