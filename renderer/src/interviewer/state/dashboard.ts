// The dashboard table: one row per candidate; columns for the overall score, recommendation, time used and
// flags, then each exercise and each competency; sortable by any column (missing values last either way).
import type { CandidateRow } from '../../../../core/common/lifecycle.ts';
import { RATINGS } from '../../../../core/common/assessment.ts';

export interface Column {
  key: string;
  title: string;
  /** Long name for the header's tooltip. */
  hint: string;
  value(row: CandidateRow): number | string | null;
}

export interface Sort {
  key: string;
  dir: 'asc' | 'desc';
}

export function columns(rows: CandidateRow[]): Column[] {
  const exercises = new Map<string, string>();
  const competencies = new Map<string, string>();
  for (const r of rows) {
    for (const e of r.exercises) exercises.set(e.id, e.title);
    for (const c of r.competencies) competencies.set(c.id, c.text);
  }
  return [
    { key: 'candidate', title: 'Candidate', hint: 'Candidate', value: (r) => r.candidate },
    { key: 'score', title: 'Score', hint: 'Overall score (exercises weighted by their minutes)', value: (r) => r.score },
    { key: 'rec', title: 'Recommendation', hint: 'Overall recommendation from the rubric', value: (r) => (r.recommendation ? RATINGS.indexOf(r.recommendation) : null) },
    { key: 'time', title: 'Time used', hint: 'Time used of the limit', value: (r) => r.timeUsedMs },
    { key: 'flags', title: 'Flags', hint: 'Things to look at', value: (r) => r.flags.length },
    ...[...exercises].map(([id, title]) => ({
      key: `ex:${id}`,
      title: short(title),
      hint: title,
      value: (r: CandidateRow) => r.exercises.find((e) => e.id === id)?.score ?? null,
    })),
    // A requirement's words, not its id (an id says nothing to an interviewer); the whole line in the tooltip.
    ...[...competencies].map(([id, text]) => ({
      key: `req:${id}`,
      title: short(text),
      hint: `${text} (${id})`,
      value: (r: CandidateRow) => r.competencies.find((c) => c.id === id)?.score ?? null,
    })),
  ];
}

const short = (s: string) => (s.length > 18 ? `${s.slice(0, 17).trimEnd()}…` : s);

export function sortRows(rows: CandidateRow[], cols: Column[], sort: Sort): CandidateRow[] {
  const col = cols.find((c) => c.key === sort.key) ?? cols[0]!;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = col.value(a);
    const y = col.value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return String(x).localeCompare(String(y)) * sign;
  });
}

/** Clicking a header: sorts by it (numbers best first), clicking again flips the direction. */
export function nextSort(current: Sort, key: string): Sort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'candidate' ? 'asc' : 'desc' };
}
